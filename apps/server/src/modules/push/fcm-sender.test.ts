// Issue 14: the FCM HTTP v1 sender against a local FCM: the service account's OAuth 2.0 token,
// then messages:send with it.
import type { PushPayload } from '@domovoy/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { fakeFcm } from './fake-fcm';
import { fcmSender } from './fcm-sender';
import type { PushSender } from './push-sender';

let fcm: Awaited<ReturnType<typeof fakeFcm>>;
let sender: PushSender;

const payload: PushPayload = {
  id: '4f1c2b3a-0000-4000-8000-000000000001',
  brand: 'УК «Домовой»',
  title: 'Сегодня день оплаты аренды',
  body: 'Проверьте оплату аренды',
  url: '/app/domovoy/people?premise=4f1c2b3a-0000-4000-8000-000000000003',
  icon: '/app/icons/icon-192.png',
};

beforeAll(async () => {
  fcm = await fakeFcm();
  // Configured as the operator configures it: the service account's file, and where FCM is.
  const config = loadConfig({ FCM_SERVICE_ACCOUNT: fcm.serviceAccountFile, FCM_API_URL: fcm.origin });
  if (!config.push.fcm) throw new Error('FCM not configured');
  sender = fcmSender(config.push.fcm, { timeoutMs: 5000 });
});
afterAll(() => fcm?.close());
beforeEach(() => {
  fcm.messages.length = 0;
  fcm.tokenRequests.length = 0;
});

describe('FCM HTTP v1 sender', () => {
  it('gets an access token with the service account and sends; the token is reused', async () => {
    expect(await sender.send({ kind: 'fcm', token: 'device-token-1' }, payload)).toEqual({ ok: true });
    expect(await sender.send({ kind: 'fcm', token: 'device-token-2' }, payload)).toEqual({ ok: true });
    expect(fcm.tokenRequests).toEqual([{ ok: true }]);
    expect(fcm.messages[0]).toEqual({
      token: 'device-token-1',
      notification: { title: 'УК «Домовой»', body: 'Сегодня день оплаты аренды\nПроверьте оплату аренды' },
      data: { id: payload.id, title: payload.title, body: payload.body, url: payload.url },
      android: { notification: { tag: payload.id } },
    });
    expect(fcm.messages.map((m) => m.token)).toEqual(['device-token-1', 'device-token-2']);
  });

  it('UNREGISTERED (404) means the token is gone', async () => {
    fcm.unregister('removed-app');
    expect(await sender.send({ kind: 'fcm', token: 'removed-app' }, payload)).toEqual({ gone: true });
    expect(fcm.messages).toEqual([]);
  });

  it('a rejected access token is an error; the next send gets a new token', async () => {
    await sender.send({ kind: 'fcm', token: 'warm-up' }, payload);
    fcm.revokeTokens();
    expect(await sender.send({ kind: 'fcm', token: 'device-token-3' }, payload)).toEqual({
      error: 'FCM: HTTP 401 UNAUTHENTICATED',
    });
    expect(await sender.send({ kind: 'fcm', token: 'device-token-3' }, payload)).toEqual({ ok: true });
    expect(fcm.messages.map((m) => m.token)).toEqual(['warm-up', 'device-token-3']);
  });
});
