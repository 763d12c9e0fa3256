// P-8, R-2, R-3: GET /api/premises/export.xlsx — the filtered list as a file, read back with ExcelJS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';

const MASK = '********';
const HEADERS = [
  'Объект',
  'Тип',
  'Адрес',
  'Улица',
  'Дом',
  'Корпус',
  'Номер помещения',
  'Комната',
  'Подъезд',
  'Этаж',
  'Количество комнат',
  'Общая площадь',
  'Жилая площадь',
  'Лицевой счёт',
  'Клиенты (роль, доля, документы)',
  'Теги',
  'Внешний идентификатор',
  'Кадастровый номер',
  'Зарегистрировано человек',
];
const CLIENTS = HEADERS.indexOf('Клиенты (роль, доля, документы)');

let t: TestApp;
let admin: Client;
let objectA: string;
let objectB: string;

const exportOf = async (client: Client, query = '') => {
  const response = await client.get(`/api/premises/export.xlsx${query}`);
  expect(response.status).toBe(200);
  return readXlsx(response);
};
const addresses = (rows: unknown[][]) => rows.map((r) => r[2]);

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const legalEntity = await makeLegalEntity(admin);
  objectA = (await makeObject(admin, { name: 'ЖК Экспортный' })).id;
  objectB = (await makeObject(admin, { name: 'Посёлок Садовый' })).id;
  const flat = await makePremise(admin, objectA, {
    street: 'ул. Экспортная',
    house: '10',
    number: '2',
    entrance: '1',
    floor: 3,
    totalArea: 50.5,
    livingArea: 30.25,
    rooms: 2,
    cadastralNumber: '77:01:0001001:2',
    registeredResidents: 0,
    tags: ['Угловая', 'Вид на парк'],
    externalId: 'EXT-P1',
  });
  await makeAccount(admin, flat.id, legalEntity.id, { number: '4000000002' });
  await makeAccount(admin, flat.id, legalEntity.id, { number: '4000000001' });
  const owner = (await admin.post('/api/clients', { fullName: 'Иванов Иван Иванович' })).body;
  const coOwner = (await admin.post('/api/clients', { fullName: 'Сидорова Мария Петровна' })).body;
  const resident = (await admin.post('/api/clients', { fullName: 'Петрова Анна Сергеевна' })).body;
  const tenant = (await admin.post('/api/clients', { fullName: 'ООО «Ромашка»', type: 'legal' })).body;
  // The co-owner has only a certificate: the documents of each owner stay with that owner.
  const coOwnerLink = await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: coOwner.id,
    role: 'owner',
    share: '1/2',
    certificate: { number: '77-АБ 124', date: '2020-05-16' },
  });
  expect(coOwnerLink.status).toBe(201);
  const ownerLink = await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: owner.id,
    role: 'owner',
    share: '1/2',
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
  const tenantLink = await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: tenant.id,
    role: 'tenant',
    ownerClientId: coOwner.id,
  });
  expect(tenantLink.status).toBe(201);
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

  it('writes one row per premise: object, type, address parts, areas, accounts, clients with role, share and documents', async () => {
    const sheet = await exportOf(admin);
    // The sheet says what one row is; its first row stays the header (the file re-imports).
    expect(sheet.name).toBe('Одна строка — одно помещение');
    expect(sheet.headers).toEqual(HEADERS);
    expect(addresses(sheet.rows)).toEqual([
      'ул. Садовая, д. 5',
      'ул. Экспортная, д. 10, кв. 2',
      'ул. Экспортная, д. 10, кв. 10',
    ]);
    expect(sheet.rows[1]).toEqual([
      'ЖК Экспортный',
      'Квартира',
      'ул. Экспортная, д. 10, кв. 2',
      'ул. Экспортная',
      '10',
      null,
      '2',
      null,
      '1',
      3,
      2,
      50.5,
      30.25,
      '4000000001; 4000000002',
      [
        'Иванов И. И. (собственник, доля 1/2; свидетельство № 77-АБ 123 от 15.05.2020; ДДУ № ДДУ-7 от 31.01.2019; акт приёмки № А-1 от 01.02.2020; договор управления № ДУ-9 от 02.03.2020)',
        'Сидорова М. П. (собственник, доля 1/2; свидетельство № 77-АБ 124 от 16.05.2020)',
        'Петрова А. С. (житель / член семьи; договор управления № ДУ-10 от 05.04.2021)',
        'ООО «Ромашка» (арендатор)',
      ].join('\n'),
      'Вид на парк; Угловая',
      'EXT-P1',
      '77:01:0001001:2',
      0,
    ]);
    // A house has no number, entrance or floor (P-4); no area, no clients: empty cells.
    expect(sheet.rows[0]).toEqual([
      'Посёлок Садовый',
      'Дом',
      'ул. Садовая, д. 5',
      'ул. Садовая',
      '5',
      ...Array(HEADERS.length - 5).fill(null),
    ]);
    expect(sheet.numFmt(3, HEADERS.indexOf('Общая площадь') + 1)).toBe('0.00');
    expect(sheet.alignment(3, CLIENTS + 1)?.wrapText).toBe(true);
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
    // Names masked; roles, shares and documents are not personal data and stay.
    expect(String(sheet.rows[0]?.[CLIENTS]).split('\n')).toEqual([
      `${MASK} (собственник, доля 1/2; свидетельство № 77-АБ 123 от 15.05.2020; ДДУ № ДДУ-7 от 31.01.2019; акт приёмки № А-1 от 01.02.2020; договор управления № ДУ-9 от 02.03.2020)`,
      `${MASK} (собственник, доля 1/2; свидетельство № 77-АБ 124 от 16.05.2020)`,
      `${MASK} (житель / член семьи; договор управления № ДУ-10 от 05.04.2021)`,
      `${MASK} (арендатор)`,
    ]);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/Иванов|Сидорова|Петрова|Ромашка/);
    // The client reading of the search box is not tried for a hidden name: no match, no leak.
    expect((await exportOf(viewer, `?search=${encodeURIComponent('Петрова')}`)).rows).toEqual([]);
    const withNames = await makeStaff(t, admin, ['premises.view', 'clients.pii.name']);
    expect(String((await exportOf(withNames, `?objectId=${objectA}`)).rows[0]?.[CLIENTS])).toMatch(
      /^Иванов И\. И\. \(собственник.*\nСидорова М\. П\. \(.*\nПетрова А\. С\. \(.*\nООО «Ромашка» \(арендатор\)$/,
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
