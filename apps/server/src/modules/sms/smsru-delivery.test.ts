// Issue 11: SMS.ru through the whole path — queueSms → job runner → sender → outbox status —
// against a local fake gateway speaking its protocol.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization } from '../../../test/helpers';
import { type FakeAnswer, fakeSmsRu } from './fake-smsru';
import { findMessage } from './sms.repository';
import { queueSms } from './sms-outbox';

let t: TestApp;
let gateway: Awaited<ReturnType<typeof fakeSmsRu>>;
let admin: Client;
let organizationId: string;

beforeAll(async () => {
  gateway = await fakeSmsRu();
  t = await buildTestApp({
    SMS_PROVIDER: 'smsru',
    SMSRU_API_ID: 'test-api-id',
    SMSRU_FROM: 'Domovoy',
    SMSRU_URL: gateway.url,
    SMSRU_TIMEOUT_MS: '600',
    JOB_POLL_MS: '20',
    JOB_RETRY_BASE_MS: '20',
  });
  ({
    admin,
    organization: { id: organizationId },
  } = await makeOrganization(t));
  await t.app.ready();
});
afterAll(async () => {
  await t?.close();
  await gateway?.close();
});
beforeEach(() => gateway.reset());

/** Queues a sign-in code as the resident sign-in does, and waits until the message settles. */
async function send(phone: string, ...answers: FakeAnswer[]) {
  gateway.script(...answers);
  const id = await t.db.transaction((tx) =>
    queueSms(tx, { organizationId, phone, text: 'Код для входа в Домовой: 482913', purpose: 'auth_code' }),
  );
  void t.app.jobs.wake();
  await expect
    .poll(async () => (await findMessage(t.db, id))?.status, { timeout: 10_000, interval: 20 })
    .not.toBe('queued');
  const message = await findMessage(t.db, id);
  if (!message) throw new Error('message lost');
  return message;
}

describe('SMS through SMS.ru', () => {
  it('success: sent with the provider’s id, the code masked once delivered', async () => {
    const message = await send('+79255070602', { kind: 'ok' });
    expect(message).toMatchObject({
      status: 'sent',
      provider: 'smsru',
      providerMessageId: expect.stringMatching(/^000000-1\d{7}$/),
      attempts: 1,
      lastError: null,
      text: 'Код для входа в Домовой: ••••••',
    });
    expect(message.sentAt).toBeInstanceOf(Date);
    expect(gateway.requests).toEqual([
      {
        api_id: 'test-api-id',
        to: '79255070602',
        msg: 'Код для входа в Домовой: 482913',
        json: '1',
        from: 'Domovoy',
      },
    ]);
    const listed = await admin.get('/api/sms-messages');
    expect(listed.status).toBe(200);
    expect(listed.body.items[0]).toMatchObject({ id: message.id, status: 'sent', provider: 'smsru' });
  });

  it('provider error for the number (207): failed at once, one request, the reason visible', async () => {
    const message = await send('+79255070603', {
      kind: 'recipient-error',
      code: 207,
      text: 'На этот номер нельзя отправлять сообщения',
    });
    expect(message).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'SMS.ru 207: На этот номер нельзя отправлять сообщения',
      text: 'Код для входа в Домовой: ••••••',
    });
    expect(gateway.requests).toHaveLength(1);
  });

  it('request refused (wrong api_id, 200): failed at once', async () => {
    const message = await send('+79255070604', { kind: 'error', code: 200, text: 'Неправильный api_id' });
    expect(message).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'SMS.ru 200: Неправильный api_id',
    });
    expect(gateway.requests).toHaveLength(1);
  });

  it('HTTP 500 and «service unavailable» (220) are retried with backoff, then sent', async () => {
    const message = await send(
      '+79255070605',
      { kind: 'http', status: 500 },
      { kind: 'error', code: 220, text: 'Сервис временно недоступен' },
      { kind: 'ok' },
    );
    expect(message).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(gateway.requests).toHaveLength(3);
  });

  it('a timeout is retried; the message is sent by a next attempt', async () => {
    const message = await send('+79255070606', { kind: 'silent' }, { kind: 'ok' });
    expect(message).toMatchObject({ status: 'sent', lastError: null });
    // On a loaded machine the answer after the silence may itself come late: one more try.
    expect(message.attempts).toBeGreaterThanOrEqual(2);
    expect(gateway.requests).toHaveLength(message.attempts);
  });

  it('a gateway down for every attempt: failed after max attempts, never lost, the last error kept', async () => {
    const down: FakeAnswer[] = Array.from({ length: 5 }, () => ({ kind: 'http', status: 502 }) as const);
    const message = await send('+79255070607', ...down);
    expect(message).toMatchObject({ status: 'failed', attempts: 5, lastError: 'SMS.ru: HTTP 502' });
    expect(gateway.requests).toHaveLength(5);
    const listed = await admin.get('/api/sms-messages?pageSize=1');
    expect(listed.body.items[0]).toMatchObject({
      id: message.id,
      status: 'failed',
      attempts: 5,
      lastError: 'SMS.ru: HTTP 502',
    });
  });

  it('a timeout on every attempt ends failed with the timeout named', async () => {
    const silent: FakeAnswer[] = Array.from({ length: 5 }, () => ({ kind: 'silent' }) as const);
    const message = await send('+79255070608', ...silent);
    expect(message).toMatchObject({
      status: 'failed',
      attempts: 5,
      lastError: 'SMS.ru: нет ответа за 600 мс',
    });
  });
});
