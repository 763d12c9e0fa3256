import { DEFAULT_BRAND_COLOR } from '@domovoy/contract';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { RESIDENT_API, type Resident, signInResident } from '../../../test/residents';
import { clients, leads, residentNotificationChanges, residentSessions } from '../../db/schema';
import { hashToken } from '../../platform/tokens';

type Org = { admin: Client; slug: string; id: string; name: string };

let t: TestApp;
let a: Org;
let b: Org;

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id, name };
}

/** A client card with the phone, linked to a new premise with the role. */
async function clientWithPremise(o: Org, phone: string, fullName: string, role = 'owner') {
  const client = await o.admin.post('/api/clients', { fullName, phone, email: 'ivanov@example.ru' });
  expect(client.status, JSON.stringify(client.body)).toBe(201);
  const premise = await makePremise(o.admin, (await makeObject(o.admin, { name: `ЖК ${o.name}` })).id);
  const link = await o.admin.post(`/api/premises/${premise.id}/clients`, { clientId: client.body.id, role });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  return { clientId: client.body.id as string, premiseId: premise.id as string };
}

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Альфа');
  b = await org('УК Бета');
});
afterAll(() => t?.close());

describe('GET /me', () => {
  it('one account in two organisations: cards stamped everywhere, data only of the session’s one', async () => {
    const phone = fixturePhone();
    const inA = await clientWithPremise(a, phone, 'Иванов Иван Иванович');
    const inB = await clientWithPremise(b, phone, 'Иванов Иван');
    const resident = await signInResident(t, phone, a.slug);
    expect(resident.signIn.isClient).toBe(true);

    const me = await resident.get('/me');
    expect(me.status).toBe(200);
    expect(me.body.account).toEqual({ id: resident.signIn.account.id, phone, hasPassword: false });
    // Issue 12: without a brand set, the organisation's name and the default colour; requests only.
    const unbranded = (o: Org) => ({ name: o.name, color: DEFAULT_BRAND_COLOR, logoUrl: null });
    expect(me.body.organization).toEqual({
      id: a.id,
      slug: a.slug,
      name: a.name,
      brand: unbranded(a),
      products: ['requests'],
    });
    expect(me.body.organizations.map((o: { id: string }) => o.id).sort()).toEqual([a.id, b.id].sort());
    expect(me.body.client).toEqual({
      id: inA.clientId,
      type: 'individual',
      fullName: 'Иванов Иван Иванович',
      birthDate: null,
      email: 'ivanov@example.ru',
    });
    expect(me.body.premises).toEqual([
      expect.objectContaining({ id: inA.premiseId, role: 'owner', type: 'flat', objectName: 'ЖК УК Альфа' }),
    ]);
    expect(me.body.premises[0].address).toContain('ул. Ленина, д. 10');
    expect(JSON.stringify(me.body)).not.toContain(inB.premiseId);
    expect(JSON.stringify(me.body)).not.toContain(inB.clientId);

    const cards = await t.db.select().from(clients).where(eq(clients.phone, phone));
    const cardOf = (id: string) => cards.find((c) => c.organizationId === id);
    expect(cardOf(a.id)?.firstLoginAt).not.toBeNull();
    expect(cardOf(b.id)?.firstLoginAt).not.toBeNull();
    expect(cardOf(a.id)?.lastVisitAt).not.toBeNull();
    expect(cardOf(b.id)?.lastVisitAt).toBeNull();

    const inBSession = await signInResident(t, phone, b.slug);
    const meB = (await inBSession.get('/me')).body;
    expect(meB.client.id).toBe(inB.clientId);
    expect(meB.premises).toEqual([expect.objectContaining({ id: inB.premiseId, role: 'owner' })]);
  });

  it('a phone without a card becomes one lead of the organisation, however often it signs in', async () => {
    const phone = fixturePhone();
    const first = await signInResident(t, phone, a.slug);
    expect(first.signIn.isClient).toBe(false);
    await first.put('/auth/password', { newPassword: 'lead-password' });
    const logins = await Promise.all(
      [1, 2, 3].map(() =>
        send(t, {
          method: 'POST',
          url: `${RESIDENT_API}/auth/login`,
          payload: { phone, organization: a.slug, password: 'lead-password' },
        }),
      ),
    );
    expect(logins.map((r) => r.status)).toEqual([200, 200, 200]);
    await signInResident(t, phone, a.slug);
    const rows = await t.db
      .select({ n: count() })
      .from(leads)
      .where(and(eq(leads.organizationId, a.id), eq(leads.phone, phone)));
    expect(rows[0]?.n).toBe(1);
    const listed = await a.admin.get(`/api/leads?search=${phone.slice(-7)}`);
    expect(listed.body.items).toEqual([expect.objectContaining({ source: 'app' })]);
    expect((await b.admin.get(`/api/leads?search=${phone.slice(-7)}`)).body.items).toEqual([]);

    const me = (await first.get('/me')).body;
    expect(me).toMatchObject({ client: null, premises: [], requests: [], organizations: [] });
  });

  it('a resident of one organisation sees nothing of another’s', async () => {
    const phone = fixturePhone();
    const inB = await clientWithPremise(b, phone, 'Петрова Анна');
    const inBSession = await signInResident(t, phone, b.slug);
    await inBSession.post('/registration-requests', { addressText: 'ул. Бетонная, 1', role: 'owner' });
    const inA = await signInResident(t, phone, a.slug);
    const me = (await inA.get('/me')).body;
    expect(me.organization.id).toBe(a.id);
    expect(me.organizations).toEqual([expect.objectContaining({ id: b.id, slug: b.slug, name: b.name })]);
    expect(me).toMatchObject({ client: null, premises: [], requests: [] });
    expect(JSON.stringify(me)).not.toContain(inB.clientId);
    // The staff of A see nothing of B either: no card, only their own lead.
    expect((await a.admin.get(`/api/clients?search=${phone.slice(-7)}`)).body.items).toEqual([]);
  });
});

describe('requests to add a premise (AUTH-2)', () => {
  it('pending, rejected with the reason, then approved with the premise, as the resident sees them', async () => {
    const phone = fixturePhone();
    const resident = await signInResident(t, phone, a.slug);
    const noName = await resident.post('/registration-requests', {
      addressText: 'ул. Ленина, 10',
      role: 'owner',
    });
    expect(noName.status).toBe(400);
    expect(noName.body.errors).toEqual([expect.objectContaining({ field: 'fullName', code: 'REQUIRED' })]);

    const body = {
      addressText: 'ул. Ленина, 10',
      premiseText: 'кв. 5',
      role: 'owner',
      comment: 'Купил в мае',
      fullName: 'Сидоров Семён',
    };
    const sent = await resident.post('/registration-requests', body);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      kind: 'registration',
      status: 'new',
      addressText: 'ул. Ленина, 10',
      premiseText: 'кв. 5',
    });
    const twin = await resident.post('/registration-requests', { ...body, addressText: ' УЛ. Ленина,  10 ' });
    expect(twin.status).toBe(409);
    expect(twin.body.code).toBe('REQUEST_PENDING_EXISTS');

    const crm = await a.admin.get(`/api/registration-requests/${sent.body.id}`);
    expect(crm.body).toMatchObject({
      status: 'new',
      fullName: 'Сидоров Семён',
      addressText: 'ул. Ленина, 10',
    });
    expect((await b.admin.get(`/api/registration-requests/${sent.body.id}`)).status).toBe(404);

    const rejected = await a.admin.post(`/api/registration-requests/${sent.body.id}/reject`, {
      reason: 'Нет такой квартиры',
    });
    expect(rejected.status).toBe(200);
    let me = (await resident.get('/me')).body;
    expect(me.requests).toEqual([
      expect.objectContaining({ id: sent.body.id, status: 'rejected', rejectReason: 'Нет такой квартиры' }),
    ]);

    const again = await resident.post('/registration-requests', { ...body, premiseText: 'кв. 6' });
    expect(again.status).toBe(201);
    const premise = await makePremise(a.admin, (await makeObject(a.admin)).id);
    const approved = await a.admin.post(`/api/registration-requests/${again.body.id}/approve`, {
      premiseId: premise.id,
    });
    expect(approved.status).toBe(200);
    me = (await resident.get('/me')).body;
    expect(me.requests[0]).toMatchObject({
      id: again.body.id,
      status: 'approved',
      decidedAt: expect.any(String),
    });
    expect(me.premises).toEqual([expect.objectContaining({ id: premise.id, role: 'owner' })]);
    expect(me.client).toMatchObject({ fullName: 'Сидоров Семён' });

    // With a premise, the next request adds one, under the card's name.
    const more = await resident.post('/registration-requests', {
      addressText: 'ул. Мира, 3',
      role: 'tenant',
    });
    expect(more.body).toMatchObject({ kind: 'add_premise', requestedRole: 'tenant' });
    expect((await a.admin.get(`/api/registration-requests/${more.body.id}`)).body.fullName).toBe(
      'Сидоров Семён',
    );
  });
});

describe('notification settings of the device (S-3)', () => {
  let resident: Resident;
  const changes = async () => {
    const [session] = await t.db
      .select()
      .from(residentSessions)
      .where(eq(residentSessions.tokenHash, hashToken(resident.token)));
    const rows = await t.db
      .select()
      .from(residentNotificationChanges)
      .where(eq(residentNotificationChanges.sessionId, session?.id ?? ''));
    return { session, rows };
  };

  beforeAll(async () => {
    resident = await signInResident(t, fixturePhone(), a.slug);
  });

  it('keeps each change, and only changes', async () => {
    const report = { osPermission: true, types: { requests: true, news: false } };
    const first = await resident.put('/devices/current/notifications', report);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ...report, changedAt: expect.any(String) });
    expect((await changes()).rows).toHaveLength(1);

    expect((await resident.put('/devices/current/notifications', report)).status).toBe(200);
    expect((await changes()).rows).toHaveLength(1);

    const osOnly = await resident.put('/devices/current/notifications', { ...report, osPermission: false });
    expect(osOnly.body.changedAt).toBe(first.body.changedAt);
    const after = await changes();
    expect(after.rows).toHaveLength(2);
    expect(after.session).toMatchObject({ osPermission: false, notificationTypes: report.types });
  });

  it('refuses an unknown type and writes nothing', async () => {
    const before = await changes();
    const refused = await resident.put('/devices/current/notifications', {
      osPermission: true,
      types: { requests: true, lottery: true },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'types.lottery' })]);
    expect(await changes()).toEqual(before);
  });
});
