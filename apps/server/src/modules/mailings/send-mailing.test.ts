// M-1: the sending job — SMS through the SMS.ru fake (sent, provider errors, retries), push with
// its skips and reasons, a restart at any point without a lost or repeated message, cancel midway.
import { randomUUID } from 'node:crypto';
import { formatPhone } from '@domovoy/contract';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { makeResidentSession } from '../../../test/resident-sessions';
import { queryRows } from '../../db/database';
import { clients, pushSubscriptions, residentNotifications } from '../../db/schema';
import { type ClaimedJob, type JobHandler, PermanentJobError } from '../../platform/job-runner';
import { pushReach } from '../push/push-reach';
import { type FakeAnswer, fakeSmsRu } from '../sms/fake-smsru';
import { MAILING_SEND_JOB, mailingDelivery } from './send-mailing';

let t: TestApp;
let gateway: Awaited<ReturnType<typeof fakeSmsRu>>;
let admin: Client;
let organizationId: string;
const RATES = { smsPerSecond: 2, pushPerSecond: 2 };

beforeAll(async () => {
  gateway = await fakeSmsRu();
  t = await buildTestApp({
    SMS_PROVIDER: 'smsru',
    SMSRU_API_ID: 'test-api-id',
    SMSRU_URL: gateway.url,
    SMSRU_TIMEOUT_MS: '600',
    JOB_POLL_MS: '20',
    JOB_RETRY_BASE_MS: '20',
    MAILING_SMS_PER_SECOND: String(RATES.smsPerSecond),
    MAILING_PUSH_PER_SECOND: String(RATES.pushPerSecond),
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
beforeEach(() => {
  gateway.reset();
  t.app.jobs.register(MAILING_SEND_JOB, mailingDelivery({ db: t.db, rates: RATES }));
});

/** Clients with a tag of their own, so that a mailing to the tag reaches exactly them. */
async function clientsTagged(tag: string, count: number, withPhone = true): Promise<Record<string, string>> {
  const made: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const phone = withPhone ? fixturePhone() : null;
    const fullName = `Клиент ${'АБВГДЕЖЗИК'[i]}`;
    const response = await admin.post('/api/clients', { fullName, phone, tags: [tag] });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    made[response.body.id] = phone ?? '';
  }
  return made;
}

async function send(channel: 'sms' | 'push', tag: string, text = 'Завтра отключат воду') {
  const response = await admin.post('/api/mailings', {
    channel,
    title: 'Вода',
    text,
    audience: { source: 'clients', clients: { tag: [tag] } },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

/** Runs the queue until the mailing reaches one of these statuses (batches are a second apart). */
async function until(id: string, statuses: string[]) {
  await expect
    .poll(
      async () => {
        await t.app.jobs.wake();
        return (await admin.get(`/api/mailings/${id}`)).body.status;
      },
      { timeout: 30_000, interval: 50 },
    )
    .toSatisfy((status: string) => statuses.includes(status));
  return (await admin.get(`/api/mailings/${id}`)).body;
}

async function recipients(id: string) {
  return (await admin.get(`/api/mailings/${id}/recipients?pageSize=100`)).body.items as {
    clientId: string;
    status: string;
    reason: string | null;
    phone: string | null;
  }[];
}

/** How many times the gateway was asked to send to each number. */
function sendsPerPhone(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of gateway.requests)
    counts.set(`+${request.to}`, (counts.get(`+${request.to}`) ?? 0) + 1);
  return counts;
}

/**
 * The app's own handler, made to break down on the given runs (counted from 1) of the mailings
 * created after it. An earlier test's mailing may still have a job queued (the settle check, due
 * 5 s later): that one runs as it is and is not counted.
 */
async function breaking(
  fail: (run: number) => 'before' | 'after' | 'permanent' | undefined,
  reach = pushReach,
): Promise<JobHandler> {
  const real = mailingDelivery({ db: t.db, rates: RATES, reach });
  const earlier = new Set(
    (await queryRows<{ id: string }>(t.db, sql`select id from mailings`)).map((row) => row.id),
  );
  let runs = 0;
  return {
    ...real,
    async run(job: ClaimedJob) {
      if (earlier.has(String(job.payload.mailingId))) return real.run(job);
      runs += 1;
      const when = fail(runs);
      if (when === 'before') throw new Error('процесс остановлен');
      if (when === 'permanent') throw new PermanentJobError('процесс остановлен навсегда');
      await real.run(job);
      if (when === 'after') throw new Error('процесс остановлен после пачки');
    },
  };
}

describe('SMS', () => {
  it('every client with a phone gets it once through the provider; no phone — skipped', async () => {
    const people = await clientsTagged('смс-все', 3);
    const nophone = await clientsTagged('смс-все', 1, false);
    const id = await send('sms', 'смс-все', 'Отключение воды 12.05');
    const done = await until(id, ['done']);
    expect(done).toMatchObject({ recipientsTotal: 4, counts: { sent: 3, skipped: 1, queued: 0, failed: 0 } });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect(Object.fromEntries(sendsPerPhone())).toEqual(
      Object.fromEntries(Object.values(people).map((phone) => [phone, 1])),
    );
    expect(gateway.requests.every((r) => r.msg === 'Отключение воды 12.05')).toBe(true);
    const rows = await recipients(id);
    const skipped = rows.filter((r) => r.status === 'skipped');
    expect(skipped).toEqual([
      expect.objectContaining({ clientId: Object.keys(nophone)[0], reason: 'Нет телефона' }),
    ]);
    const outbox = (await admin.get('/api/sms-messages?pageSize=100')).body.items;
    expect(outbox.filter((m: { purpose: string }) => m.purpose === 'mailing')).toHaveLength(3);
  });

  it('a provider’s refusal fails that recipient with its reason; a temporary error is retried', async () => {
    const people = await clientsTagged('смс-ошибки', 4);
    const answers: FakeAnswer[] = [
      { kind: 'recipient-error', code: 207, text: 'На этот номер нельзя отправлять сообщения' },
      { kind: 'http', status: 503 },
    ];
    gateway.script(...answers);
    const id = await send('sms', 'смс-ошибки');
    const done = await until(id, ['done']);
    expect(done.counts).toMatchObject({ sent: 3, failed: 1, queued: 0 });
    const refusedPhone = `+${gateway.requests[0]?.to}`;
    const failed = (await recipients(id)).filter((r) => r.status === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({
        phone: formatPhone(refusedPhone),
        reason: expect.stringContaining('SMS.ru 207'),
      }),
    ]);
    // The 503 was tried again: one number asked twice, each of the others once, all four asked.
    const sends = sendsPerPhone();
    expect([...sends.keys()].sort()).toEqual(Object.values(people).sort());
    expect([...sends.values()].sort()).toEqual([1, 1, 1, 2]);
  });

  it('the job dies after a batch, and before another: restarted, every number gets it exactly once', async () => {
    const people = await clientsTagged('смс-рестарт', 7);
    t.app.jobs.register(
      MAILING_SEND_JOB,
      await breaking((run) => (run === 2 ? 'after' : run === 3 || run === 5 ? 'before' : undefined)),
    );
    const id = await send('sms', 'смс-рестарт');
    const done = await until(id, ['done']);
    expect(done.counts).toMatchObject({ sent: 7, queued: 0 });
    expect(Object.fromEntries(sendsPerPhone())).toEqual(
      Object.fromEntries(Object.values(people).map((phone) => [phone, 1])),
    );
    const [outbox] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from mailing_recipients r join sms_messages m on m.id = r.sms_message_id
        where r.mailing_id = ${id}`,
    );
    expect(outbox?.n).toBe(7);
  });

  it('the job given up midway: those not handed over fail with the reason and the mailing finishes', async () => {
    await clientsTagged('смс-сдался', 4);
    t.app.jobs.register(MAILING_SEND_JOB, await breaking((run) => (run >= 2 ? 'permanent' : undefined)));
    const id = await send('sms', 'смс-сдался');
    const done = await until(id, ['done']);
    expect(done.counts).toMatchObject({ sent: 2, failed: 2, queued: 0 });
    const failed = (await recipients(id)).filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.reason)).toEqual([
      'Рассылка прервана: процесс остановлен навсегда',
      'Рассылка прервана: процесс остановлен навсегда',
    ]);
    // The two sent were the first batch; the given-up ones were never sent.
    expect([...sendsPerPhone().values()]).toEqual([1, 1]);
  });

  it('cancelled midway: those not sent yet are skipped «Рассылка отменена», nothing more goes out', async () => {
    await clientsTagged('смс-отмена', 6);
    const id = await send('sms', 'смс-отмена');
    await until(id, ['sending']);
    await t.app.jobs.wake();
    const cancelled = await admin.post(`/api/mailings/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    const sentBefore = gateway.requests.length;
    expect(sentBefore).toBeLessThan(6);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await t.app.jobs.wake();
    expect(gateway.requests.length).toBe(sentBefore);
    const card = (await admin.get(`/api/mailings/${id}`)).body;
    expect(card.status).toBe('cancelled');
    expect(card.counts.sent + card.counts.skipped).toBe(6);
    expect(card.counts.sent).toBe(sentBefore);
    const skipped = (await recipients(id)).filter((r) => r.status === 'skipped');
    expect(skipped.every((r) => r.reason === 'Рассылка отменена')).toBe(true);
  });
});

describe('push', () => {
  /** A client whose resident has a device in one of the S-3 states. */
  async function resident(tag: string, device: 'ok' | 'pushOff' | 'typeOff' | 'noSession' | 'noAccount') {
    const phone = device === 'noAccount' ? null : fixturePhone();
    const made = await admin.post('/api/clients', { fullName: `Житель ${device}`, phone, tags: [tag] });
    const [row] = await t.db
      .select({ accountId: clients.accountId })
      .from(clients)
      .where(and(eq(clients.organizationId, organizationId), eq(clients.id, made.body.id)));
    const accountId = row?.accountId;
    if (accountId && device !== 'noSession') {
      const session = await makeResidentSession(t, organizationId, accountId, {
        osPermission: device !== 'pushOff',
        notificationTypes: device === 'typeOff' ? { mailings: false, requests: true } : { requests: true },
      });
      await t.db.insert(pushSubscriptions).values({
        sessionId: session.id,
        organizationId,
        accountId,
        kind: 'fcm',
        endpoint: `token-${randomUUID()}`,
      });
    }
    return { clientId: made.body.id as string, accountId };
  }

  it('the preview counts who cannot get it and why; sending skips them with the reason', async () => {
    const ok = await resident('пуш', 'ok');
    const ok2 = await resident('пуш', 'ok');
    const off = await resident('пуш', 'pushOff');
    const muted = await resident('пуш', 'typeOff');
    const never = await resident('пуш', 'noSession');
    const noAccount = await resident('пуш', 'noAccount');
    const preview = await admin.post('/api/mailings/preview', {
      channel: 'push',
      audience: { source: 'clients', clients: { tag: ['пуш'] } },
    });
    expect(preview.body).toEqual({
      recipients: 6,
      reachable: 2,
      skipped: { noPhone: 0, noApp: 2, pushOff: 1, typeOff: 1 },
    });
    const id = await send('push', 'пуш', 'Собрание жильцов в четверг');
    const done = await until(id, ['done']);
    expect(done.counts).toMatchObject({ sent: 2, skipped: 4, queued: 0 });
    const byClient = new Map((await recipients(id)).map((r) => [r.clientId, r]));
    expect(byClient.get(off.clientId)).toMatchObject({
      status: 'skipped',
      reason: 'Уведомления запрещены на устройстве',
    });
    expect(byClient.get(muted.clientId)).toMatchObject({
      status: 'skipped',
      reason: 'Отключён тип «Рассылки»',
    });
    expect(byClient.get(never.clientId)).toMatchObject({
      status: 'skipped',
      reason: 'Не входил в приложение',
    });
    expect(byClient.get(noAccount.clientId)).toMatchObject({
      status: 'skipped',
      reason: 'Не входил в приложение',
    });
    expect(byClient.get(ok.clientId)).toMatchObject({ status: 'sent', reason: null });
    const notes = await t.db
      .select()
      .from(residentNotifications)
      .where(
        and(
          eq(residentNotifications.organizationId, organizationId),
          eq(residentNotifications.type, 'mailings'),
        ),
      );
    expect(notes.map((n) => n.accountId).sort()).toEqual([ok.accountId, ok2.accountId].sort());
    expect(notes[0]).toMatchObject({
      title: 'Вода',
      body: 'Собрание жильцов в четверг',
      link: '/notifications',
    });
  });

  it('a batch that breaks down midway is rolled back and sent again: one notification each', async () => {
    const people = [];
    for (let i = 0; i < 5; i += 1) people.push(await resident('пуш-рестарт', 'ok'));
    let calls = 0;
    const flaky: typeof pushReach = async (...args) => {
      calls += 1;
      const answer = await pushReach(...args);
      if (calls === 2) throw new Error('соединение с базой потеряно');
      return answer;
    };
    t.app.jobs.register(MAILING_SEND_JOB, await breaking(() => undefined, flaky));
    const id = await send('push', 'пуш-рестарт', 'Проверка повторной отправки');
    const done = await until(id, ['done']);
    expect(done.counts).toMatchObject({ sent: 5, queued: 0 });
    expect(calls).toBeGreaterThan(3);
    const [count] = await queryRows<{ n: number; accounts: number }>(
      t.db,
      sql`select count(*)::int as n, count(distinct account_id)::int as accounts from resident_notifications
        where organization_id = ${organizationId} and body = 'Проверка повторной отправки'`,
    );
    expect(count).toEqual({ n: 5, accounts: 5 });
  });
});
