// AUTH-2, C-4: registration requests in the CRM — list, comment, approve, reject, history,
// with R-3 masking and R-2 permissions. Residents send requests in a later issue: rows here
// are inserted directly, as that flow will store them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise, makeRegistrationRequest } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let orgId: string;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  orgId = admin.organizationId;
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

const url = (id: string, action = '') => `/api/registration-requests/${id}${action}`;
const request = (overrides: Parameters<typeof makeRegistrationRequest>[2] = {}) =>
  makeRegistrationRequest(t, orgId, overrides);
const clientCount = async () => (await admin.get('/api/clients?pageSize=1')).body.total as number;
const premiseClients = async (premiseId: string) =>
  (await admin.get(`/api/premises/${premiseId}/clients`)).body;

async function makeClient(body: Record<string, unknown> = {}) {
  const response = await admin.post('/api/clients', {
    fullName: 'Сидоров Сидор',
    phone: fixturePhone(),
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string };
}

describe('C-4: the list of requests', () => {
  it('lists newest first, filters by status, and pages with an exact total', async () => {
    const other = await makeOrganization(t);
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const old = await makeRegistrationRequest(t, other.admin.organizationId, { createdAt: minutesAgo(30) });
    const rejected = await makeRegistrationRequest(t, other.admin.organizationId, {
      status: 'rejected',
      createdAt: minutesAgo(20),
    });
    const fresh = await makeRegistrationRequest(t, other.admin.organizationId, { createdAt: minutesAgo(10) });
    const all = (await other.admin.get('/api/registration-requests')).body;
    expect(all.total).toBe(3);
    expect(all.items.map((r: { id: string }) => r.id)).toEqual([fresh.id, rejected.id, old.id]);
    const fresh1 = (await other.admin.get('/api/registration-requests?status=new&pageSize=1')).body;
    expect(fresh1).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ id: fresh.id }] });
    const page2 = (await other.admin.get('/api/registration-requests?status=new&pageSize=1&page=2')).body;
    expect(page2.items.map((r: { id: string }) => r.id)).toEqual([old.id]);
    // T-1: the other organisation's requests never show here.
    const ours = (await admin.get('/api/registration-requests?pageSize=200')).body.items;
    expect(ours.map((r: { id: string }) => r.id)).not.toContain(fresh.id);
  });

  it('finds a request by a name fragment and by a phone typed as 8 (9xx) …', async () => {
    const wanted = await request({ fullName: 'Ёлкина Алёна', phone: '+79771234567' });
    await request({ fullName: 'Другой Человек', phone: '+79770000001' });
    const byName = (await admin.get(`/api/registration-requests?search=${encodeURIComponent('елкина')}`))
      .body;
    expect(byName.items.map((r: { id: string }) => r.id)).toEqual([wanted.id]);
    const byPhone = (
      await admin.get(`/api/registration-requests?search=${encodeURIComponent('8 (977) 123-45')}`)
    ).body;
    expect(byPhone.items.map((r: { id: string }) => r.id)).toEqual([wanted.id]);
    expect(byPhone.items[0]).toMatchObject({ phone: '+7 977 123-45-67', fullName: 'Ёлкина Алёна' });
  });
});

describe('AUTH-2: the card and comments', () => {
  it('shows the suggested premise and the comments, oldest first, with their authors', async () => {
    const premise = await makePremise(admin, objectId, { number: '5' });
    const r = await request({ objectId, premiseId: premise.id, requestedRole: 'tenant' });
    expect((await admin.post(url(r.id, '/comments'), { text: ' Позвонить жителю ' })).status).toBe(201);
    const second = await admin.post(url(r.id, '/comments'), { text: 'Дозвонились' });
    expect(second.body).toMatchObject({
      status: 'new',
      premiseId: premise.id,
      premiseAddress: 'ул. Ленина, д. 10, кв. 5',
      requestedRole: 'tenant',
      comments: [
        { text: 'Позвонить жителю', authorName: 'Администратор Тестовый' },
        { text: 'Дозвонились', authorName: 'Администратор Тестовый' },
      ],
    });
    expect((await admin.get(url(r.id))).body.comments).toHaveLength(2);
  });

  it('refuses a blank comment with a Russian message and adds nothing', async () => {
    const r = await request();
    const response = await admin.post(url(r.id, '/comments'), { text: '   ' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'text', code: 'REQUIRED', message: 'Заполните поле' }],
    });
    expect((await admin.post(url(r.id, '/comments'), {})).status).toBe(400);
    expect((await admin.get(url(r.id))).body.comments).toEqual([]);
  });
});

describe('AUTH-2: approving', () => {
  it('links a chosen client with the requested role and records who decided (R-4)', async () => {
    const premise = await makePremise(admin, objectId);
    const owner = await makeClient({ fullName: 'Собственников Олег' });
    const tenant = await makeClient({ fullName: 'Арендатов Антон' });
    await admin.post(`/api/premises/${premise.id}/clients`, { clientId: owner.id });
    const r = await request({ premiseId: premise.id, requestedRole: 'tenant' });
    const response = await admin.post(url(r.id, '/approve'), {
      clientId: tenant.id,
      link: { ownerClientId: owner.id, contract: { number: 'Д-1', date: '2024-01-10' } },
      comment: 'Договор аренды проверен',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      status: 'approved',
      clientId: tenant.id,
      clientName: 'Арендатов Антон',
      decidedBy: { name: 'Администратор Тестовый' },
      comments: [{ text: 'Договор аренды проверен' }],
    });
    const link = (await premiseClients(premise.id)).find(
      (l: { clientId: string }) => l.clientId === tenant.id,
    );
    expect(link).toMatchObject({
      id: response.body.linkId,
      role: 'tenant',
      ownerClientId: owner.id,
      contract: { number: 'Д-1', date: '2024-01-10' },
      addedBy: { kind: 'staff', name: 'Администратор Тестовый' },
    });
    const history = (await admin.get(url(r.id, '/history'))).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(history[0]).toMatchObject({ summary: 'Получена заявка на регистрацию', actor: null });
    expect(history[1].actor).toMatchObject({ name: 'Администратор Тестовый' });
    expect(history[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'decision', old: null, new: 'Одобрена' },
        { field: 'client', old: null, new: 'Арендатов Антон' },
        { field: 'role', old: null, new: 'Арендатор' },
      ]),
    );
  });

  it('uses the organisation’s client that has the request’s phone, as owner by default', async () => {
    const phone = fixturePhone();
    const known = await makeClient({ fullName: 'Знакомый Клиент', phone });
    const premise = await makePremise(admin, objectId);
    const r = await request({ phone, premiseId: premise.id });
    const before = await clientCount();
    const response = await admin.post(url(r.id, '/approve'), {});
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.clientId).toBe(known.id);
    expect(await clientCount()).toBe(before);
    expect(await premiseClients(premise.id)).toMatchObject([{ clientId: known.id, role: 'owner' }]);
  });

  it('creates a client from the request’s name and phone, with the source «registration request»', async () => {
    const premise = await makePremise(admin, objectId);
    const r = await request({ fullName: 'Новиков Николай', requestedRole: 'owner' });
    const response = await admin.post(url(r.id, '/approve'), {
      premiseId: premise.id,
      link: { share: '1/2' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const card = (await admin.get(`/api/clients/${response.body.clientId}`)).body;
    expect(card).toMatchObject({ fullName: 'Новиков Николай', source: 'registration_request' });
    expect(card.phone.replace(/\D/g, '')).toBe(r.phone.replace(/\D/g, ''));
    expect(await premiseClients(premise.id)).toMatchObject([
      { clientId: card.id, role: 'owner', share: '1/2' },
    ]);
    expect((await admin.get(url(r.id))).body.premiseId).toBe(premise.id);
  });

  it('creates the client as typed when the staff member fills in a new card', async () => {
    const premise = await makePremise(admin, objectId);
    const r = await request({ premiseId: premise.id, fullName: 'петров п' });
    const response = await admin.post(url(r.id, '/approve'), {
      newClient: { fullName: 'Петров Павел Петрович', email: 'pavel@example.ru' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const card = (await admin.get(`/api/clients/${response.body.clientId}`)).body;
    expect(card).toMatchObject({ fullName: 'Петров Павел Петрович', email: 'pavel@example.ru' });
    expect(card.source).toBe('registration_request');
    expect(card.phone.replace(/\D/g, '')).toBe(r.phone.replace(/\D/g, ''));
  });
});
