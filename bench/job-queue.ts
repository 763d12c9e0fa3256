// Issue 11's job queue figures: the one job runner (apps/server/src/platform/job-runner.ts) on
// its own fresh database (DATABASE_URL set: a new database on that server; otherwise PGlite).
// `npm run bench:jobs -- --jobs 1000`; `npm run bench` runs it at the end. Prints, asserts nothing:
//  1. enqueue N jobs one at a time (an INSERT each, as a request does), jobs/s;
//  2. drain them with a no-op handler (claim a batch with skip locked, mark each done), jobs/s;
//  3. the same N drained by two runners side by side (two processes sharing the queue);
//  4. one job's latency from enqueue to done, woken in the same process (p50/p95 of 200).
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { type Db, queryRows } from '../apps/server/src/db/database';
import { jobRunner } from '../apps/server/src/platform/job-runner';
import { enqueueJob } from '../apps/server/src/platform/jobs';
import { openBenchDatabase } from './bench-database';
import { summarize } from './measure';

const { values: args } = parseArgs({
  options: { jobs: { type: 'string', default: '1000' }, batch: { type: 'string', default: '10' } },
});
const N = Number(args.jobs);
const batch = Number(args.batch);
const log = Fastify({ logger: false }).log;
const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en');

async function enqueueAll(db: Db, kind: string, n: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i += 1) await enqueueJob(db, kind, { i });
  return performance.now() - started;
}

async function drain(db: Db, kind: string, runners: number): Promise<{ ms: number; done: number }> {
  const all = Array.from({ length: runners }, () => {
    const runner = jobRunner({ db, log, batch });
    runner.register(kind, { run: async () => {} });
    return runner;
  });
  const started = performance.now();
  await Promise.all(all.map((r) => r.wake()));
  const ms = performance.now() - started;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from jobs where kind = ${kind} and status = 'done'`,
  );
  return { ms, done: row?.n ?? 0 };
}

const bench = await openBenchDatabase(process.env.DATABASE_URL || undefined);
try {
  await bench.database.migrate();
  const db = bench.database.db;
  const engine = bench.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const [versionRow] = await bench.raw('show server_version');
  console.log(`Job queue — ${engine} ${String(versionRow?.server_version ?? '')}, ${N} jobs, batch ${batch}`);

  const enqueueMs = await enqueueAll(db, 'bench.one', N);
  console.log(
    `  enqueue, one INSERT each:             ${perSecond(N, enqueueMs)} jobs/s (${Math.round(enqueueMs)} ms)`,
  );
  const one = await drain(db, 'bench.one', 1);
  console.log(
    `  drain, one runner (claim + done):     ${perSecond(one.done, one.ms)} jobs/s (${Math.round(one.ms)} ms, ${one.done} done)`,
  );
  console.log(`  enqueue + complete, end to end:       ${perSecond(N, enqueueMs + one.ms)} jobs/s`);

  await enqueueAll(db, 'bench.two', N);
  const two = await drain(db, 'bench.two', 2);
  console.log(
    `  drain, two runners sharing the queue: ${perSecond(two.done, two.ms)} jobs/s (${Math.round(two.ms)} ms, ${two.done} done)`,
  );

  const runner = jobRunner({ db, log, batch });
  runner.register('bench.latency', { run: async () => {} });
  const samples: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const started = performance.now();
    await enqueueJob(db, 'bench.latency', { i });
    await runner.wake();
    samples.push(performance.now() - started);
  }
  const latency = summarize(samples);
  console.log(
    `  one job, enqueue → done (woken):      p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`,
  );
} finally {
  await bench.dispose(false);
}
