// AUTH-3, C-4: «Неидентифицированные» — list, search, convert into a client; R-3 masking,
// R-2 permissions, T-1 isolation. Leads are inserted directly, as the showcase will store them.
import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeLead } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
});
afterAll(() => t.close());

const lead = (overrides: Parameters<typeof makeLead>[2] = {}) => makeLead(t, admin.organizationId, overrides);
const convert = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/leads/${id}/convert`, body);
const clientCount = async () => (await admin.get('/api/clients?pageSize=1')).body.total as number;
const leadOf = async (id: string) =>
  (await admin.get('/api/leads?pageSize=200')).body.items.find((l: { id: string }) => l.id === id);

describe('C-4: the list of leads', () => {
  it('lists newest first with a formatted phone, filters by conversion and pages', async () => {
    const other = await makeOrganization(t);
    const org = other.admin.organizationId;
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const old = await makeLead(t, org, { createdAt: minutesAgo(30), phone: '+79771112233' });
    const fresh = await makeLead(t, org, { createdAt: minutesAgo(10) });
    const all = (await other.admin.get('/api/leads')).body;
    expect(all).toMatchObject({ total: 2, items: [{ id: fresh.id }, { id: old.id }] });
    expect(all.items[1]).toMatchObject({
      phone: '+7 977 111-22-33',
      source: 'showcase',
      convertedClientId: null,
    });
    expect((await other.admin.get('/api/leads?pageSize=1&page=2')).body.items).toMatchObject([
      { id: old.id },
    ]);
    await convert(other.admin, old.id, { fullName: 'Старый Лид' });
    expect((await other.admin.get('/api/leads?converted=true')).body.items).toMatchObject([{ id: old.id }]);
    expect((await other.admin.get('/api/leads?converted=false')).body.items).toMatchObject([
      { id: fresh.id },
    ]);
    expect(
      (await admin.get('/api/leads?pageSize=200')).body.items.map((l: { id: string }) => l.id),
    ).not.toContain(old.id);
  });

  it('finds a lead by any part of its phone, typed in any format', async () => {
    const wanted = await lead({ phone: '+79774445566' });
    await lead({ phone: '+79770009988' });
    for (const search of ['4445566', '8 (977) 444-55-66', '+7 977 444']) {
      const found = (await admin.get(`/api/leads?search=${encodeURIComponent(search)}`)).body.items;
      expect(
        found.map((l: { id: string }) => l.id),
        search,
      ).toEqual([wanted.id]);
    }
    expect((await admin.get(`/api/leads?search=${encodeURIComponent('Иванов')}`)).body.total).toBe(0);
  });
});

describe('AUTH-3: converting a lead into a client', () => {
  it('creates a client with the lead’s phone, source «добавлен вручную», and marks the lead', async () => {
    const l = await lead();
    const response = await convert(admin, l.id, { fullName: ' Лидов  Леонид ', email: 'leo@example.ru' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.convertedClientId).not.toBeNull();
    expect(response.body.convertedAt).not.toBeNull();
    const card = (await admin.get(`/api/clients/${response.body.convertedClientId}`)).body;
    expect(card).toMatchObject({ fullName: 'Лидов Леонид', email: 'leo@example.ru', source: 'manual' });
    expect(card.phone.replace(/\D/g, '')).toBe(l.phone.replace(/\D/g, ''));
    const again = await convert(admin, l.id, { fullName: 'Ещё Раз' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'LEAD_ALREADY_CONVERTED',
      title: 'Лид уже превращён в клиента',
    });
  });

  it('refuses a phone that a client already has, naming the client, and changes nothing', async () => {
    const phone = fixturePhone();
    const existing = (await admin.post('/api/clients', { fullName: 'Уже Есть', phone })).body;
    const l = await lead({ phone });
    const before = await clientCount();
    const response = await convert(admin, l.id, { fullName: 'Дубль Дублев' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'PHONE_TAKEN', conflictId: existing.id });
    expect(await clientCount()).toBe(before);
    expect((await leadOf(l.id)).convertedClientId).toBeNull();
  });

  it('is identified once a card gets its phone — made by staff or given by an edit — and leaves the open list', async () => {
    const made = await lead();
    const client = (await admin.post('/api/clients', { fullName: 'Новый Клиент', phone: made.phone })).body;
    expect((await leadOf(made.id)).convertedClientId).toBe(client.id);

    const edited = await lead();
    const other = (await admin.post('/api/clients', { fullName: 'Другой Клиент' })).body;
    expect((await admin.patch(`/api/clients/${other.id}`, { phone: edited.phone })).status).toBe(200);
    expect((await leadOf(edited.id)).convertedClientId).toBe(other.id);
    const open = (await admin.get('/api/leads?converted=false&pageSize=100')).body.items.map(
      (l: { id: string }) => l.id,
    );
    expect(open).not.toContain(made.id);
    expect(open).not.toContain(edited.id);
  });

  it('refuses a name that is not letters and a type it does not know, with Russian messages', async () => {
    const l = await lead();
    const before = await clientCount();
    const badName = await convert(admin, l.id, { fullName: 'Лид 007' });
    expect(badName.status).toBe(400);
    expect(badName.body.errors).toMatchObject([{ field: 'fullName', code: 'NAME_LETTERS' }]);
    expect(badName.body.errors[0].message).toMatch(/[а-яё]/i);
    const badType = await convert(admin, l.id, { fullName: 'Лидов Лев', type: 'alien' });
    expect(badType.status).toBe(400);
    expect(badType.body.code).toBe('VALIDATION_FAILED');
    expect((await convert(admin, l.id, {})).status).toBe(400);
    expect(await clientCount()).toBe(before);
    expect((await leadOf(l.id)).convertedClientId).toBeNull();
  });
});

describe('R-3, R-2, T-1', () => {
  it('masks the phone without the contacts permission and refuses searching it', async () => {
    const l = await lead({ phone: '+79773332211' });
    const namesOnly = await makeStaff(t, admin, ['clients.view', 'clients.pii.name']);
    const listed = (await namesOnly.get('/api/leads?pageSize=200')).body.items.find(
      (x: { id: string }) => x.id === l.id,
    );
    expect(listed).toMatchObject({ phone: PII_MASK, masked: { name: false, contacts: true } });
    const search = await namesOnly.get('/api/leads?search=3332211');
    expect(search.status).toBe(403);
    expect(search.body.code).toBe('PII_SEARCH_FORBIDDEN');
  });

  it('needs «Редактирование» to convert and section access to read; another organisation gets 404', async () => {
    const l = await lead();
    const reader = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    expect((await reader.get('/api/leads')).status).toBe(200);
    const refused = await convert(reader, l.id, { fullName: 'Нельзя Нельзяев' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await (await makeStaff(t, admin, ['premises.view'])).get('/api/leads')).status).toBe(403);
    const other = await makeOrganization(t);
    const foreign = await convert(other.admin, l.id, { fullName: 'Чужой Чужаков' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    expect((await other.admin.get('/api/leads')).body.total).toBe(0);
    expect((await leadOf(l.id)).convertedClientId).toBeNull();
  });
});
