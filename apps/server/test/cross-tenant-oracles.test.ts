// Issue 10, hole 6 (T-1, T-3): a resident's account is global, but whether a phone has a card or an
// app user in another organisation must not be observable from this one. Every answer of this
// organisation about a phone is the same for a phone known elsewhere as for one never seen.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import { fixturePhone, makeObject, makePremise } from './fixtures';
import { type Client, makeOrganization, send } from './helpers';
import { makeResidentHome, type ResidentHome } from './resident-homes';

let t: TestApp;
let admin: Client;
let other: Client;
let mine: Awaited<ReturnType<typeof makeOrganization>>;
let theirs: Awaited<ReturnType<typeof makeOrganization>>;
let key: string;

/** A phone whose person uses the app with a card in the other organisation. */
async function phoneKnownElsewhere(): Promise<string> {
  const phone = fixturePhone();
  const created = await other.post('/api/clients', { fullName: 'Чужой Житель', phone });
  expect(created.status).toBe(201);
  await t.db.execute(sql`update resident_accounts set first_login_at = now() where phone = ${phone}`);
  await t.db.execute(sql`update clients set first_login_at = now() where phone = ${phone}`);
  return phone;
}

/** What this organisation can see of a response, without ids, times and the phone itself. */
function shape(body: Record<string, unknown>): unknown {
  const drop = new Set([
    'id',
    'externalId',
    'phone',
    'createdAt',
    'updatedAt',
    'createdBy',
    'updatedBy',
    'batchId',
  ]);
  return JSON.parse(JSON.stringify(body, (k, v) => (drop.has(k) ? undefined : v)));
}

beforeAll(async () => {
  t = await buildTestApp();
  mine = await makeOrganization(t);
  theirs = await makeOrganization(t);
  admin = mine.admin;
  other = theirs.admin;
  key = (await admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
});
afterAll(() => t?.close());

const integration = (items: unknown[]) =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/clients',
    headers: { authorization: `Bearer ${key}` },
    payload: { source: '1С', items },
  });

describe('no answer depends on another organisation’s phones', () => {
  it('a new card: same answer for a phone of another organisation’s app user as for a fresh one', async () => {
    const known = await admin.post('/api/clients', {
      fullName: 'Новый Клиент',
      phone: await phoneKnownElsewhere(),
    });
    const fresh = await admin.post('/api/clients', { fullName: 'Новый Клиент', phone: fixturePhone() });
    expect(known.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(known.body).toMatchObject({ phoneEditable: true, hasApp: false, firstLoginAt: null });
    expect(shape(known.body)).toEqual(shape(fresh.body));
    const card = await admin.get(`/api/clients/${known.body.id}`);
    expect(shape(card.body)).toEqual(shape((await admin.get(`/api/clients/${fresh.body.id}`)).body));
  });

  it('a phone change on the card: allowed alike, and the card can still be changed again', async () => {
    const a = await admin.post('/api/clients', { fullName: 'Смена Телефона', phone: fixturePhone() });
    const b = await admin.post('/api/clients', { fullName: 'Смена Телефона', phone: fixturePhone() });
    const known = await admin.patch(`/api/clients/${a.body.id}`, { phone: await phoneKnownElsewhere() });
    const fresh = await admin.patch(`/api/clients/${b.body.id}`, { phone: fixturePhone() });
    expect(known.status).toBe(200);
    expect(shape(known.body)).toEqual(shape(fresh.body));
    expect((await admin.patch(`/api/clients/${a.body.id}`, { phone: fixturePhone() })).status).toBe(200);
  });

  it('the integration API (I-4): a phone known elsewhere is matched like a fresh one', async () => {
    const first = await integration([
      { externalId: 'O-1', fullName: 'Импорт Один', phone: fixturePhone() },
      { externalId: 'O-2', fullName: 'Импорт Два', phone: fixturePhone() },
    ]);
    expect(first.body.summary).toMatchObject({ created: 2 });
    const changed = await integration([
      { externalId: 'O-1', fullName: 'Импорт Один', phone: await phoneKnownElsewhere() },
      { externalId: 'O-2', fullName: 'Импорт Два', phone: fixturePhone() },
    ]);
    expect(changed.status).toBe(200);
    const [known, fresh] = changed.body.results;
    expect(known).toMatchObject({ status: 'updated' });
    expect(shape(known)).toEqual({ ...(shape(fresh) as object), index: 0 });
    const created = await integration([
      { externalId: 'O-3', fullName: 'Импорт Три', phone: await phoneKnownElsewhere() },
    ]);
    expect(created.body.results[0]).toMatchObject({ status: 'created' });
  });

  it('search, lists and links: another organisation’s client with the same phone is invisible', async () => {
    const phone = await phoneKnownElsewhere();
    const search = await admin.get(`/api/clients?search=${encodeURIComponent(phone)}`);
    expect(search.body).toMatchObject({ items: [], total: 0 });
    const premise = await makePremise(admin, (await makeObject(admin)).id);
    const created = await admin.post('/api/clients', { fullName: 'Свой Житель', phone });
    const linked = await admin.post(`/api/premises/${premise.id}/clients`, {
      clientId: created.body.id,
      role: 'owner',
    });
    expect(linked.status).toBe(201);
    const ours = await admin.get(`/api/clients?search=${encodeURIComponent(phone)}`);
    expect(ours.body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
    const theirs = await other.get(`/api/clients?search=${encodeURIComponent(phone)}`);
    expect(theirs.body.items).toHaveLength(1);
    expect(theirs.body.items[0].premises).toEqual([]);
  });
});

describe('no answer of the resident app depends on another organisation’s phones (T-3)', () => {
  let home: ResidentHome;

  beforeAll(async () => {
    home = await makeResidentHome(t, mine);
  });

  /** A phone whose person signed in to the other organisation's app and uploaded a photo there. */
  const appUserElsewhere = async () => (await makeResidentHome(t, theirs)).phone;

  const addPerson = (phone: string) =>
    home.resident.post('/people', {
      phone,
      fullName: 'Добавленный Житель',
      role: 'resident',
      premiseId: home.ids.premises,
    });

  it('a person added by phone: the same card, photo and people list as for a fresh phone', async () => {
    const known = await addPerson(await appUserElsewhere());
    const fresh = await addPerson(fixturePhone());
    expect(known.status, JSON.stringify(known.body)).toBe(201);
    expect(fresh.status).toBe(201);
    const drop = (body: Record<string, unknown>) => ({ ...(shape(body) as object), clientId: undefined });
    expect(drop(known.body)).toEqual(drop(fresh.body));
    const photo = (id: string) => home.resident.get(`/people/${id}/photo`);
    const [knownPhoto, freshPhoto] = [await photo(known.body.clientId), await photo(fresh.body.clientId)];
    expect(knownPhoto.status).toBe(freshPhoto.status);
    expect(knownPhoto.body?.code).toBe(freshPhoto.body?.code);
    const card = async (id: string) => drop((await home.resident.get(`/people/${id}`)).body);
    expect(await card(known.body.clientId)).toEqual(await card(fresh.body.clientId));
  });
});
