// I-1, I-4: clients loaded by an accounting system through the integration API.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { queryRows } from '../../db/database';
import { link, uniquePhone } from '../links/link-fixtures';

let t: TestApp;
let admin: Client;
let key: string;

async function keyOf(staff: Client) {
  const response = await staff.post('/api/api-keys', { name: '1С', scopes: ['import'] });
  return response.body.key as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  key = await keyOf(admin);
});
afterAll(() => t.close());

const load = (items: unknown[], source = '1С', apiKey = key) =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/clients',
    headers: { authorization: `Bearer ${apiKey}` },
    payload: { source, items },
  });

async function loaded(items: unknown[], source = '1С', apiKey = key) {
  const response = await load(items, source, apiKey);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as {
    batchId: string | null;
    summary: Record<string, number>;
    results: Array<{ index: number; status: string; id: string | null; code?: string; message?: string }>;
  };
}

const card = async (id: string) => (await admin.get(`/api/clients/${id}`)).body;
let seq = 0;
const ext = () => `EXT-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
const staffClient = async (fullName: string, phone: string) => {
  const response = await admin.post('/api/clients', { fullName, phone });
  expect(response.status).toBe(201);
  return response.body.id as string;
};
/** The person signed in to the app and saw their cards (resident sign-in stamps both). */
const markLoggedIn = async (phone: string) => {
  await t.db.execute(sql`update resident_accounts set first_login_at = now() where phone = ${phone}`);
  await t.db.execute(sql`update clients set first_login_at = now() where phone = ${phone}`);
};

describe('I-4 client matching', () => {
  it('4: neither matches — a new client with the external id of the source system', async () => {
    const id = ext();
    const phone = uniquePhone();
    const body = await loaded([{ externalId: id, fullName: 'Новиков Пётр', phone: `8${phone.slice(2)}` }]);
    expect(body.results[0]).toMatchObject({ index: 0, status: 'created' });
    expect(body.batchId).not.toBeNull();
    const created = await card(body.results[0]?.id as string);
    expect(created).toMatchObject({ fullName: 'Новиков Пётр', source: 'import' });
    expect(created.externalIds).toMatchObject([{ source: '1С', externalId: id }]);
  });

  it('1: both match — everything but the external id and phone is overwritten; a repeat changes nothing', async () => {
    const id = ext();
    const phone = uniquePhone();
    const first = await loaded([{ externalId: id, fullName: 'Смирнова Анна', phone, email: 'a@example.ru' }]);
    const clientId = first.results[0]?.id as string;
    const item = { externalId: id, fullName: 'Смирнова-Петрова Анна', phone, note: 'из 1С' };
    const second = await loaded([item]);
    expect(second.results[0]).toMatchObject({ status: 'updated', id: clientId });
    expect(await card(clientId)).toMatchObject({
      fullName: 'Смирнова-Петрова Анна',
      note: 'из 1С',
      email: 'a@example.ru', // not in the item: left alone
    });
    const again = await loaded([item]);
    expect(again.results[0]).toMatchObject({ status: 'unchanged', id: clientId });
    expect(again.batchId).toBeNull();
    const history = (await admin.get(`/api/clients/${clientId}/history`)).body;
    expect(history.filter((e: { entityType: string }) => e.entityType === 'client')).toHaveLength(2);
  });

  it('2a: the external id matches and the phone is new here — the phone is overwritten too', async () => {
    const id = ext();
    const { results } = await loaded([{ externalId: id, fullName: 'Орлов Олег', phone: uniquePhone() }]);
    const newPhone = uniquePhone();
    const body = await loaded([{ externalId: id, fullName: 'Орлов Олег', phone: newPhone }]);
    expect(body.results[0]).toMatchObject({ status: 'updated', id: results[0]?.id });
    const [row] = await queryRows<{ phone: string; account: string }>(
      t.db,
      sql`select c.phone, a.phone as account from clients c join resident_accounts a on a.id = c.account_id
        where c.id = ${results[0]?.id}`,
    );
    expect(row).toEqual({ phone: newPhone, account: newPhone });
  });

  it('2b: the phone belongs to another client who has logged in — refused with I-4’s message', async () => {
    const id = ext();
    await loaded([{ externalId: id, fullName: 'Белов Борис', phone: uniquePhone() }]);
    const taken = uniquePhone();
    await staffClient('Чернов Чеслав', taken);
    await markLoggedIn(taken);
    const body = await loaded([{ externalId: id, fullName: 'Белов Борис', phone: taken }]);
    expect(body.results[0]).toMatchObject({
      status: 'error',
      code: 'IMPORT_PHONE_LOGGED_IN',
      message: 'Невозможно изменить номер телефона, так как клиент уже выполнил вход в личный кабинет',
    });
    expect(body.batchId).toBeNull();
  });

  it('2b: the client with the external id has logged in — its phone is its login and stays', async () => {
    const id = ext();
    const phone = uniquePhone();
    const { results } = await loaded([{ externalId: id, fullName: 'Глебов Глеб', phone }]);
    await markLoggedIn(phone);
    const body = await loaded([{ externalId: id, fullName: 'Глебов Глеб', phone: uniquePhone() }]);
    expect(body.results[0]?.code).toBe('IMPORT_PHONE_LOGGED_IN');
    expect((await card(results[0]?.id as string)).phone).toContain(phone.slice(-2));
  });

  it('2c: a phone of another organisation’s client is treated as one never used here (no oracle, T-1)', async () => {
    const id = ext();
    const { results } = await loaded([{ externalId: id, fullName: 'Дронов Денис', phone: uniquePhone() }]);
    const elsewhere = uniquePhone();
    await (await makeOrganization(t)).admin.post('/api/clients', {
      fullName: 'Чужой Клиент',
      phone: elsewhere,
    });
    await markLoggedIn(elsewhere);
    const body = await loaded([{ externalId: id, fullName: 'Дронов Денис', phone: elsewhere }]);
    expect(body.results[0]).toMatchObject({ status: 'updated', id: results[0]?.id });
    expect(await card(results[0]?.id as string)).toMatchObject({ phoneEditable: true, hasApp: false });
  });

  it('2d: the phone belongs to another client who never logged in — the two are merged', async () => {
    const objectId = (await makeObject(admin)).id;
    const premise = await makePremise(admin, objectId);
    const id = ext();
    const { results } = await loaded([{ externalId: id, fullName: 'Егоров Евгений', phone: uniquePhone() }]);
    const fromId = results[0]?.id as string;
    await link(admin, premise.id, fromId, { role: 'owner' });
    const phone = uniquePhone();
    const intoId = await staffClient('Егоров Евгений Сергеевич', phone);
    const body = await loaded([
      { externalId: id, fullName: 'Егоров Евгений Сергеевич', phone, note: 'объединён' },
    ]);
    expect(body.results[0]).toMatchObject({ status: 'merged', id: intoId });
    expect((await admin.get(`/api/clients/${fromId}`)).status).toBe(404);
    const merged = await card(intoId);
    expect(merged.externalIds.map((e: { externalId: string }) => e.externalId)).toEqual([id]);
    expect(merged.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([premise.id]);
    expect(merged.note).toBe('объединён');
    // The same batch again: one card matches both keys now.
    const again = await loaded([
      { externalId: id, fullName: 'Егоров Евгений Сергеевич', phone, note: 'объединён' },
    ]);
    expect(again.results[0]).toMatchObject({ status: 'unchanged', id: intoId });
  });

  it('3: the external id is unknown and the phone matches — the id is added to that client', async () => {
    const phone = uniquePhone();
    const clientId = await staffClient('Жуков Жан', phone);
    const id = ext();
    const body = await loaded([{ externalId: id, fullName: 'Другое Имя', phone }]);
    expect(body.results[0]).toMatchObject({ status: 'updated', id: clientId });
    const updated = await card(clientId);
    expect(updated.fullName).toBe('Жуков Жан');
    expect(updated.externalIds).toMatchObject([{ source: '1С', externalId: id }]);
  });

  it('keeps external ids apart per source system', async () => {
    const id = ext();
    const a = await loaded([{ externalId: id, fullName: 'Зайцев Захар' }], '1С');
    const b = await loaded([{ externalId: id, fullName: 'Зайцев Захар' }], 'Сервер УО');
    expect(a.results[0]?.status).toBe('created');
    expect(b.results[0]?.status).toBe('created');
    expect(a.results[0]?.id).not.toBe(b.results[0]?.id);
  });
});

describe('a batch', () => {
  it('of 1,000 with 3 bad items applies 997 and reports the 3 with codes and fields', async () => {
    const items: unknown[] = Array.from({ length: 1000 }, (_, i) => ({
      externalId: `BULK-${i}`,
      fullName: `Массов Клиент ${String.fromCharCode(1072 + (i % 32))}`,
      phone: uniquePhone(),
    }));
    items[10] = { externalId: 'BULK-10', fullName: 'Плохой Телефон', phone: '123' };
    items[500] = { externalId: 'BULK-500', fullName: 'Плохой ИНН', inn: '7707083894' };
    items[999] = { externalId: 'BULK-999', fullName: 'Без Типа', type: 'alien' };
    const body = await loaded(items, 'bulk');
    expect(body.summary).toEqual({ created: 997, updated: 0, merged: 0, unchanged: 0, error: 3 });
    expect(body.results.filter((r) => r.status === 'error').map((r) => [r.index, r.code])).toEqual([
      [10, 'VALIDATION_FAILED'],
      [500, 'VALIDATION_FAILED'],
      [999, 'VALIDATION_FAILED'],
    ]);
    const bad = body.results[10] as { errors?: Array<{ field: string }> };
    expect(bad.errors?.map((e) => e.field)).toEqual(['phone']);
    const [count] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from client_external_ids where source = 'bulk'`,
    );
    expect(count?.n).toBe(997);
    const again = await loaded(items, 'bulk');
    expect(again.summary).toEqual({ created: 0, updated: 0, merged: 0, unchanged: 997, error: 3 });
  });

  it('refuses a repeated external id or phone within the batch, keeping the first', async () => {
    const phone = uniquePhone();
    const body = await loaded([
      { externalId: 'DUP-1', fullName: 'Первый Повтор', phone },
      { externalId: 'DUP-1', fullName: 'Второй Повтор' },
      { externalId: 'DUP-2', fullName: 'Третий Повтор', phone },
    ]);
    expect(body.results.map((r) => r.status)).toEqual(['created', 'error', 'error']);
    expect(body.results[1]?.code).toBe('DUPLICATE_IN_BATCH');
  });

  it('rejects more than 1,000 items and an empty batch as a whole (400), changing nothing', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      externalId: `X-${i}`,
      fullName: 'Лишний Клиент',
    }));
    expect((await load(many)).status).toBe(400);
    expect((await load([])).status).toBe(400);
    const [count] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from clients where full_name = 'Лишний Клиент'`,
    );
    expect(count?.n).toBe(0);
  });

  it('writes to the key’s organisation only, and records who loaded it in the history', async () => {
    const other = (await makeOrganization(t)).admin;
    const otherKey = await keyOf(other);
    const body = await loaded([{ externalId: 'ORG-1', fullName: 'Иной Клиент' }], '1С', otherKey);
    const id = body.results[0]?.id as string;
    expect((await admin.get(`/api/clients/${id}`)).status).toBe(404);
    const history = (await other.get(`/api/clients/${id}/history`)).body;
    expect(history[0]).toMatchObject({ actor: null, actorName: 'Интеграция: 1С' });
  });
});
