import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { queryRows } from '../../db/database';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
});
afterAll(() => t.close());

const count = async (client: Client = admin) =>
  (await client.get('/api/clients?pageSize=1')).body.total as number;
let phoneSeq = 1000000;
const nextPhone = () => `+7 916 ${String(phoneSeq++).replace(/(\d{3})(\d{2})(\d{2})/, '$1-$2-$3')}`;

async function makeClient(client: Client, body: Record<string, unknown> = {}) {
  const response = await client.post('/api/clients', {
    fullName: 'Сидоров Сидор',
    phone: nextPhone(),
    ...body,
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}

describe('C-5: creating a client manually', () => {
  it('saves every field, normalising the phone, e-mail and documents', async () => {
    const response = await admin.post('/api/clients', {
      type: 'individual',
      fullName: '  Иванова   Анна-Мария ',
      phone: '8 (916) 555-01-02',
      email: 'Anna@Example.RU',
      gender: 'female',
      birthDate: '1985-04-12',
      passport: '45 06 123456',
      passportComment: 'Выдан ОВД Арбат',
      regAddress: 'г. Москва, ул. Арбат, д. 1',
      regPostcode: '119019',
      inn: '123456789047',
      snils: '112-233-445 95',
      loyaltyCard: 'LC-001',
      note: 'Звонить после 18:00',
      tester: true,
      tags: ['Новосёл'],
      externalId: '1c-anna',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      fullName: 'Иванова Анна-Мария',
      phone: '+7 916 555-01-02',
      email: 'anna@example.ru',
      gender: 'female',
      birthDate: '1985-04-12',
      passport: '45 06 123456',
      inn: '123456789047',
      snils: '112-233-445 95',
      regPostcode: '119019',
      source: 'manual',
      status: 'active',
      tester: true,
      tags: ['Новосёл'],
      phoneEditable: true,
      hasApp: false,
      masked: { name: false, contacts: false },
    });
    expect(response.body.externalIds).toEqual([
      expect.objectContaining({ source: '', externalId: '1c-anna' }),
    ]);
  });

  it('creates a legal entity with a tax form and a company name', async () => {
    const response = await admin.post('/api/clients', {
      type: 'legal',
      taxForm: 'usn',
      fullName: 'ООО «Ромашка-2»',
      inn: '7707083893',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ type: 'legal', taxForm: 'usn', phone: null });
  });

  it.each([
    ['a name with digits', { fullName: 'Иванов 2' }, 'fullName', 'NAME_LETTERS'],
    ['a name with a dot', { fullName: 'Иванов И.И.' }, 'fullName', 'NAME_LETTERS'],
    ['a bad phone', { phone: '123-45-67' }, 'phone', 'PHONE_FORMAT'],
    ['a bad e-mail', { email: 'anna@' }, 'email', 'EMAIL_FORMAT'],
    ['a wrong ИНН check digit', { inn: '123456789037' }, 'inn', 'INN_CHECKSUM'],
    ['an organisation ИНН for a person', { inn: '7707083893' }, 'inn', 'INN_KIND_MISMATCH'],
    ['a wrong СНИЛС', { snils: '112-233-445 94' }, 'snils', 'SNILS_CHECKSUM'],
    ['a short passport number', { passport: '45 06 12345' }, 'passport', 'PASSPORT_FORMAT'],
    ['a tax form for an individual', { taxForm: 'usn' }, 'taxForm', 'TAX_FORM_NOT_FOR_INDIVIDUAL'],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate', 'BIRTH_DATE_RANGE'],
    ['a 5-digit postcode', { regPostcode: '12345' }, 'regPostcode', 'POSTCODE_FORMAT'],
  ])('refuses %s with a Russian message, creating nothing', async (_, fields, field, code) => {
    const before = await count();
    const response = await admin.post('/api/clients', { fullName: 'Петров Пётр', ...fields });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(response.body.errors[0].message).toMatch(/[а-яА-Я]/);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown type and an empty name through the schema', async () => {
    expect(
      (await admin.post('/api/clients', { fullName: 'Петров', type: 'alien' })).body.errors[0].field,
    ).toBe('type');
    expect((await admin.post('/api/clients', { fullName: '' })).body.errors[0]).toMatchObject({
      field: 'fullName',
      message: 'Заполните поле',
    });
  });
});

describe('T-3: one resident account per phone, one card per organisation', () => {
  it('gives two organisations separate cards on the same account, each seeing only its own', async () => {
    const other = await makeOrganization(t);
    const phone = nextPhone();
    const mine = await makeClient(admin, { fullName: 'Общий Житель', phone });
    const theirs = await makeClient(other.admin, { fullName: 'Житель Общий', phone });
    expect(mine.id).not.toBe(theirs.id);
    const accounts = await queryRows<{ n: number; cards: number }>(
      t.db,
      sql`select count(distinct a.id)::int as n, count(c.id)::int as cards from resident_accounts a
          join clients c on c.account_id = a.id where a.phone = ${`+7${phone.replace(/\D/g, '').slice(1)}`}`,
    );
    expect(accounts[0]).toEqual({ n: 1, cards: 2 });
    expect((await other.admin.get(`/api/clients/${mine.id}`)).status).toBe(404);
    const list = await other.admin.get(`/api/clients?search=${encodeURIComponent('Общий')}`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([theirs.id]);
  });

  it('refuses a second card with a phone the organisation already has (409 naming the card)', async () => {
    const phone = nextPhone();
    const first = await makeClient(admin, { phone });
    const before = await count();
    const second = await admin.post('/api/clients', { fullName: 'Двойник', phone });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'PHONE_TAKEN', conflictId: first.id });
    expect(await count()).toBe(before);
  });
});

describe('C-6, C-7: editing a client and changing the phone', () => {
  it('edits the card and records who changed what (R-4)', async () => {
    const client = await makeClient(admin);
    const response = await admin.patch(`/api/clients/${client.id}`, {
      status: 'blocked',
      note: 'Не выдавать ключи',
      regAddress: 'г. Москва',
      tags: ['Должник'],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'blocked', note: 'Не выдавать ключи', tags: ['Должник'] });
    const [entry] = (await admin.get(`/api/clients/${client.id}/history`)).body;
    expect(entry).toMatchObject({
      entityType: 'client',
      action: 'update',
      actor: { name: 'Администратор Тестовый' },
    });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', old: 'active', new: 'blocked' },
        { field: 'tags', old: [], new: ['Должник'] },
      ]),
    );
  });

  it('changes the phone while the client has never logged in; the old account is released', async () => {
    const client = await makeClient(admin);
    const response = await admin.patch(`/api/clients/${client.id}`, { phone: '+7 (903) 111-22-33' });
    expect(response.status).toBe(200);
    expect(response.body.phone).toBe('+7 903 111-22-33');
    const reused = await makeClient(admin, { phone: client.phone });
    expect(reused.phone).toBe(client.phone);
  });

  it('refuses a phone change after the first login to the app (409 with the reason)', async () => {
    const client = await makeClient(admin);
    await t.db.execute(sql`update clients set first_login_at = now() where id = ${client.id}`);
    expect((await admin.get(`/api/clients/${client.id}`)).body.phoneEditable).toBe(false);
    const response = await admin.patch(`/api/clients/${client.id}`, { phone: nextPhone() });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'PHONE_LOCKED',
      title: 'Номер телефона нельзя изменить: клиент уже входил в приложение',
    });
    expect((await admin.get(`/api/clients/${client.id}`)).body.phone).toBe(client.phone);
    // Other fields still change.
    expect((await admin.patch(`/api/clients/${client.id}`, { note: 'ok' })).status).toBe(200);
  });

  it('refuses a phone another client has, naming that client, and changes nothing', async () => {
    const a = await makeClient(admin, { fullName: 'Клиент А' });
    const b = await makeClient(admin, { fullName: 'Клиент Б' });
    const response = await admin.patch(`/api/clients/${a.id}`, { phone: b.phone, note: 'не сохранится' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'PHONE_TAKEN', conflictId: b.id });
    const after = (await admin.get(`/api/clients/${a.id}`)).body;
    expect(after).toMatchObject({ phone: a.phone, note: null });
  });
});

describe('R-2: who may create and edit clients', () => {
  it('needs «Редактирование» to create and edit, section access to read', async () => {
    const client = await makeClient(admin);
    const viewer = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    expect((await viewer.get(`/api/clients/${client.id}`)).status).toBe(200);
    expect((await viewer.post('/api/clients', { fullName: 'Новый' })).status).toBe(403);
    expect((await viewer.patch(`/api/clients/${client.id}`, { note: 'x' })).status).toBe(403);
    const nobody = await makeStaff(t, admin, ['premises.view']);
    expect((await nobody.get('/api/clients')).status).toBe(403);
  });

  it('R-3: a role writes only the personal data it may read', async () => {
    const client = await makeClient(admin);
    const editor = await makeStaff(t, admin, ['clients.view', 'clients.edit', 'clients.pii.name']);
    const phone = await editor.patch(`/api/clients/${client.id}`, { phone: nextPhone() });
    expect(phone.status).toBe(403);
    expect(phone.body.detail).toContain('телефон');
    expect(
      (await editor.patch(`/api/clients/${client.id}`, { fullName: 'Новое Имя', note: 'можно' })).status,
    ).toBe(200);
    const blind = await makeStaff(t, admin, ['clients.view', 'clients.edit']);
    expect((await blind.patch(`/api/clients/${client.id}`, { fullName: 'Чужое Имя' })).status).toBe(403);
    expect((await blind.patch(`/api/clients/${client.id}`, { status: 'blocked' })).status).toBe(200);
  });
});
