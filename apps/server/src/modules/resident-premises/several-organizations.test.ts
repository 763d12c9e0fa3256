// T-3 «единое приложение», APP-2: «Мои помещения» lists the premises of every organisation where
// the phone has a card, and the device switches to one of them without a new code — only there.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { RESIDENT_API, type Resident, residentFor, signInResident } from '../../../test/residents';
import { clients, leads, residentNotifications, residentSessions } from '../../db/schema';
import { hashToken } from '../../platform/tokens';
import { SWITCH_PER_ACCOUNT } from '../resident-auth/resident-auth.service';

type Org = { admin: Client; slug: string; id: string; key: string };

let t: TestApp;
let a: Org;
let b: Org;
let c: Org;
let phone: string;
let resident: Resident;
let homeA: string;
let parkingA: string;
let homeB: string;
let neighbourB: string;

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  const key = (await made.admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id, key };
}

async function client(o: Org, fullName: string, phoneNumber: string) {
  const made = await o.admin.post('/api/clients', { fullName, phone: phoneNumber });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id as string;
}

/** A premise with one account (and its sum due, when given) linked to the client. */
async function premiseOf(o: Org, clientId: string, amount?: string) {
  const entity = await makeLegalEntity(o.admin);
  const premise = await makePremise(o.admin, (await makeObject(o.admin)).id);
  const account = await makeAccount(o.admin, premise.id, entity.id);
  if (amount) {
    const sent = await send(t, {
      method: 'POST',
      url: '/api/integration/v1/balances',
      headers: { authorization: `Bearer ${o.key}` },
      payload: {
        items: [{ legalEntityId: entity.id, accountNumber: account.number, amount, period: '2026-11' }],
      },
    });
    expect(sent.body.summary?.error, JSON.stringify(sent.body)).toBe(0);
  }
  const link = await o.admin.post(`/api/premises/${premise.id}/clients`, { clientId, role: 'owner' });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  return premise.id as string;
}

const switchTo = (r: Resident, organization: string) => r.post('/auth/switch', { organization });

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Альфа');
  b = await org('УК Берег');
  c = await org('УК Чужая');
  phone = fixturePhone();
  const inA = await client(a, 'Иванов Иван Иванович', phone);
  homeA = await premiseOf(a, inA, '1234.50');
  parkingA = await premiseOf(a, inA);
  const inB = await client(b, 'Иванов Иван', phone);
  homeB = await premiseOf(b, inB, '99.90');
  // Another person on the same premise in B, and a premise of someone else in C.
  const neighbour = await client(b, 'Петров Пётр Петрович', fixturePhone());
  const link = await b.admin.post(`/api/premises/${homeB}/clients`, {
    clientId: neighbour,
    role: 'tenant',
    ownerClientId: inB,
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  neighbourB = neighbour;
  await premiseOf(c, await client(c, 'Сидоров Сидор', fixturePhone()), '500.00');
  const brand = await b.admin.request({
    method: 'PUT',
    url: '/api/settings/brand',
    payload: { name: 'Северный берег', color: '#00838f', products: ['requests', 'events'] },
  });
  expect(brand.status, JSON.stringify(brand.body)).toBe(200);
  resident = await signInResident(t, phone, a.slug);
  const accountId = resident.signIn.account.id as string;
  await t.db.insert(residentNotifications).values([
    { organizationId: b.id, accountId, type: 'requests', title: 'Новость', body: 'Текст', premiseId: homeB },
    {
      organizationId: b.id,
      accountId,
      type: 'requests',
      title: 'Новость 2',
      body: 'Текст',
      premiseId: homeB,
    },
  ]);
});
afterAll(() => t?.close());

describe('GET /me/premises', () => {
  it('lists the session’s organisation first, then the others with a card, each premise in its brand with its sum and unread count', async () => {
    const answer = await resident.get('/me/premises');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const [first, second, ...rest] = answer.body.organizations;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ id: a.id, slug: a.slug, current: true });
    expect(first.premises.map((p: { id: string }) => p.id)).toEqual([homeA, parkingA]);
    expect(first.premises[0]).toMatchObject({ due: '1234.50', unreadNotifications: 0, role: 'owner' });
    expect(first.premises[1].due).toBeNull();
    expect(second).toMatchObject({
      id: b.id,
      slug: b.slug,
      current: false,
      brand: { name: 'Северный берег', color: '#00838f', logoUrl: null },
      products: ['requests', 'events'],
    });
    expect(second.premises).toEqual([
      expect.objectContaining({
        id: homeB,
        due: '99.90',
        unreadNotifications: 2,
        brand: { name: 'Северный берег', color: '#00838f', logoUrl: null },
      }),
    ]);
  });

  it('counts them on the profile: «Мои помещения» of every organisation, not only the session’s', async () => {
    const me = (await resident.get('/me')).body;
    expect(me.premises.map((p: { id: string }) => p.id)).toEqual([homeA, parkingA]);
    // Two in A, one in B; the neighbour's link in B and C's premise are not the resident's.
    expect(me.premisesEverywhere).toBe(3);
  });

  it('shows nothing of the organisations without the account’s card, nor of the other people on a premise', async () => {
    const text = JSON.stringify((await resident.get('/me/premises')).body);
    expect(text).not.toContain(c.id);
    expect(text).not.toContain(c.slug);
    expect(text).not.toContain(neighbourB);
    expect(text).not.toContain('Петров');
    expect(text).not.toContain('500.00');
  });

  it('needs a device session: none, or a staff credential, is 401', async () => {
    const bare = await send(t, { method: 'GET', url: `${RESIDENT_API}/me/premises` });
    expect(bare.status).toBe(401);
    expect((await a.admin.get(`${RESIDENT_API}/me/premises`)).status).toBe(401);
  });
});

describe('GET /payments («Оплатить все» across organisations)', () => {
  it('sums the premises of every organisation with the account’s card, the session’s first, each with its organisation', async () => {
    const answer = await resident.get('/payments');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.total).toBe('1334.40');
    expect(answer.body.premises).toEqual([
      expect.objectContaining({
        premiseId: homeA,
        total: '1234.50',
        organization: { id: a.id, slug: a.slug, name: 'УК Альфа', current: true },
      }),
      expect.objectContaining({
        premiseId: homeB,
        total: '99.90',
        organization: { id: b.id, slug: b.slug, name: 'Северный берег', current: false },
        accounts: [expect.objectContaining({ amount: '99.90', paymentUrl: null })],
      }),
    ]);
    // From B's session: the same sums, B first.
    const inB = await signInResident(t, phone, b.slug);
    const fromB = (await inB.get('/payments')).body;
    expect(fromB.total).toBe('1334.40');
    expect(fromB.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([homeB, homeA]);
  });

  it('reads only the account’s own links: nothing of C, nor a neighbour’s premise in A', async () => {
    const neighbourPhone = fixturePhone();
    await premiseOf(a, await client(a, 'Соседов Сосед', neighbourPhone), '321.00');
    const text = JSON.stringify((await resident.get('/payments')).body);
    expect(text).not.toContain(c.id);
    expect(text).not.toContain('500.00');
    expect(text).not.toContain('321.00');
    const neighbour = await signInResident(t, neighbourPhone, a.slug);
    const theirs = (await neighbour.get('/payments')).body;
    expect(theirs.total).toBe('321.00');
    expect(theirs.premises.map((p: { organization: { id: string } }) => p.organization.id)).toEqual([a.id]);
  });
});

describe('POST /auth/switch', () => {
  it('opens a session of the same account and device in the other organisation, recorded as a sign-in', async () => {
    const switched = await switchTo(resident, b.slug);
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(switched.body).toMatchObject({
      account: { id: resident.signIn.account.id, phone },
      organization: { id: b.id, slug: b.slug },
      isClient: true,
    });
    const inB = residentFor(t, switched.body.token);
    const me = (await inB.get('/me')).body;
    expect(me.organization.id).toBe(b.id);
    expect(me.premises.map((p: { id: string }) => p.id)).toEqual([homeB]);
    const list = (await inB.get('/me/premises')).body.organizations;
    expect(list.map((o: { id: string; current: boolean }) => [o.id, o.current])).toEqual([
      [b.id, true],
      [a.id, false],
    ]);
    // The first session stays: the device keeps one session per organisation.
    expect((await resident.get('/me')).body.organization.id).toBe(a.id);
    const [row] = await t.db
      .select()
      .from(residentSessions)
      .where(eq(residentSessions.tokenHash, hashToken(switched.body.token)));
    expect(row).toMatchObject({
      organizationId: b.id,
      accountId: resident.signIn.account.id,
      deviceName: 'iPhone Тест',
      devicePlatform: 'ios',
      appVersion: '1.0.0',
      osPermission: true,
    });
    const [card] = await t.db
      .select()
      .from(clients)
      .where(and(eq(clients.organizationId, b.id), eq(clients.phone, phone)));
    expect(card?.lastVisitAt).not.toBeNull();
  });

  it('answers an organisation without the account’s card as one that does not exist, and makes no lead there', async () => {
    const foreign = await switchTo(resident, c.slug);
    const unknown = await switchTo(resident, 'no-such-organization');
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.body.code).toBe('ORGANIZATION_NOT_FOUND');
    expect({ ...foreign.body, instance: undefined }).toEqual({ ...unknown.body, instance: undefined });
    const made = await t.db
      .select({ n: count() })
      .from(leads)
      .where(and(eq(leads.organizationId, c.id), eq(leads.phone, phone)));
    expect(made[0]?.n).toBe(0);
    const sessions = await t.db
      .select({ n: count() })
      .from(residentSessions)
      .where(eq(residentSessions.organizationId, c.id));
    expect(sessions[0]?.n).toBe(0);
  });

  it('a lead without a card (signed in by code, never made a client) cannot switch into its organisation', async () => {
    const stranger = fixturePhone();
    await client(a, 'Лидов Лид', stranger);
    const signedIn = await signInResident(t, stranger, a.slug);
    await signInResident(t, stranger, c.slug); // a lead of C: a session there, no card
    expect((await switchTo(signedIn, c.slug)).status).toBe(404);
  });

  it('needs a device session and is rate-limited per account', async () => {
    const bare = await send(t, {
      method: 'POST',
      url: `${RESIDENT_API}/auth/switch`,
      payload: { organization: b.slug },
    });
    expect(bare.status).toBe(401);
    const other = fixturePhone();
    await premiseOf(a, await client(a, 'Частый Переключатель', other));
    await premiseOf(b, await client(b, 'Частый Переключатель', other));
    const busy = await signInResident(t, other, a.slug);
    for (let i = 0; i < SWITCH_PER_ACCOUNT.limit; i++) {
      expect((await switchTo(busy, b.slug)).status).toBe(200);
    }
    const refused = await switchTo(busy, b.slug);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
