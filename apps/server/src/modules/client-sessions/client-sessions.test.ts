// S-1..S-3: the client card's «Информирование» — the devices a resident is signed in on in this
// organisation's app, their notification settings, and staff ending a session (S-2, R-4); R-2
// permissions, R-3 (nothing of a session is masked, its IP never shown), T-1 and T-3 isolation.
// Sessions are inserted as the resident sign-in stores them. Also the CRM menu's counters.
import { NOTIFICATION_TYPE_CODES, NOTIFICATION_TYPES, PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeLead, makeRegistrationRequest } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { makeResidentSession } from '../../../test/resident-sessions';
import { signInResident } from '../../../test/residents';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';

let t: TestApp;
let admin: Client;
let slug: string;

beforeAll(async () => {
  t = await buildTestApp();
  const made = await makeOrganization(t);
  admin = made.admin;
  slug = made.organization.slug;
});
afterAll(() => t.close());

/** A card with a phone, so with the resident account behind it (T-3). */
async function cardWithAccount(staff: Client = admin, phone = fixturePhone()) {
  const card = (await staff.post('/api/clients', { fullName: 'Сеансова Анна Игоревна', phone })).body;
  const account = await residentAccounts.findByPhone(t.db, phone);
  if (!account) throw new Error('no account behind the card');
  return { id: card.id as string, accountId: account.id, phone };
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const sessionsOf = (staff: Client, clientId: string) => staff.get(`/api/clients/${clientId}/sessions`);

describe('S-1, S-3: the card’s sessions', () => {
  it('lists every device, most recently active first, with its notification settings by the catalogue', async () => {
    const card = await cardWithAccount();
    const phone = await makeResidentSession(t, admin.organizationId, card.accountId, {
      deviceName: 'Samsung Galaxy A54',
      devicePlatform: 'android',
      appVersion: '4.7.1',
      osPermission: true,
      notificationTypes: { requests: true, news: false, retired: true },
      notificationsChangedAt: new Date('2025-03-01T09:30:00Z'),
      createdAt: minutesAgo(600),
      lastSeenAt: minutesAgo(5),
      ip: '203.0.113.7',
    });
    const tablet = await makeResidentSession(t, admin.organizationId, card.accountId, {
      lastSeenAt: minutesAgo(60),
      osPermission: false,
    });
    const response = await sessionsOf(admin, card.id);
    expect(response.status).toBe(200);
    expect(response.body.map((s: { id: string }) => s.id)).toEqual([phone.id, tablet.id]);
    const [first] = response.body;
    expect(first).toMatchObject({
      deviceName: 'Samsung Galaxy A54',
      devicePlatform: 'android',
      appVersion: '4.7.1',
      osPermission: true,
      notificationsChangedAt: '2025-03-01T09:30:00.000Z',
      createdAt: phone.createdAt.toISOString(),
      lastSeenAt: phone.lastSeenAt.toISOString(),
    });
    // Every type of the catalogue in its order; one the device never reported is null, one the
    // catalogue does not know is left out.
    expect(first.notificationTypes).toEqual(
      NOTIFICATION_TYPE_CODES.map((code) => ({
        code,
        name: NOTIFICATION_TYPES[code],
        enabled: code === 'requests' ? true : code === 'news' ? false : null,
      })),
    );
    // The IP address stays on the server.
    expect(JSON.stringify(response.body)).not.toContain('203.0.113.7');
    expect(Object.keys(first)).not.toContain('ip');
  });

  it('shows a session from before devices were recorded with no device data («Неизвестное устройство»)', async () => {
    const card = await cardWithAccount();
    await makeResidentSession(t, admin.organizationId, card.accountId, {
      deviceName: null,
      devicePlatform: null,
      appVersion: null,
    });
    const [session] = (await sessionsOf(admin, card.id)).body;
    expect(session).toMatchObject({
      deviceName: null,
      devicePlatform: null,
      appVersion: null,
      osPermission: null,
      notificationsChangedAt: null,
    });
    expect(session.notificationTypes.every((n: { enabled: unknown }) => n.enabled === null)).toBe(true);
  });

  it('is empty for a card without sessions and for a card without a phone (no account)', async () => {
    const card = await cardWithAccount();
    expect((await sessionsOf(admin, card.id)).body).toEqual([]);
    const legal = (await admin.post('/api/clients', { fullName: 'ООО «Без телефона»', type: 'legal' })).body;
    expect((await sessionsOf(admin, legal.id)).body).toEqual([]);
  });

  it('T-3: never shows the same account’s sessions in another organisation, nor theirs here', async () => {
    const phone = fixturePhone();
    const ours = await cardWithAccount(admin, phone);
    const other = await makeOrganization(t);
    const theirs = await cardWithAccount(other.admin, phone);
    expect(theirs.accountId).toBe(ours.accountId);
    const ourSession = await makeResidentSession(t, admin.organizationId, ours.accountId);
    const theirSession = await makeResidentSession(t, other.admin.organizationId, ours.accountId);
    expect((await sessionsOf(admin, ours.id)).body.map((s: { id: string }) => s.id)).toEqual([ourSession.id]);
    expect((await sessionsOf(other.admin, theirs.id)).body.map((s: { id: string }) => s.id)).toEqual([
      theirSession.id,
    ]);
  });

  it('T-1: another organisation’s card is 404, to read and to deactivate, and its session stays', async () => {
    const card = await cardWithAccount();
    const session = await makeResidentSession(t, admin.organizationId, card.accountId);
    const other = await makeOrganization(t);
    const read = await sessionsOf(other.admin, card.id);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('NOT_FOUND');
    expect((await other.admin.delete(`/api/clients/${card.id}/sessions/${session.id}`)).status).toBe(404);
    // Their own card naming our session: still not theirs.
    const theirs = await cardWithAccount(other.admin, card.phone);
    expect((await other.admin.delete(`/api/clients/${theirs.id}/sessions/${session.id}`)).status).toBe(404);
    expect((await sessionsOf(admin, card.id)).body).toHaveLength(1);
  });
});

describe('S-2: deactivating a session', () => {
  it('ends it at once, only it, and the card’s history names who did it and the device', async () => {
    const card = await cardWithAccount();
    const ended = await makeResidentSession(t, admin.organizationId, card.accountId, {
      deviceName: 'iPhone 13 mini',
      devicePlatform: 'ios',
    });
    const kept = await makeResidentSession(t, admin.organizationId, card.accountId);
    const response = await admin.delete(`/api/clients/${card.id}/sessions/${ended.id}`);
    expect(response.status).toBe(204);
    expect((await sessionsOf(admin, card.id)).body.map((s: { id: string }) => s.id)).toEqual([kept.id]);
    const [entry] = (await admin.get(`/api/clients/${card.id}/history`)).body;
    expect(entry).toMatchObject({
      entityType: 'resident_session',
      entityId: ended.id,
      action: 'delete',
      summary: 'Деактивирована сессия в приложении: iPhone 13 mini, ios',
      actor: { name: 'Администратор Тестовый' },
      changes: [{ field: 'device', old: 'iPhone 13 mini, ios', new: null }],
    });
    // Once gone, it is gone.
    expect((await admin.delete(`/api/clients/${card.id}/sessions/${ended.id}`)).status).toBe(404);
  });

  it('a device signed in through the app sees it: its next call is 401', async () => {
    const card = await cardWithAccount();
    const device = await signInResident(t, card.phone, slug, {
      name: 'Pixel 8',
      platform: 'android',
      appVersion: '4.8.2',
      pushPermission: true,
    });
    expect((await device.get('/me')).status).toBe(200);
    const [session] = (await sessionsOf(admin, card.id)).body;
    expect(session).toMatchObject({ deviceName: 'Pixel 8', devicePlatform: 'android', appVersion: '4.8.2' });
    expect((await admin.delete(`/api/clients/${card.id}/sessions/${session.id}`)).status).toBe(204);
    const refused = await device.get('/me');
    expect(refused.status).toBe(401);
    expect((await sessionsOf(admin, card.id)).body).toEqual([]);
  });

  it('names an unknown device so in the history', async () => {
    const card = await cardWithAccount();
    const session = await makeResidentSession(t, admin.organizationId, card.accountId, {
      deviceName: null,
      devicePlatform: null,
    });
    await admin.delete(`/api/clients/${card.id}/sessions/${session.id}`);
    const [entry] = (await admin.get(`/api/clients/${card.id}/history`)).body;
    expect(entry.summary).toBe('Деактивирована сессия в приложении: Неизвестное устройство');
  });

  it('refuses a session of another card of the organisation (404) and leaves it', async () => {
    const card = await cardWithAccount();
    const neighbour = await cardWithAccount();
    const session = await makeResidentSession(t, admin.organizationId, neighbour.accountId);
    expect((await admin.delete(`/api/clients/${card.id}/sessions/${session.id}`)).status).toBe(404);
    expect((await sessionsOf(admin, neighbour.id)).body).toHaveLength(1);
  });
});

describe('R-2, R-3: who sees and who deactivates', () => {
  it('reads with «доступ к разделу», unmasked without the PII permissions; deactivates only with «Редактирование»', async () => {
    const card = await cardWithAccount();
    const session = await makeResidentSession(t, admin.organizationId, card.accountId);
    const viewer = await makeStaff(t, admin, ['clients.view']);
    const listed = await sessionsOf(viewer, card.id);
    expect(listed.status).toBe(200);
    expect(listed.body[0]).toMatchObject({ id: session.id, deviceName: 'iPhone 15', appVersion: '4.8.2' });
    expect(JSON.stringify(listed.body)).not.toContain(PII_MASK);
    // The card itself is masked for this role, as always.
    expect((await viewer.get(`/api/clients/${card.id}`)).body.phone).toBe(PII_MASK);

    const refused = await viewer.delete(`/api/clients/${card.id}/sessions/${session.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const editorWithoutView = await makeStaff(t, admin, ['clients.edit']);
    expect((await sessionsOf(editorWithoutView, card.id)).status).toBe(403);
    expect((await editorWithoutView.delete(`/api/clients/${card.id}/sessions/${session.id}`)).status).toBe(
      403,
    );
    expect((await sessionsOf(admin, card.id)).body).toHaveLength(1);

    const editor = await makeStaff(t, admin, ['clients.view', 'clients.edit']);
    expect((await editor.delete(`/api/clients/${card.id}/sessions/${session.id}`)).status).toBe(204);
    expect((await sessionsOf(admin, card.id)).body).toEqual([]);
  });
});

describe('the CRM menu’s counters', () => {
  it('counts new requests and leads not yet made clients, of this organisation only', async () => {
    const { admin: own } = await makeOrganization(t);
    const org = own.organizationId;
    expect((await own.get('/api/registration-requests/counters')).body).toEqual({
      newRequests: 0,
      newLeads: 0,
    });
    await makeRegistrationRequest(t, org);
    const decided = await makeRegistrationRequest(t, org);
    await makeLead(t, org);
    await makeRegistrationRequest(t, admin.organizationId);
    expect((await own.get('/api/registration-requests/counters')).body).toEqual({
      newRequests: 2,
      newLeads: 1,
    });
    await own.post(`/api/registration-requests/${decided.id}/reject`, { reason: 'Не наш дом' });
    expect((await own.get('/api/registration-requests/counters')).body).toEqual({
      newRequests: 1,
      newLeads: 1,
    });
    const viewer = await makeStaff(t, own, ['clients.view']);
    expect((await viewer.get('/api/registration-requests/counters')).status).toBe(200);
    expect((await (await makeStaff(t, own, [])).get('/api/registration-requests/counters')).status).toBe(403);
  });
});
