// Issue 14: the device's push subscription over the resident API — its own session only, checked
// as the push will use it — and the VAPID key the app subscribes with.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone } from '../../../test/fixtures';
import { makeOrganization, send } from '../../../test/helpers';
import { RESIDENT_API, type Resident, signInResident } from '../../../test/residents';
import { pushSubscriptions, residentSessions, serverSecrets } from '../../db/schema';

let t: TestApp;
let slug: string;
let resident: Resident;
let neighbour: Resident;

const PATH = '/devices/current/push-subscription';
const keys = {
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};
const endpoint = 'https://fcm.googleapis.com/fcm/send/dJ0mWm3xQWc:APA91bF-example';

const remove = (who: Resident) => who.request({ method: 'DELETE', url: `${RESIDENT_API}${PATH}` });
const stored = (sessionId: string) =>
  t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.sessionId, sessionId));

/** The session a token opened (the app never sees its id; the test reads it from the database). */
async function sessionIdOf(who: Resident): Promise<string> {
  const [row] = await t.db
    .select({ id: residentSessions.id })
    .from(residentSessions)
    .where(eq(residentSessions.tokenHash, createHash('sha256').update(who.token).digest('hex')));
  if (!row) throw new Error('no session');
  return row.id;
}

beforeAll(async () => {
  t = await buildTestApp();
  slug = (await makeOrganization(t)).organization.slug;
  resident = await signInResident(t, fixturePhone(), slug);
  neighbour = await signInResident(t, fixturePhone(), slug);
});
afterAll(() => t?.close());

describe('push subscription of the device (issue 14)', () => {
  it('gives the VAPID public key made once and kept in the database', async () => {
    const first = await resident.get('/push-config');
    expect(first.status).toBe(200);
    expect(Buffer.from(first.body.vapidPublicKey, 'base64url')).toHaveLength(65);
    expect((await neighbour.get('/push-config')).body).toEqual(first.body);
    const rows = await t.db.select().from(serverSecrets);
    expect(rows.find((r) => r.name === 'vapid_public')?.value).toBe(first.body.vapidPublicKey);
    expect(Buffer.from(rows.find((r) => r.name === 'vapid_private')?.value ?? '', 'base64url')).toHaveLength(
      32,
    );
    expect((await send(t, { method: 'GET', url: `${RESIDENT_API}/push-config` })).body.code).toBe(
      'RESIDENT_SESSION_REQUIRED',
    );
  });

  it('keeps one subscription per session: a new one replaces it, DELETE removes only this device’s', async () => {
    const saved = await resident.put(PATH, { endpoint, keys, expirationTime: null });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ kind: 'webpush', updatedAt: expect.any(String) });
    await neighbour.put(PATH, { endpoint: `${endpoint}-2`, keys });
    const renewed = await resident.put(PATH, { endpoint: `${endpoint}-3`, keys });
    expect(renewed.status).toBe(200);
    const mine = await stored(await sessionIdOf(resident));
    expect(mine.map((r) => [r.kind, r.endpoint, r.p256dh, r.auth])).toEqual([
      ['webpush', `${endpoint}-3`, keys.p256dh, keys.auth],
    ]);

    expect((await remove(neighbour)).status).toBe(204);
    expect(await stored(await sessionIdOf(resident))).toHaveLength(1);
    expect(await stored(await sessionIdOf(neighbour))).toHaveLength(0);
    expect((await remove(neighbour)).status).toBe(204); // nothing left: still fine
  });

  it('signing out drops the device’s subscription', async () => {
    const device = await signInResident(t, fixturePhone(), slug);
    await device.put(PATH, { endpoint, keys });
    const session = await sessionIdOf(device);
    expect((await device.post('/auth/logout')).status).toBe(204);
    expect(await stored(session)).toEqual([]);
  });

  it.each([
    ['no endpoint nor token', {}, 'endpoint'],
    [
      'a push service the server does not post to',
      { endpoint: 'https://intranet.example/push', keys },
      'endpoint',
    ],
    ['plain HTTP', { endpoint: endpoint.replace('https:', 'http:'), keys }, 'endpoint'],
    [
      'an address with credentials',
      { endpoint: endpoint.replace('https://', 'https://u:p@'), keys },
      'endpoint',
    ],
    ['no keys', { endpoint }, 'keys'],
    ['a p256dh that is no P-256 point', { endpoint, keys: { ...keys, p256dh: 'AAAA' } }, 'keys.p256dh'],
    ['an auth secret of the wrong size', { endpoint, keys: { ...keys, auth: 'AAAA' } }, 'keys.auth'],
    ['both a subscription and an FCM token', { endpoint, keys, fcmToken: 'x' }, 'fcmToken'],
    ['an FCM token on a server without FCM', { fcmToken: 'token' }, 'fcmToken'],
  ])('refuses %s (400, at the field)', async (_, body, field) => {
    const refused = await resident.put(PATH, body);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field, code: 'PUSH_SUBSCRIPTION_INVALID', message: expect.stringMatching(/[А-я]/) }],
    });
  });

  it('uses the VAPID keys the operator gave instead of making a pair', async () => {
    const given = webpush.generateVAPIDKeys();
    const other = await buildTestApp({
      VAPID_PUBLIC_KEY: given.publicKey,
      VAPID_PRIVATE_KEY: given.privateKey,
    });
    try {
      const device = await signInResident(
        other,
        fixturePhone(),
        (await makeOrganization(other)).organization.slug,
      );
      expect((await device.get('/push-config')).body).toEqual({ vapidPublicKey: given.publicKey });
      const rows = await other.db.select().from(serverSecrets);
      expect(rows.filter((r) => r.name.startsWith('vapid'))).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
