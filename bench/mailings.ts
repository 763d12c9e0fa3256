// Issue 14's mailing figures, on a fresh database of its own (DATABASE_URL set: a new database on
// that server; otherwise PGlite). `npm run bench:mailings -- --clients 100000 --sends 2000`;
// `npm run bench` runs it at the end. Prints, asserts nothing:
//  1. the data set: N clients written set-based (bench/generate-clients.ts), and its size;
//  2. POST /api/mailings/preview over all N (SMS, push): ms;
//  3. POST /api/mailings to all N (SMS, due in an hour, so only the enqueue is timed): the mailing,
//     N recipient rows and its job — the target is < 10 s on PostgreSQL; then the list
//     with it, its recipients' first page and its cancel;
//  4. send rates through the local fakes of SMS.ru and of a Web Push service, with the mailing
//     rates set far above what the pipeline does (100,000/s): an SMS mailing to S clients from
//     creation until every SMS is settled, a push mailing to S residents (one subscribed device
//     each) until every notification is written and until every push reached the fake.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp, type DomovoyApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { type Db, queryRows } from '../apps/server/src/db/database';
import { organizationsService } from '../apps/server/src/modules/organizations/organizations.service';
import { fakeWebPush } from '../apps/server/src/modules/push/fake-web-push';
import { loadVapidKeys } from '../apps/server/src/modules/push/vapid-keys';
import { fakeSmsRu } from '../apps/server/src/modules/sms/fake-smsru';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { openBenchDatabase } from './bench-database';
import { vacuumAnalyze } from './dataset';
import { generateClients } from './generate-clients';
import { loginToken } from './queries';

const { values: args } = parseArgs({
  options: { clients: { type: 'string', default: '100000' }, sends: { type: 'string', default: '2000' } },
});
const N = Number(args.clients.replaceAll('_', ''));
const S = Math.min(N, Number(args.sends.replaceAll('_', '')));
const TAG = 'Бенч рассылки';
const LOGIN = 'bench-mailings';
const PASSWORD = 'bench-password-1';
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** The first S clients get a tag (the sends' audience) and, for push, a signed-in subscribed device. */
async function prepareSends(
  db: Db,
  org: string,
  subscribe: () => { endpoint: string; p256dh: string; auth: string },
) {
  const [tag] = await queryRows<{ id: string }>(
    db,
    sql`insert into tags (organization_id, name, name_norm) values (${org}, ${TAG}, ${TAG.toLowerCase()}) returning id`,
  );
  const chosen = await queryRows<{ id: string; accountId: string }>(
    db,
    sql`select id, account_id as "accountId" from clients where organization_id = ${org} order by id limit ${S}`,
  );
  const ids = chosen.map((c) => c.id);
  await db.execute(sql`insert into client_tags (organization_id, client_id, tag_id)
    select ${org}::uuid, c, ${tag?.id}::uuid from unnest(${sql.param(ids)}::uuid[]) c`);
  const sessions = chosen.map(() => randomUUID());
  const devices = chosen.map(() => subscribe());
  await db.execute(sql`insert into resident_sessions (id, token_hash, account_id, organization_id, app_version, os_permission)
    select s, t, a, ${org}::uuid, '4.8.0', true
    from unnest(${sql.param(sessions)}::uuid[], ${sql.param(chosen.map(() => randomBytes(16).toString('hex')))}::text[],
      ${sql.param(chosen.map((c) => c.accountId))}::uuid[]) as u(s, t, a)`);
  await db.execute(sql`insert into push_subscriptions (session_id, organization_id, account_id, kind, endpoint, p256dh, auth)
    select s, ${org}::uuid, a, 'webpush', e, p, k
    from unnest(${sql.param(sessions)}::uuid[], ${sql.param(chosen.map((c) => c.accountId))}::uuid[],
      ${sql.param(devices.map((d) => d.endpoint))}::text[], ${sql.param(devices.map((d) => d.p256dh))}::text[],
      ${sql.param(devices.map((d) => d.auth))}::text[]) as u(s, a, e, p, k)`);
}

function caller(app: DomovoyApp, token: string) {
  return async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: HTTP ${response.statusCode} ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
}

async function timedMs<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** Keeps the job queue running until `done()` holds (read every 10 ms); answers the time from `started`. */
async function until(app: DomovoyApp, started: number, done: () => Promise<boolean>) {
  for (;;) {
    if (await done()) return performance.now() - started;
    void app.jobs.wake();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
const filesDir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-mailings-'));
const gateway = await fakeSmsRu();
const pushService = await fakeWebPush();
let app: DomovoyApp | undefined;
try {
  await bench.database.migrate();
  const db = bench.database.db;
  const engine = bench.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const [versionRow] = await bench.raw('show server_version');
  console.log(`Mailings — ${engine} ${String(versionRow?.server_version ?? '')}`);
  const organizations = organizationsService({ db });
  const organization = await organizations.create('УК Бенчмарк рассылок');
  await organizations.createAdmin({
    organizationId: organization.id,
    login: LOGIN,
    password: PASSWORD,
    fullName: 'Администратор Рассылок',
  });

  const [, generateMs] = await timedMs(() =>
    generateClients({ db, organizationId: organization.id, clients: N, links: 0 }),
  );
  const { publicKey } = await loadVapidKeys(db);
  await prepareSends(db, organization.id, () => {
    const device = pushService.subscribe(publicKey);
    return { endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth };
  });
  await vacuumAnalyze(bench, [
    'resident_accounts',
    'clients',
    'client_tags',
    'resident_sessions',
    'push_subscriptions',
  ]);
  const [size] = await bench.raw(`select (select count(*) from clients)::int as clients,
    pg_size_pretty(pg_total_relation_size('clients')) as clients_size,
    pg_size_pretty(pg_database_size(current_database())) as bytes`);
  console.log(
    `  data set: ${fmt(Number(size?.clients))} clients (table with its indexes ${String(size?.clients_size)}, ` +
      `written in ${fmt(generateMs)} ms), ${fmt(S)} of them tagged «${TAG}» with a subscribed device each; ` +
      `database ${String(size?.bytes)}`,
  );

  const config = loadConfig({
    DATA_DIR: filesDir,
    LOG_LEVEL: 'silent',
    SMS_PROVIDER: 'smsru',
    SMSRU_API_ID: 'bench',
    SMSRU_URL: gateway.url,
    WEB_PUSH_HOSTS: 'http://127.0.0.1',
    MAILING_SMS_PER_SECOND: '100000',
    MAILING_PUSH_PER_SECOND: '100000',
  });
  app = await buildApp({ config, db, storage: localFileStorage(path.join(filesDir, 'files')) });
  const call = caller(app, await loginToken(app, LOGIN, PASSWORD));
  const everyone = { source: 'clients', clients: {} };

  for (const channel of ['sms', 'push'] as const) {
    const [preview, ms] = await timedMs(() =>
      call('POST', '/api/mailings/preview', { channel, audience: everyone }),
    );
    console.log(`  preview (${channel}) of ${fmt(Number(preview.recipients))} recipients: ${fmt(ms)} ms`);
  }
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
  const [created, enqueueMs] = await timedMs(() =>
    call('POST', '/api/mailings', {
      channel: 'sms',
      title: 'Всем',
      text: 'Плановое отключение воды',
      audience: everyone,
      sendAt: inAnHour,
    }),
  );
  console.log(
    `  enqueue a mailing to ${fmt(Number(created.recipientsTotal))} recipients (POST /api/mailings, INSERT … SELECT): ` +
      `${(enqueueMs / 1000).toFixed(2)} s (target < 10 s on PostgreSQL)`,
  );
  const big = String(created.id);
  const [, listMs] = await timedMs(() => call('GET', '/api/mailings'));
  const [, recipientsMs] = await timedMs(() => call('GET', `/api/mailings/${big}/recipients?status=queued`));
  const [, cancelMs] = await timedMs(() => call('POST', `/api/mailings/${big}/cancel`));
  console.log(
    `  with it: GET /api/mailings (counts by status over its recipients) ${fmt(listMs)} ms, ` +
      `its recipients' first page ${fmt(recipientsMs)} ms, cancel (every recipient skipped) ${fmt(cancelMs)} ms`,
  );

  const tagged = { source: 'clients', clients: { tag: [TAG] } };
  const smsStarted = performance.now();
  const sms = await call('POST', '/api/mailings', {
    channel: 'sms',
    title: 'СМС',
    text: 'Проверка скорости',
    audience: tagged,
  });
  const smsMs = await until(
    app,
    smsStarted,
    async () => (await call('GET', `/api/mailings/${String(sms.id)}`)).status === 'done',
  );
  console.log(
    `  SMS through the SMS.ru fake: ${fmt(S)} in ${fmt(smsMs)} ms — ${fmt((S * 1000) / smsMs)} SMS/s ` +
      `(${gateway.requests.length} requests; job runner batch 5, one HTTP request per SMS)`,
  );

  const pushStarted = performance.now();
  const push = await call('POST', '/api/mailings', {
    channel: 'push',
    title: 'Пуш',
    text: 'Проверка скорости',
    audience: tagged,
  });
  const pushMs = await until(
    app,
    pushStarted,
    async () => (await call('GET', `/api/mailings/${String(push.id)}`)).status === 'done',
  );
  const deliveredMs = await until(app, pushStarted, async () => pushService.received.length >= S);
  console.log(
    `  push: ${fmt(S)} notifications written in ${fmt(pushMs)} ms — ${fmt((S * 1000) / pushMs)}/s; ` +
      `all ${fmt(pushService.received.length)} pushed through the Web Push fake (encrypted, VAPID) in ` +
      `${fmt(deliveredMs)} ms — ${fmt((S * 1000) / deliveredMs)} pushes/s`,
  );
} finally {
  await app?.close();
  await bench.dispose(false);
  await gateway.close();
  await pushService.close();
  await rm(filesDir, { recursive: true, force: true });
}
