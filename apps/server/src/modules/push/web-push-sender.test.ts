// Issue 14: the Web Push sender against a local push service that checks VAPID (RFC 8292) and
// decrypts the payload as the browser does (RFC 8291).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PushPayload } from '@domovoy/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { type FakeWebPush, fakeWebPush } from './fake-web-push';
import { fitPayload, MAX_PAYLOAD_BYTES } from './push-payload';
import type { PushTarget } from './push-sender';
import { webPushSender } from './web-push-sender';

let service: FakeWebPush;
const keys = webpush.generateVAPIDKeys();
const sender = webPushSender({
  keys: async () => keys,
  subject: 'mailto:admin@domovoy.invalid',
  ttlSeconds: 3600,
  timeoutMs: 5000,
});

const payload: PushPayload = {
  id: '4f1c2b3a-0000-4000-8000-000000000001',
  brand: 'УК «Домовой»',
  title: 'Заявка № 12: в работе',
  body: 'Мастер придёт завтра с 10 до 12 — «ёлка», 🙂',
  url: '/app/domovoy/orders/4f1c2b3a-0000-4000-8000-000000000002',
  icon: '/app/icons/icon-192.png',
};

function targetOf(subscription: ReturnType<FakeWebPush['subscribe']>): PushTarget {
  return { kind: 'webpush', endpoint: subscription.endpoint, ...subscription.keys };
}

beforeAll(async () => {
  service = await fakeWebPush();
});
afterAll(() => service?.close());
beforeEach(() => service.reset());

describe('Web Push sender', () => {
  it('the push service takes the message signed by the VAPID key; the device decrypts the payload', async () => {
    const device = service.subscribe(keys.publicKey);
    expect(await sender.send(targetOf(device), payload)).toEqual({ ok: true });
    expect(service.refused).toEqual([]);
    expect(service.payloadsOf(device.id)).toEqual([payload]);
    const [push] = service.received;
    expect(push).toMatchObject({ ttl: '3600', urgency: 'normal' });
    expect(push?.claims).toMatchObject({ aud: service.origin, sub: 'mailto:admin@domovoy.invalid' });
  });

  it('a long text (a mailing’s) is cut to what a push service takes (4096 bytes encrypted) and decrypts', async () => {
    const device = service.subscribe(keys.publicKey);
    const long = fitPayload({ ...payload, body: 'Уважаемые жители! '.repeat(400) });
    expect(long.body).toMatch(/^Уважаемые жители! .*…$/);
    expect(Buffer.byteLength(JSON.stringify(long))).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(Buffer.byteLength(JSON.stringify(long))).toBeGreaterThan(MAX_PAYLOAD_BYTES - 8);
    expect(await sender.send(targetOf(device), long)).toEqual({ ok: true });
    expect(service.payloadsOf(device.id)).toEqual([long]);
    expect(fitPayload(payload)).toBe(payload);
  });

  it('404 and 410 mean the subscription is gone; 500 is an error to retry', async () => {
    const gone404 = service.subscribe(keys.publicKey);
    const gone410 = service.subscribe(keys.publicKey);
    const broken = service.subscribe(keys.publicKey);
    service.answer(gone404.id, 404);
    service.answer(gone410.id, 410);
    service.answer(broken.id, 500);
    expect(await sender.send(targetOf(gone404), payload)).toEqual({ gone: true });
    expect(await sender.send(targetOf(gone410), payload)).toEqual({ gone: true });
    expect(await sender.send(targetOf(broken), payload)).toEqual({ error: 'Web Push: HTTP 500' });
    expect(service.received).toEqual([]);
  });

  it('a subscription made for another server key is refused (403): an error, not a drop', async () => {
    const device = service.subscribe(webpush.generateVAPIDKeys().publicKey);
    expect(await sender.send(targetOf(device), payload)).toEqual({ error: 'Web Push: HTTP 403' });
    expect(service.refused).toEqual(['not the key the device subscribed with']);
  });

  it('an unreachable push service and keys that are no P-256 point are errors, not exceptions', async () => {
    const device = service.subscribe(keys.publicKey);
    const nobody = createServer();
    await new Promise<void>((resolve) => nobody.listen(0, '127.0.0.1', resolve));
    const { port } = nobody.address() as AddressInfo;
    await new Promise((resolve) => nobody.close(resolve));
    const closed = { ...targetOf(device), endpoint: `http://127.0.0.1:${port}/push/x` } as PushTarget;
    expect(await sender.send(closed, payload)).toEqual({ error: 'Web Push: ECONNREFUSED' });
    const badKey = { ...targetOf(device), p256dh: Buffer.alloc(65, 7).toString('base64url') } as PushTarget;
    expect(await sender.send(badKey, payload)).toMatchObject({ error: expect.stringMatching(/^Web Push: /) });
  });
});
