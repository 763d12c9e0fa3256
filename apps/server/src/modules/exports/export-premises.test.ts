// P-8, R-2, R-3: GET /api/premises/export.xlsx — the filtered list as a file, read back with ExcelJS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';

const MASK = '********';
const HEADERS = [
  'Адрес',
  'Подъезд',
  'Этаж',
  'Лицевой счёт',
  'Общая площадь',
  'Жилая площадь',
  'Клиенты',
  'Номер свидетельства',
  'Дата свидетельства',
  'Номер ДДУ',
  'Дата ДДУ',
  'Номер акта приёмки',
  'Дата акта приёмки',
  'Номер договора управления',
  'Дата договора управления',
  'Теги',
  'Внешний идентификатор',
];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let t: TestApp;
let admin: Client;
let objectA: string;
let objectB: string;

const exportOf = async (client: Client, query = '') => {
  const response = await client.get(`/api/premises/export.xlsx${query}`);
  expect(response.status).toBe(200);
  return readXlsx(response);
};
const addresses = (rows: unknown[][]) => rows.map((r) => r[0]);

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const legalEntity = await makeLegalEntity(admin);
  objectA = (await makeObject(admin)).id;
  objectB = (await makeObject(admin)).id;
  const flat = await makePremise(admin, objectA, {
    street: 'ул. Экспортная',
    house: '10',
    number: '2',
    entrance: '1',
    floor: 3,
    totalArea: 50.5,
    livingArea: 30.25,
    tags: ['Угловая', 'Вид на парк'],
    externalId: 'EXT-P1',
  });
  await makeAccount(admin, flat.id, legalEntity.id, { number: '4000000002' });
  await makeAccount(admin, flat.id, legalEntity.id, { number: '4000000001' });
  const owner = (await admin.post('/api/clients', { fullName: 'Иванов Иван Иванович' })).body;
  const resident = (await admin.post('/api/clients', { fullName: 'Петрова Анна Сергеевна' })).body;
  const ownerLink = await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: owner.id,
    role: 'owner',
    certificate: { number: '77-АБ 123', date: '2020-05-15' },
    ddu: { number: 'ДДУ-7', date: '2019-01-31' },
    act: { number: 'А-1', date: '2020-02-01' },
    contract: { number: 'ДУ-9', date: '2020-03-02' },
  });
  expect(ownerLink.status).toBe(201);
  const residentLink = await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: resident.id,
    role: 'resident',
    ownerClientId: owner.id,
    contract: { number: 'ДУ-10', date: '2021-04-05' },
  });
  expect(residentLink.status).toBe(201);
  await makePremise(admin, objectA, { street: 'ул. Экспортная', house: '10', number: '10', totalArea: 70 });
  await makePremise(admin, objectB, {
    type: 'house',
    street: 'ул. Садовая',
    house: '5',
    number: undefined,
    totalArea: null,
  });
});
afterAll(() => t.close());

describe('GET /api/premises/export.xlsx', () => {
  it('answers an .xlsx attachment named in Russian with an ASCII fallback', async () => {
    const response = await admin.get('/api/premises/export.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const day = new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="premises-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`Помещения ${day}.xlsx`)}`,
    );
    expect(response.raw.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the P-8 columns with Russian headers, in the list order (кв. 2 before кв. 10)', async () => {
    const sheet = await exportOf(admin);
    expect(sheet.name).toBe('Помещения');
    expect(sheet.headers).toEqual(HEADERS);
    expect(addresses(sheet.rows)).toEqual([
      'ул. Садовая, д. 5',
      'ул. Экспортная, д. 10, кв. 2',
      'ул. Экспортная, д. 10, кв. 10',
    ]);
    expect(sheet.rows[1]).toEqual([
      'ул. Экспортная, д. 10, кв. 2',
      '1',
      3,
      '4000000001; 4000000002',
      50.5,
      30.25,
      'Иванов Иван Иванович; Петрова Анна Сергеевна',
      '77-АБ 123',
      utc(2020, 5, 15),
      'ДДУ-7',
      utc(2019, 1, 31),
      'А-1',
      utc(2020, 2, 1),
      'ДУ-9; ДУ-10',
      '02.03.2020; 05.04.2021',
      'Вид на парк; Угловая',
      'EXT-P1',
    ]);
    // A house has no entrance or floor (P-4); no area, no clients: empty cells.
    expect(sheet.rows[0]).toEqual(['ул. Садовая, д. 5', ...Array(HEADERS.length - 1).fill(null)]);
    expect(sheet.numFmt(3, 9)).toBe('dd.mm.yyyy');
    expect(sheet.numFmt(3, 5)).toBe('0.00');
  });

  it('applies the list filters, search and sort', async () => {
    expect(addresses((await exportOf(admin, `?objectId=${objectB}`)).rows)).toEqual(['ул. Садовая, д. 5']);
    expect(
      addresses((await exportOf(admin, `?search=${encodeURIComponent('Экспортная 10 10')}`)).rows),
    ).toEqual(['ул. Экспортная, д. 10, кв. 10']);
    expect(addresses((await exportOf(admin, '?search=4000000002')).rows)).toEqual([
      'ул. Экспортная, д. 10, кв. 2',
    ]);
    expect(addresses((await exportOf(admin, `?search=${encodeURIComponent('Петрова')}`)).rows)).toEqual([
      'ул. Экспортная, д. 10, кв. 2',
    ]);
    expect(addresses((await exportOf(admin, `?tag=${encodeURIComponent('угловая')}`)).rows)).toHaveLength(1);
    expect(addresses((await exportOf(admin, '?sort=-area')).rows)).toEqual([
      'ул. Экспортная, д. 10, кв. 10',
      'ул. Экспортная, д. 10, кв. 2',
      'ул. Садовая, д. 5',
    ]);
    expect(addresses((await exportOf(admin, '?type=flat&type=house&sort=-address')).rows)).toEqual([
      'ул. Экспортная, д. 10, кв. 10',
      'ул. Экспортная, д. 10, кв. 2',
      'ул. Садовая, д. 5',
    ]);
  });

  it('gives only the header row when nothing matches', async () => {
    const sheet = await exportOf(admin, `?tag=${encodeURIComponent('Нет такого')}`);
    expect(sheet.headers).toEqual(HEADERS);
    expect(sheet.rows).toEqual([]);
  });

  it('refuses bad filters with problem+json before any byte of a file', async () => {
    const response = await admin.get('/api/premises/export.xlsx?objectId=not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('premises export access (R-2, R-3, T-1)', () => {
  it('is open to section access without «Редактирование», client names masked without «ФИО»', async () => {
    const viewer = await makeStaff(t, admin, ['premises.view']);
    const sheet = await exportOf(viewer, `?objectId=${objectA}`);
    expect(sheet.rows[0]?.[6]).toBe(`${MASK}; ${MASK}`);
    // The client reading of the search box is not tried for a hidden name: no match, no leak.
    expect((await exportOf(viewer, `?search=${encodeURIComponent('Петрова')}`)).rows).toEqual([]);
    const withNames = await makeStaff(t, admin, ['premises.view', 'clients.pii.name']);
    expect((await exportOf(withNames, `?objectId=${objectA}`)).rows[0]?.[6]).toBe(
      'Иванов Иван Иванович; Петрова Анна Сергеевна',
    );
  });

  it('needs premises section access', async () => {
    const staff = await makeStaff(t, admin, ['clients.view', 'export.clients']);
    const response = await staff.get('/api/premises/export.xlsx');
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it("never writes another organisation's premises", async () => {
    const other = await makeOrganization(t);
    const object = await makeObject(other.admin);
    await makePremise(other.admin, object.id, { street: 'ул. Чужая', house: '1', number: '1' });
    const theirs = await exportOf(other.admin);
    expect(addresses(theirs.rows)).toEqual(['ул. Чужая, д. 1, кв. 1']);
    expect(addresses((await exportOf(admin)).rows)).not.toContain('ул. Чужая, д. 1, кв. 1');
    // Their filter naming our object finds nothing of ours.
    expect((await exportOf(other.admin, `?objectId=${objectA}`)).rows).toEqual([]);
  });
});
