// Issue 14's monitor figures (M-3), on a fresh database of its own (DATABASE_URL set: a new
// database on that server; otherwise PGlite). `npm run bench:monitor -- --residents 100000`;
// `npm run bench` runs it at the end (--monitor-residents). Prints, asserts nothing:
//  1. the data set, written set-based (generate_series): R residents with 1.2 devices each over
//     the year to today, each device opening the app on about one day in ten (its version one of
//     five, two of them below 4.7), its first notification report when it signed in and, for one
//     device in four, push switched off during the year (one in eight on again later);
//  2. the aggregate job: the whole year recomputed (as after a new minimum version), and the
//     scheduled run (yesterday and today), ms;
//  3. GET /api/monitor for the year by day and by week through the app (the target:
//     < 50 ms p95 on PostgreSQL), and the distinct disables of the year alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, type DomovoyApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { recomputeMonitor, refreshMonitor } from '../apps/server/src/modules/monitor/compute-monitor';
import { countDisables, listMetrics } from '../apps/server/src/modules/monitor/monitor.repository';
import { addDays } from '../apps/server/src/modules/monitor/monitor-days';
import { organizationsService } from '../apps/server/src/modules/organizations/organizations.service';
import { moscowDay } from '../apps/server/src/modules/resident-people/people-rules';
import { localFileStorage } from '../apps/server/src/platform/storage';
import { type BenchDatabase, openBenchDatabase } from './bench-database';
import { vacuumAnalyze } from './dataset';
import { formatTable, measure, ms, summarize } from './measure';
import { loginToken } from './queries';
import { progress, seconds } from './report';

const { values: args } = parseArgs({
  options: {
    residents: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});
const R = Number(args.residents.replaceAll('_', ''));
const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const LOGIN = 'bench-monitor';
const PASSWORD = 'bench-password-1';
const CHUNK = 10_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Devices 1..D: device d belongs to resident ((d - 1) % R) + 1, so residents 1..0.2R have two. */
async function generate(bench: BenchDatabase, org: string, first: string, days: number) {
  const devices = Math.round(R * 1.2);
  await bench.raw(
    `insert into resident_accounts (id, phone)
     select md5('bench-account-' || g)::uuid, '+7901' || lpad(g::text, 7, '0') from generate_series(1, $1::int) g`,
    [R],
  );
  const device = `md5('bench-device-' || d)::uuid`;
  const account = `md5('bench-account-' || ((d - 1) % $2 + 1))::uuid`;
  const version = `(array['4.5.2','4.6.0','4.7.1','4.8.0','4.10.0'])[1 + d % 5]`;
  const started = performance.now();
  const report = progress('devices', devices, started);
  for (let from = 1; from <= devices; from += CHUNK) {
    const to = Math.min(devices, from + CHUNK - 1);
    const params = [org, R, from, to, first, days];
    // About one day in ten: a random day in each ten of the year.
    await bench.raw(
      `insert into resident_app_opens (organization_id, session_id, day, account_id, app_version)
       select $1, ${device}, $5::date + i * 10 + abs(hashtext(d || ':' || i)) % 10, ${account}, ${version}
       from generate_series($3::int, $4::int) d, generate_series(0, $6::int / 10 - 1) i`,
      params,
    );
    // The first report at sign-in (push on for 7 devices in 10), then for every 4th device push
    // off during the year (the OS permission, or every type), every 8th on again 20 days later.
    await bench.raw(
      `insert into resident_notification_changes (organization_id, account_id, session_id, app_version,
         os_permission, notification_types, changed_at)
       select $1, ${account}, ${device}, ${version}, c.os, c.types, c.at
       from generate_series($3::int, $4::int) d,
         lateral (select $5::date::timestamptz + make_interval(secs => abs(hashtext('t' || d)) % ($6::int * 86400)) as off_at) t,
         lateral (values
           (true, d % 10 < 7, '{"requests": true, "news": false, "mailings": true}'::jsonb,
             $5::date::timestamptz - interval '30 days'),
           (d % 4 = 0 and d % 10 < 7, d % 8 <> 4, case when d % 8 = 4
             then '{"requests": false, "news": false, "mailings": false}'::jsonb
             else '{"requests": true, "news": false, "mailings": true}'::jsonb end, t.off_at),
           (d % 8 = 0 and d % 10 < 7, true, '{"requests": true, "news": false, "mailings": true}'::jsonb,
             t.off_at + interval '20 days')
         ) as c(present, os, types, at)
       where c.present and c.at < now()`,
      params,
    );
    report(to);
  }
  const analyzeMs = await vacuumAnalyze(bench, [
    'resident_accounts',
    'resident_app_opens',
    'resident_notification_changes',
  ]);
  const [size] = await bench.raw(`select (select count(*) from resident_app_opens)::int as opens,
      (select count(*) from resident_notification_changes)::int as changes,
      pg_size_pretty(pg_total_relation_size('resident_app_opens')) as opens_size,
      pg_size_pretty(pg_total_relation_size('resident_notification_changes')) as changes_size,
      pg_size_pretty(pg_database_size(current_database())) as bytes`);
  return { devices, generationMs: performance.now() - started, analyzeMs, size };
}

function getter(app: DomovoyApp, token: string) {
  return async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode} ${response.body}`);
    return response.json() as { points: unknown[]; pushDisablesTotal: number };
  };
}

const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
const filesDir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-monitor-'));
let app: DomovoyApp | undefined;
try {
  await bench.database.migrate();
  const db = bench.database.db;
  const engine = bench.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const [versionRow] = await bench.raw('show server_version');
  console.log(`Monitor of key metrics (M-3) — ${engine} ${String(versionRow?.server_version ?? '')}`);
  const organizations = organizationsService({ db });
  const organization = await organizations.create('УК Бенчмарк монитора');
  await organizations.createAdmin({
    organizationId: organization.id,
    login: LOGIN,
    password: PASSWORD,
    fullName: 'Администратор Бенчмарка',
  });
  const now = new Date();
  const today = moscowDay(now);
  const first = addDays(today, -364);
  console.log(
    `Generating ${fmt(R)} residents' year of app opens and notification reports (${first} … ${today})…`,
  );
  const data = await generate(bench, organization.id, first, 365);
  const s = data.size ?? {};
  console.log(
    `  ${fmt(R)} residents, ${fmt(data.devices)} devices; resident_app_opens ${fmt(Number(s.opens))} rows (${s.opens_size}), ` +
      `resident_notification_changes ${fmt(Number(s.changes))} rows (${s.changes_size}); database ${s.bytes}`,
  );
  console.log(`  generated in ${seconds(data.generationMs)}, VACUUM ANALYZE ${seconds(data.analyzeMs)}`);

  let started = performance.now();
  await recomputeMonitor(db, organization.id, now);
  const fullMs = performance.now() - started;
  const refreshes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    started = performance.now();
    await refreshMonitor(db, now);
    refreshes.push(performance.now() - started);
  }
  const refresh = summarize(refreshes);
  console.log('\nAggregate job (compute-monitor.ts, set-based SQL, upsert):');
  console.log(`  the whole year, 365 days + 53 weeks (as after a new minimum version): ${fmt(fullMs)} ms`);
  console.log(
    `  the scheduled run (yesterday and today, their weeks), 5 runs: p50 ${ms(refresh.p50)} ms, max ${ms(refresh.max)} ms`,
  );

  const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
  app = await buildApp({ config, db, storage: localFileStorage(path.join(filesDir, 'files')) });
  const get = getter(app, await loginToken(app, LOGIN, PASSWORD));
  const options = { warmup, iterations };
  const specs = [
    { title: 'M1 a year by day', url: `/api/monitor?from=${first}&to=${today}&period=day` },
    { title: 'M2 a year by week', url: `/api/monitor?from=${first}&to=${today}&period=week` },
    { title: 'M3 the last 30 days', url: `/api/monitor?from=${addDays(today, -29)}&to=${today}` },
  ];
  const rows: string[][] = [];
  let total = 0;
  for (const spec of specs) {
    const m = await measure(async () => {
      const body = await get(spec.url);
      total = body.pushDisablesTotal;
      return body.points.length;
    }, options);
    rows.push([
      spec.title,
      ms(m.latency.p50),
      ms(m.latency.p95),
      ms(m.latency.max),
      String(m.results.max),
      fmt(total),
    ]);
  }
  const points = await measure(
    async () => (await listMetrics(db, organization.id, 'day', first, today)).length,
    options,
  );
  const disables = await measure(() => countDisables(db, organization.id, first, today), options);
  rows.push([
    "M4 the year's 365 day rows (SQL alone)",
    ms(points.latency.p50),
    ms(points.latency.p95),
    ms(points.latency.max),
    String(points.results.max),
    '-',
  ]);
  rows.push([
    'M5 distinct disables of the year (SQL alone)',
    ms(disables.latency.p50),
    ms(disables.latency.p95),
    ms(disables.latency.max),
    '-',
    fmt(disables.results.max),
  ]);
  console.log(
    `\nGET /api/monitor through the app (buildApp + app.inject, Bearer token), ${warmup} warm-up + ${iterations} measured:`,
  );
  console.log(formatTable(['query', 'p50 ms', 'p95 ms', 'max ms', 'points', 'disables total'], rows));
  console.log(
    'Issue 14 target (reported, not asserted): p95 < 50 ms on PostgreSQL for a year with 100,000 residents.',
  );
} finally {
  await app?.close();
  await bench.dispose(args.keep);
  if (args.keep) console.log(`Kept the bench database: ${bench.location}`);
  await rm(filesDir, { recursive: true, force: true });
}
