import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/build-test-app';
import { type Database, queryRows } from '../db/database';
import { retryDelayMs } from './job-retry';
import { type ClaimedJob, jobRunner, PermanentJobError } from './job-runner';
import { enqueueJob } from './jobs';

const log = Fastify({ logger: false }).log;
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

type JobState = { status: string; attempts: number; last_error: string | null; run_at: string };

async function jobState(id: string): Promise<JobState> {
  const [row] = await queryRows<JobState>(
    database.db,
    sql`select status, attempts, last_error, run_at::text from jobs where id = ${id}`,
  );
  if (!row) throw new Error(`no job ${id}`);
  return row;
}

/** Makes a job due now (instead of waiting out its backoff). */
async function makeDue(id: string) {
  await database.db.execute(sql`update jobs set run_at = now() where id = ${id}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let kinds = 0;
const newKind = () => `test.kind-${++kinds}-${Math.random().toString(36).slice(2, 8)}`;

describe('the job runner', () => {
  it('runs a job once and marks it done', async () => {
    const kind = newKind();
    const seen: ClaimedJob[] = [];
    const runner = jobRunner({ db: database.db, log });
    runner.register(kind, { run: async (job) => void seen.push(job) });
    const id = await enqueueJob(database.db, kind, { n: 1 });
    await runner.wake();
    expect(seen.map((j) => [j.id, j.payload, j.attempts])).toEqual([[id, { n: 1 }, 1]]);
    expect(await jobState(id)).toMatchObject({ status: 'done', attempts: 1, last_error: null });
    await runner.wake();
    expect(seen).toHaveLength(1);
  });

  it('leaves a job scheduled for later alone until it is due', async () => {
    const kind = newKind();
    let runs = 0;
    const runner = jobRunner({ db: database.db, log });
    runner.register(kind, { run: async () => void runs++ });
    const id = await enqueueJob(database.db, kind, {}, { runAt: new Date(Date.now() + 3_600_000) });
    await runner.wake();
    expect(runs).toBe(0);
    await makeDue(id);
    await runner.wake();
    expect(runs).toBe(1);
  });

  it('two runners share the queue: every job runs exactly once, both take some', async () => {
    const kind = newKind();
    const ids = await Promise.all(Array.from({ length: 40 }, (_, n) => enqueueJob(database.db, kind, { n })));
    const ranBy: Record<string, string[]> = { a: [], b: [] };
    const make = (name: 'a' | 'b') => {
      const runner = jobRunner({ db: database.db, log, batch: 3 });
      runner.register(kind, {
        run: async (job) => {
          ranBy[name]?.push(job.id);
          await sleep(5);
        },
      });
      return runner;
    };
    const [a, b] = [make('a'), make('b')];
    await Promise.all([a.wake(), b.wake()]);
    const all = [...(ranBy.a ?? []), ...(ranBy.b ?? [])];
    expect(all.sort()).toEqual([...ids].sort());
    expect(new Set(all).size).toBe(ids.length);
    expect(ranBy.a?.length).toBeGreaterThan(0);
    expect(ranBy.b?.length).toBeGreaterThan(0);
  });

  it('retries a failure with growing delays, then gives up after max attempts', async () => {
    const kind = newKind();
    const failed: string[] = [];
    const runner = jobRunner({ db: database.db, log, retryBaseMs: 60_000 });
    let runs = 0;
    runner.register(kind, {
      run: async () => {
        runs += 1;
        throw new Error(`шлюз недоступен ${runs}`);
      },
      onFailed: async (job, error) => void failed.push(`${job.id}: ${error}`),
    });
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 3 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const before = Date.now();
      await runner.wake();
      const state = await jobState(id);
      expect(state).toMatchObject({
        status: 'queued',
        attempts: attempt,
        last_error: `шлюз недоступен ${attempt}`,
      });
      delays.push(new Date(state.run_at).getTime() - before);
      // Backed off: not run again before its time.
      await runner.wake();
      expect(runs).toBe(attempt);
      await makeDue(id);
    }
    // Equal jitter: attempt 1 waits 30–60 s, attempt 2 waits 60–120 s.
    expect(delays[0]).toBeGreaterThanOrEqual(29_000);
    expect(delays[0]).toBeLessThanOrEqual(61_000);
    expect(delays[1]).toBeGreaterThanOrEqual(59_000);
    expect(delays[1]).toBeLessThanOrEqual(121_000);
    await runner.wake();
    expect(await jobState(id)).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'шлюз недоступен 3',
    });
    expect(failed).toEqual([`${id}: шлюз недоступен 3`]);
    await makeDue(id);
    await runner.wake();
    expect(runs).toBe(3);
  });

  it('fails a job at once on a permanent error', async () => {
    const kind = newKind();
    const runner = jobRunner({ db: database.db, log });
    let runs = 0;
    runner.register(kind, {
      run: async () => {
        runs += 1;
        throw new PermanentJobError('неверный номер');
      },
    });
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 5 });
    await runner.wake();
    expect(await jobState(id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'неверный номер' });
    expect(runs).toBe(1);
  });

  it('keeps no query parameters of a database error in last_error', async () => {
    const kind = newKind();
    const runner = jobRunner({ db: database.db, log });
    runner.register(kind, {
      run: async () => {
        throw Object.assign(
          new Error('Failed query: update sms_messages set text = $1\nparams: Код 482913'),
          {
            params: ['Код 482913'],
          },
        );
      },
    });
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 1 });
    await runner.wake();
    const state = await jobState(id);
    expect(state.status).toBe('failed');
    expect(state.last_error).toContain('params: [redacted]');
    expect(state.last_error).not.toContain('482913');
  });

  it('takes back a job whose process died holding it, and never runs it past max attempts', async () => {
    const kind = newKind();
    // A process claims the job and dies: its handler never returns and nobody stops it.
    const dying = jobRunner({ db: database.db, log });
    let claimedByDying = 0;
    let wakeUpLate: (error: Error) => void = () => {};
    dying.register(kind, {
      lockMs: 200,
      run: () =>
        new Promise<void>((_, reject) => {
          claimedByDying += 1;
          wakeUpLate = reject;
        }),
    });
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 2 });
    void dying.wake();
    await expect.poll(() => claimedByDying).toBe(1);
    expect((await jobState(id)).status).toBe('running');

    const survivor = jobRunner({ db: database.db, log });
    let runs = 0;
    survivor.register(kind, { run: async () => void runs++ });
    await survivor.wake();
    expect(runs).toBe(0); // still locked
    await sleep(250);
    await survivor.wake();
    expect(runs).toBe(1);
    expect(await jobState(id)).toMatchObject({ status: 'done', attempts: 2 });
    // The stalled process comes back and fails: its outcome does not overwrite the survivor's.
    wakeUpLate(new Error('поздно'));
    await dying.idle();
    expect(await jobState(id)).toMatchObject({ status: 'done', attempts: 2, last_error: null });

    // A job lost on its last attempt is failed, not run a third time.
    const failed: string[] = [];
    survivor.register(kind, { run: async () => void runs++, onFailed: async (_, e) => void failed.push(e) });
    const last = await enqueueJob(database.db, kind, {}, { maxAttempts: 1 });
    await database.db.execute(
      sql`update jobs set status = 'running', attempts = 1, run_at = now() - interval '1 second',
        locked_until = now() - interval '1 second' where id = ${last}`,
    );
    await survivor.wake();
    expect(runs).toBe(1);
    expect((await jobState(last)).status).toBe('failed');
    expect(failed).toHaveLength(1);
  });

  it('stops cleanly: waits for the job in hand, claims nothing after, and its timer keeps no process alive', async () => {
    const kind = newKind();
    const runner = jobRunner({ db: database.db, log, pollMs: 20 });
    let release: () => void = () => {};
    let finished = false;
    runner.register(kind, {
      run: () =>
        new Promise<void>((resolve) => {
          release = () => {
            finished = true;
            resolve();
          };
        }),
    });
    const id = await enqueueJob(database.db, kind, {});
    runner.start();
    await expect.poll(async () => (await jobState(id)).status).toBe('running');
    const stopping = runner.stop();
    let stoppedYet = false;
    void stopping.then(() => {
      stoppedYet = true;
    });
    await sleep(30);
    expect(stoppedYet).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
    expect((await jobState(id)).status).toBe('done');
    const later = await enqueueJob(database.db, kind, {});
    await sleep(100);
    expect((await jobState(later)).status).toBe('queued');
  });
});

describe('retry delays', () => {
  it('double from the base with equal jitter, up to the cap', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, 60_000, () => 1)).toBe(4000);
    expect(retryDelayMs(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(retryDelayMs(20, 1000, 60_000, () => 0)).toBe(30_000);
  });
});
