// Issue 14: in-app notifications pushed through the whole path — a request's status changed in the
// CRM → notifyResident → the push job → Web Push (a local push service that checks VAPID and
// decrypts) and FCM (a local FCM) — only to the devices that allow the type with the OS permission.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { makeResidentSession } from '../../../test/resident-sessions';
import { type Resident, residentFor, signInResident } from '../../../test/residents';
import { jobs, pushDeliveries, pushSubscriptions } from '../../db/schema';
import { notifyResident, notifyResidents } from '../resident-notifications/notify-resident';
import { fakeFcm } from './fake-fcm';
import { type FakeWebPush, fakeWebPush } from './fake-web-push';
import { pushReach } from './push-reach';
import { PUSH_SEND_JOB } from './queue-push';

let t: TestApp;
let service: FakeWebPush;
let fcm: Awaited<ReturnType<typeof fakeFcm>>;
let admin: Client;
let orgId: string;
let slug: string;
let premiseId: string;
let phone: string;
let vapidKey: string;
let first: Resident | undefined;

type Device = { resident: Resident; subscription?: ReturnType<FakeWebPush['subscribe']> };

beforeAll(async () => {
  service = await fakeWebPush();
  fcm = await fakeFcm();
  t = await buildTestApp({
    WEB_PUSH_HOSTS: 'http://127.0.0.1',
    FCM_SERVICE_ACCOUNT: fcm.serviceAccountFile,
    FCM_API_URL: fcm.origin,
    JOB_RETRY_BASE_MS: '1',
  });
  const made = await makeOrganization(t, 'УК «Пуш»');
  admin = made.admin;
  orgId = made.organization.id;
  slug = made.organization.slug;
  premiseId = (await makePremise(admin, (await makeObject(admin)).id)).id;
  phone = fixturePhone();
  const client = await admin.post('/api/clients', { fullName: 'Пушкина Анна', phone });
  await admin.post(`/api/premises/${premiseId}/clients`, { clientId: client.body.id, role: 'owner' });
});
afterAll(async () => {
  await t?.close();
  await service?.close();
  await fcm?.close();
});
beforeEach(() => service.reset());

/** A device of the resident: signed in, its notification settings reported, subscribed (or not). */
async function device(
  settings: { osPermission: boolean; types: Record<string, boolean> },
  subscribe: 'webpush' | 'fcm' | 'none' = 'webpush',
): Promise<Device> {
  // The first device signs in by SMS; the others are sessions of the same account (a code per
  // device would hit the codes' hourly limit).
  first ??= await signInResident(t, phone, slug);
  const accountId = first.signIn.account.id as string;
  const session = await makeResidentSession(t, orgId, accountId, { osPermission: null });
  const resident = residentFor(t, session.token, { session: { id: session.id }, account: { id: accountId } });
  expect((await resident.put('/devices/current/notifications', settings)).status).toBe(200);
  vapidKey ??= (await resident.get('/push-config')).body.vapidPublicKey;
  if (subscribe === 'none') return { resident };
  if (subscribe === 'fcm') {
    const saved = await resident.put('/devices/current/push-subscription', {
      fcmToken: `fcm-${resident.token}`,
    });
    expect(saved.status).toBe(200);
    return { resident };
  }
  const subscription = service.subscribe(vapidKey);
  const saved = await resident.put('/devices/current/push-subscription', {
    ...subscription,
    expirationTime: null,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return { resident, subscription };
}

/** Staff move a request of the resident to «В работе»: the resident is notified (type «requests»). */
async function requestStatusChanged(resident: Resident) {
  const typeId = (await resident.get('/orders/types')).body[0].id;
  const created = await resident.post('/orders', { premiseId, typeId, description: 'Не работает домофон' });
  expect(created.status).toBe(201);
  await t.app.jobs.wake();
  service.reset();
  fcm.messages.length = 0;
  const changed = await admin.post(`/api/service-requests/${created.body.id}/status`, {
    status: 'in_progress',
  });
  expect(changed.status).toBe(200);
  await t.app.jobs.wake();
  const [notification] = (await resident.get('/notifications?pageSize=1')).body.items;
  return { requestId: created.body.id as string, notificationId: notification.id as string };
}

const deliveries = (notificationId: string) =>
  t.db
    .select({ sessionId: pushDeliveries.sessionId, status: pushDeliveries.status })
    .from(pushDeliveries)
    .where(and(eq(pushDeliveries.organizationId, orgId), eq(pushDeliveries.notificationId, notificationId)));

const sessionOf = (d: Device) => d.resident.signIn.session.id as string;

describe('push of in-app notifications (issue 14)', () => {
  let allowed: Device;
  let noPermission: Device;
  let typeOff: Device;
  let notReported: Device;
  let unsubscribed: Device;

  it('a request’s status change reaches the devices that allow «requests» with the OS permission, and no other', async () => {
    allowed = await device({ osPermission: true, types: { requests: true, news: false } });
    noPermission = await device({ osPermission: false, types: { requests: true } });
    typeOff = await device({ osPermission: true, types: { requests: false, news: true } });
    // A type the device never reported counts as on (push-reach.ts).
    notReported = await device({ osPermission: true, types: { news: true } });
    unsubscribed = await device({ osPermission: true, types: { requests: true } }, 'none');
    const native = await device({ osPermission: true, types: { requests: true } }, 'fcm');

    const { requestId, notificationId } = await requestStatusChanged(allowed.resident);
    const expected = {
      id: notificationId,
      brand: 'УК «Пуш»',
      title: expect.stringMatching(/^Заявка № \d+: /),
      body: expect.any(String),
      url: `/app/${slug}/orders/${requestId}`,
      icon: '/app/icons/icon-192.png',
    };
    expect(service.refused).toEqual([]);
    for (const d of [allowed, notReported])
      expect(service.payloadsOf(d.subscription?.id ?? '')).toEqual([expected]);
    for (const d of [noPermission, typeOff]) expect(service.payloadsOf(d.subscription?.id ?? '')).toEqual([]);
    expect(service.received).toHaveLength(2);
    expect(fcm.messages).toEqual([
      expect.objectContaining({
        token: `fcm-${native.resident.token}`,
        data: { id: notificationId, title: expected.title, body: expect.any(String), url: expected.url },
      }),
    ]);
    expect(await deliveries(notificationId)).toEqual(
      expect.arrayContaining(
        [allowed, notReported, native].map((d) => ({ sessionId: sessionOf(d), status: 'sent' })),
      ),
    );
    expect(await deliveries(notificationId)).toHaveLength(3);
    expect(await deliveries(notificationId)).not.toContainEqual(
      expect.objectContaining({ sessionId: sessionOf(unsubscribed) }),
    );
    // The VAPID key the devices subscribed with is the one kept in the database.
    expect(service.received[0]?.claims.aud).toBe(service.origin);
  });

  it('pushReach tells the mailings who a push reaches, and why not', async () => {
    const stranger = await signInResident(t, fixturePhone(), slug);
    const strangerAccount = stranger.signIn.account.id as string;
    const account = allowed.resident.signIn.account.id as string;
    const nobody = '00000000-0000-4000-8000-000000000000';
    const reach = await pushReach(t.db, orgId, [account, strangerAccount, nobody], 'requests');
    expect(Object.fromEntries(reach)).toEqual({
      [account]: 'ok',
      [strangerAccount]: 'pushOff',
      [nobody]: 'noApp',
    });
    await stranger.put('/devices/current/notifications', { osPermission: true, types: { mailings: false } });
    await stranger.put('/devices/current/push-subscription', service.subscribe(vapidKey));
    const mailings = await pushReach(t.db, orgId, [strangerAccount], 'mailings');
    expect(mailings.get(strangerAccount)).toBe('typeOff');
    expect((await pushReach(t.db, orgId, [strangerAccount], 'requests')).get(strangerAccount)).toBe('ok');
  });

  it('a subscription the push service calls gone (404/410) is deleted and recorded dropped; the others still get it', async () => {
    service.answer(notReported.subscription?.id ?? '', 410);
    const { notificationId } = await requestStatusChanged(allowed.resident);
    expect(service.payloadsOf(allowed.subscription?.id ?? '')).toHaveLength(1);
    expect(await deliveries(notificationId)).toContainEqual({
      sessionId: sessionOf(notReported),
      status: 'dropped',
    });
    const left = await t.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.sessionId, sessionOf(notReported)));
    expect(left).toEqual([]);
    // The next notification does not try it again.
    const next = await requestStatusChanged(allowed.resident);
    expect(await deliveries(next.notificationId)).not.toContainEqual(
      expect.objectContaining({ sessionId: sessionOf(notReported) }),
    );
  });

  it('a failed send is retried; the retry does not send again to a device already done', async () => {
    const flaky = await device({ osPermission: true, types: { requests: true } });
    service.script(flaky.subscription?.id ?? '', 500, 503);
    const { notificationId } = await requestStatusChanged(allowed.resident);
    await expect
      .poll(
        async () => {
          await t.app.jobs.wake();
          return (await deliveries(notificationId)).length;
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBe(3);
    expect(service.payloadsOf(flaky.subscription?.id ?? '')).toHaveLength(1);
    expect(service.payloadsOf(allowed.subscription?.id ?? '')).toHaveLength(1);
    expect(fcm.messages).toHaveLength(1);
    const [job] = await t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, PUSH_SEND_JOB), eq(jobs.status, 'done')))
      .then((rows) => rows.filter((r) => r.payload.notificationId === notificationId));
    expect(job?.attempts).toBe(3);
  });

  it('a device failing every attempt is recorded failed with the reason when the job gives up', async () => {
    const broken = await device({ osPermission: true, types: { requests: true } });
    service.answer(broken.subscription?.id ?? '', 500);
    const { notificationId } = await requestStatusChanged(allowed.resident);
    await expect
      .poll(
        async () => {
          await t.app.jobs.wake();
          return (await deliveries(notificationId)).find((d) => d.sessionId === sessionOf(broken))?.status;
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBe('failed');
    const [row] = await t.db
      .select()
      .from(pushDeliveries)
      .where(
        and(
          eq(pushDeliveries.notificationId, notificationId),
          eq(pushDeliveries.sessionId, sessionOf(broken)),
        ),
      );
    expect(row?.error).toBe('Web Push: HTTP 500');
    expect(service.payloadsOf(allowed.subscription?.id ?? '')).toHaveLength(1);
    await broken.resident.request({
      method: 'DELETE',
      url: '/api/resident/v1/devices/current/push-subscription',
    });
  });

  it('a repeated notice (the same dedupe key) is not pushed again; the bulk notice of a mailing is', async () => {
    const accountId = allowed.resident.signIn.account.id as string;
    const notice = {
      organizationId: orgId,
      accountId,
      type: 'bills' as const,
      title: 'Сегодня день оплаты аренды',
      body: 'Проверьте оплату',
      link: `/people?premise=${premiseId}`,
      dedupeKey: `push-test:${accountId}`,
    };
    const pushed = await notifyResident(t.db, notice);
    expect(await notifyResident(t.db, notice)).toBeUndefined();
    await t.app.jobs.wake();
    expect(service.payloadsOf(allowed.subscription?.id ?? '')).toEqual([
      expect.objectContaining({ id: pushed, url: `/app/${slug}/people?premise=${premiseId}` }),
    ]);

    service.reset();
    const stranger = await signInResident(t, fixturePhone(), slug);
    const sent = await t.db.transaction((tx) =>
      notifyResidents(
        tx,
        { organizationId: orgId, type: 'mailings', title: 'Отключение воды', body: 'Завтра с 10 до 14' },
        [accountId, stranger.signIn.account.id],
      ),
    );
    expect(sent.get(accountId)).toEqual({ notificationId: expect.any(String), pushQueued: true });
    expect(sent.get(stranger.signIn.account.id)).toEqual({
      notificationId: expect.any(String),
      pushQueued: false,
    });
    await t.app.jobs.wake();
    expect(service.payloadsOf(allowed.subscription?.id ?? '')).toEqual([
      expect.objectContaining({ title: 'Отключение воды', url: `/app/${slug}/notifications` }),
    ]);
    expect((await stranger.get('/notifications')).body.items.map((n: { title: string }) => n.title)).toEqual([
      'Отключение воды',
    ]);
  });
});
