// C-9, R-2, R-3: GET /api/clients/export.xlsx — the filtered list as a file, read back with ExcelJS.
import type { Permission } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  makeAccount,
  makeLegalEntity,
  makeObject,
  makePremise,
  makeRegistrationRequest,
} from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';

const MASK = '********';
const HEADERS = [
  'ФИО в CRM',
  'ФИО в приложении',
  'Телефон',
  'E-mail',
  'День рождения',
  'Помещения (роль, доля)',
  'Лицевые счета',
  'Дата первой авторизации',
  'Дата последнего визита в ЛК',
  'Внешние идентификаторы',
  'Подъезды',
  'Этажи',
  'Карта лояльности',
  'Тип клиента',
  'Внешний идентификатор клиента',
  'Дополнительный телефон',
  'КПП',
  'ОГРН / ОГРНИП',
  'Код клиента в Домовом',
];
const IVANOV = 'Иванов Иван Иванович';
const IVANOVA = 'Иванова Мария Петровна';
const PETROV = 'Петров Пётр';

let t: TestApp;
let admin: Client;
let objectId: string;
/** The cards' own codes, as the export writes them for the import to find each. */
const ids: Record<string, string> = {};
const everyone: Permission[] = ['clients.view', 'export.clients', 'clients.pii.name', 'clients.pii.contacts'];

const exportOf = async (client: Client, query = '') => {
  const response = await client.get(`/api/clients/export.xlsx${query}`);
  expect(response.status).toBe(200);
  return readXlsx(response);
};
const names = async (client: Client, query = '') => (await exportOf(client, query)).rows.map((r) => r[0]);
const q = (value: string) => encodeURIComponent(value);

async function newClient(body: Record<string, unknown>) {
  const response = await admin.post('/api/clients', body);
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const legalEntity = await makeLegalEntity(admin);
  objectId = (await makeObject(admin, { name: 'ЖК Ленинский' })).id;
  const other = await makeObject(admin, { name: 'Паркинг' });
  const flat = await makePremise(admin, objectId, {
    street: 'ул. Ленина',
    house: '1',
    number: '15',
    entrance: '2',
    floor: 4,
  });
  const parking = await makePremise(admin, other.id, {
    type: 'parking',
    street: 'ул. Ленина',
    house: '1',
    number: '7',
  });
  await makeAccount(admin, flat.id, legalEntity.id, { number: '5000000001' });
  await makeAccount(admin, parking.id, legalEntity.id, { number: '5000000002' });
  const ivanov = await newClient({
    fullName: IVANOV,
    phone: '+7 916 123-45-67',
    email: 'ivanov@example.ru',
    birthDate: '1980-12-31',
    loyaltyCard: 'LC-100',
    extraPhone: '8 903 000-11-22',
    externalId: '1C-42',
  });
  await admin.post(`/api/clients/${ivanov}/external-ids`, { source: 'Эксплуатация', externalId: 'E-7' });
  const ivanova = await newClient({ fullName: IVANOVA, phone: '8 903 765-43-21' });
  Object.assign(ids, { [IVANOV]: ivanov, [IVANOVA]: ivanova });
  await newClient({ fullName: PETROV, phone: '+7 495 111-22-33', status: 'blocked' });
  await admin.post(`/api/premises/${flat.id}/clients`, { clientId: ivanov, role: 'owner', share: '1/2' });
  await admin.post(`/api/premises/${parking.id}/clients`, { clientId: ivanov, role: 'owner' });
  await admin.post(`/api/premises/${flat.id}/clients`, {
    clientId: ivanova,
    role: 'resident',
    ownerClientId: ivanov,
  });
  await makeRegistrationRequest(t, admin.organizationId, { fullName: 'Ваня Иванов', clientId: ivanov });
  await t.db.execute(sql`update clients set first_login_at = '2026-01-10 21:30:00+00',
    last_visit_at = '2026-11-20 08:15:00+00' where id = ${ivanov}`);
});
afterAll(() => t.close());

describe('GET /api/clients/export.xlsx', () => {
  it('answers an .xlsx attachment named «Клиенты <date>.xlsx»', async () => {
    const response = await admin.get('/api/clients/export.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''%D0%9A%D0%BB%D0%B8%D0%B5%D0%BD%D1%82%D1%8B%20\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
  });

  it('writes the C-9 columns with Russian headers, one row per client, in the list order', async () => {
    const sheet = await exportOf(admin);
    expect(sheet.name).toBe('Одна строка — один клиент');
    expect(sheet.headers).toEqual(HEADERS);
    expect(sheet.rows.map((r) => r[0])).toEqual([IVANOV, IVANOVA, PETROV]);
    expect(sheet.rows[0]).toEqual([
      IVANOV,
      'Ваня Иванов',
      '+7 916 123-45-67',
      'ivanov@example.ru',
      new Date(Date.UTC(1980, 11, 31)),
      // Each premise with its object and the client's role (and share) there.
      'ЖК Ленинский: ул. Ленина, д. 1, кв. 15 (собственник, доля 1/2); Паркинг: ул. Ленина, д. 1, м/м 7 (собственник)',
      '5000000001; 5000000002',
      // Moscow wall-clock time (UTC+3): 10.01.2026 21:30 UTC is 11.01.2026 00:30.
      new Date(Date.UTC(2026, 0, 11, 0, 30)),
      new Date(Date.UTC(2026, 10, 20, 11, 15)),
      '1C-42; Эксплуатация: E-7',
      '2',
      '4; 0',
      'LC-100',
      'Физическое лицо',
      null,
      // Issue 15: the second phone, КПП and ОГРН (a person has neither), the card's code.
      '+7 903 000-11-22',
      null,
      null,
      ids[IVANOV],
    ]);
    expect(sheet.rows[1]).toEqual([
      IVANOVA,
      null,
      '+7 903 765-43-21',
      null,
      null,
      'ЖК Ленинский: ул. Ленина, д. 1, кв. 15 (житель / член семьи)',
      '5000000001',
      null,
      null,
      null,
      '2',
      4,
      null,
      'Физическое лицо',
      null,
      null,
      null,
      null,
      ids[IVANOVA],
    ]);
    expect(sheet.numFmt(2, 5)).toBe('dd.mm.yyyy');
    expect(sheet.numFmt(2, 8)).toBe('dd.mm.yyyy hh:mm');
  });

  it('applies the list filters, search and sort', async () => {
    expect(await names(admin, '?sort=-name')).toEqual([PETROV, IVANOVA, IVANOV]);
    for (const sort of ['name', '-name', 'phone', '-phone', 'lastVisit', '-lastVisit']) {
      const listed = (await admin.get(`/api/clients?sort=${sort}`)).body.items.map(
        (i: { fullName: string }) => i.fullName,
      );
      expect(await names(admin, `?sort=${sort}`)).toEqual(listed);
    }
    expect(await names(admin, '?role=resident')).toEqual([IVANOVA]);
    expect(await names(admin, `?objectId=${objectId}&role=owner`)).toEqual([IVANOV]);
    expect(await names(admin, '?status=blocked')).toEqual([PETROV]);
    expect(await names(admin, '?app=installed')).toEqual([IVANOV]);
    // A name begins the full name («Иванов» — both), else is anywhere in it («Мария»).
    expect(await names(admin, `?search=${q('Иванов')}`)).toEqual([IVANOV, IVANOVA]);
    expect(await names(admin, `?search=${q('Мария')}`)).toEqual([IVANOVA]);
    expect(await names(admin, `?search=${q('8 903 765')}`)).toEqual([IVANOVA]);
  });

  it('gives only the header row when nothing matches', async () => {
    const sheet = await exportOf(admin, `?search=${q('Никтоневич')}`);
    expect(sheet.headers).toEqual(HEADERS);
    expect(sheet.rows).toEqual([]);
  });
});

describe('clients export access (R-2, R-3, T-1)', () => {
  it('needs «Возможность выгрузки отчёта: Клиенты» besides section access', async () => {
    const staff = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    const response = await staff.get('/api/clients/export.xlsx');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('FORBIDDEN');
    const exporter = await makeStaff(t, admin, ['export.clients']);
    expect((await exporter.get('/api/clients/export.xlsx')).status).toBe(403);
  });

  it.each([
    ['neither permission', false, false],
    ['«ФИО» only', true, false],
    ['«контактная информация» only', false, true],
    ['both permissions', true, true],
  ])('masks as the list does for a role with %s', async (_, name, contacts) => {
    const permissions: Permission[] = ['clients.view', 'export.clients'];
    if (name) permissions.push('clients.pii.name');
    if (contacts) permissions.push('clients.pii.contacts');
    const staff = await makeStaff(t, admin, permissions);
    const [row] = (await exportOf(staff, `?app=installed`)).rows;
    const listed = (await staff.get('/api/clients?app=installed')).body.items[0];
    expect(row?.slice(0, 5)).toEqual([
      name ? IVANOV : MASK,
      name ? 'Ваня Иванов' : MASK,
      contacts ? '+7 916 123-45-67' : MASK,
      contacts ? 'ivanov@example.ru' : MASK,
      name ? new Date(Date.UTC(1980, 11, 31)) : MASK,
    ]);
    expect([row?.[0], row?.[2]]).toEqual([listed.fullName, listed.phone]);
    // Issue 15: the second phone is masked with the first.
    expect(row?.[HEADERS.indexOf('Дополнительный телефон')]).toBe(contacts ? '+7 903 000-11-22' : MASK);
    // Not personal data under R-3: premises, accounts, ids and the loyalty card stay.
    expect(row?.[9]).toBe('1C-42; Эксплуатация: E-7');
    expect(row?.[5]).toBe(
      'ЖК Ленинский: ул. Ленина, д. 1, кв. 15 (собственник, доля 1/2); Паркинг: ул. Ленина, д. 1, м/м 7 (собственник)',
    );
  });

  it('refuses a search by a hidden field as the list does', async () => {
    const noNames = await makeStaff(t, admin, ['clients.view', 'export.clients', 'clients.pii.contacts']);
    const byName = await noNames.get(`/api/clients/export.xlsx?search=${q('Иванов')}`);
    expect(byName.status).toBe(403);
    expect(byName.body.code).toBe('PII_SEARCH_FORBIDDEN');
    expect((await noNames.get(`/api/clients?search=${q('Иванов')}`)).body.code).toBe('PII_SEARCH_FORBIDDEN');
    expect(await names(noNames, `?search=${q('765-43')}`)).toEqual([MASK]);
    const noContacts = await makeStaff(t, admin, ['clients.view', 'export.clients', 'clients.pii.name']);
    const byPhone = await noContacts.get(`/api/clients/export.xlsx?search=${q('765-43')}`);
    expect(byPhone.status).toBe(403);
    expect(byPhone.body.code).toBe('PII_SEARCH_FORBIDDEN');
  });

  it("never writes another organisation's clients", async () => {
    const other = await makeOrganization(t);
    await other.admin.post('/api/clients', { fullName: 'Чужой Клиент Иванович', phone: '+7 916 123-45-67' });
    expect(await names(other.admin)).toEqual(['Чужой Клиент Иванович']);
    const ours = await names(admin);
    expect(ours).not.toContain('Чужой Клиент Иванович');
    expect(ours).toHaveLength(3);
    expect(await names(other.admin, `?search=${q('Иванова')}`)).toEqual([]);
    const staffOfOurs = await makeStaff(t, admin, everyone);
    expect(await names(staffOfOurs, `?search=${q('+7 916 123-45-67')}`)).toEqual([IVANOV]);
  });
});
