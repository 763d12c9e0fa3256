import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Db, queryRows } from '../db/database';
import { jobs } from '../db/schema';
import { retryDelayMs } from './job-retry';
import { safeError } from './log-redaction';

/** A job as its handler sees it: `attempts` counts this one. */
export type ClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
};

/** Thrown by a handler when trying again cannot help (an invalid phone): the job fails at once. */
export class PermanentJobError extends Error {}

export type JobHandler = {
  run(job: ClaimedJob): Promise<void>;
  /** Called once when the job is given up (permanent error, last attempt, or lost with its process). */
  onFailed?(job: ClaimedJob, error: string): Promise<void>;
  /** How long a claim holds before another process may take the job back (default 5 minutes). */
  lockMs?: number;
};

export type JobRunnerOptions = {
  db: Db;
  log: FastifyBaseLogger;
  /** How often the queue is read for work another process queued or a crashed one left. */
  pollMs?: number;
  /** Jobs claimed (and run side by side) at a time. */
  batch?: number;
  /** The first retry's delay; each next one doubles, with jitter, up to `maxRetryMs`. */
  retryBaseMs?: number;
  maxRetryMs?: number;
};

const DEFAULT_LOCK_MS = 5 * 60_000;

type JobRow = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
};

/**
 * The one background job runner (ARCHITECTURE "Resident side"): claims due jobs of the kinds
 * registered here with `for update skip locked`, so several processes share the `jobs` queue;
 * retries a failure with exponential backoff until `max_attempts`; takes back a job whose claim
 * ran out (its process died). A claim moves `run_at` to the claim's end, so one index serves
 * both "queued and due" and "running but abandoned".
 */
export function jobRunner({
  db,
  log,
  pollMs = 1000,
  batch = 5,
  retryBaseMs = 5000,
  maxRetryMs = 600_000,
}: JobRunnerOptions) {
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function claim(kind: string, lockMs: number, limit: number): Promise<ClaimedJob[]> {
    const rows = await queryRows<JobRow>(
      db,
      sql`update ${jobs} set status = 'running', attempts = attempts + 1,
          locked_until = now() + ${lockMs} * interval '1 millisecond',
          run_at = now() + ${lockMs} * interval '1 millisecond'
        where id in (
          select id from ${jobs}
          where status in ('queued', 'running') and run_at <= now() and kind = ${kind}
          order by run_at limit ${limit} for update skip locked)
        returning id, kind, payload, attempts, max_attempts`,
    );
    return rows.map((r) => ({ ...r, maxAttempts: r.max_attempts }));
  }

  /**
   * The job as this claim holds it: when the claim ran out and another process took the job back,
   * its attempt count moved on and this process's outcome is not written over the other's.
   */
  const mine = (job: ClaimedJob) => sql`id = ${job.id} and status = 'running' and attempts = ${job.attempts}`;

  async function finish(job: ClaimedJob) {
    await db.execute(sql`update ${jobs} set status = 'done', finished_at = now(), locked_until = null
      where ${mine(job)}`);
  }

  async function fail(job: ClaimedJob, handler: JobHandler, error: string) {
    await db.execute(sql`update ${jobs} set status = 'failed', finished_at = now(), locked_until = null,
      last_error = ${error} where ${mine(job)}`);
    log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, error }, 'job failed');
    await handler.onFailed?.(job, error);
  }

  async function retry(job: ClaimedJob, error: string) {
    const delay = retryDelayMs(job.attempts, retryBaseMs, maxRetryMs);
    await db.execute(sql`update ${jobs} set status = 'queued', locked_until = null, last_error = ${error},
      run_at = now() + ${delay} * interval '1 millisecond' where ${mine(job)}`);
  }

  async function runOne(job: ClaimedJob, handler: JobHandler) {
    // Its process stopped during the last attempt: not run a time more than allowed.
    if (job.attempts > job.maxAttempts) return fail(job, handler, 'прервано остановкой процесса');
    try {
      await handler.run(job);
      await finish(job);
    } catch (caught) {
      // Kept in `last_error` and logged: without the values a database error would quote.
      const error = safeError(caught).message;
      if (caught instanceof PermanentJobError || job.attempts >= job.maxAttempts)
        return fail(job, handler, error);
      log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, error }, 'job attempt failed');
      await retry(job, error);
    }
  }

  /** One round: every registered kind claims a batch; resolves with the number of jobs run. */
  async function runOnce(): Promise<number> {
    let ran = 0;
    for (const [kind, handler] of handlers) {
      if (stopped) break;
      const claimed = await claim(kind, handler.lockMs ?? DEFAULT_LOCK_MS, batch);
      await Promise.all(
        claimed.map((job) =>
          runOne(job, handler).catch((error: unknown) =>
            log.error({ err: error, jobId: job.id, kind }, 'job bookkeeping failed'),
          ),
        ),
      );
      ran += claimed.length;
    }
    return ran;
  }

  async function drain() {
    do {
      again = false;
      while (!stopped && (await runOnce()) > 0);
    } while (again && !stopped);
  }

  const runner = {
    register(kind: string, handler: JobHandler) {
      handlers.set(kind, handler);
    },

    /** Runs the queue now (after an enqueue in this process); resolves when nothing is due. */
    wake(): Promise<void> {
      if (stopped) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = drain()
        .catch((error: unknown) => log.error({ err: error }, 'job runner failed'))
        .finally(() => {
          running = undefined;
        });
      return running;
    },

    runOnce,

    /** Polls every `pollMs`; the timer never keeps the process alive. */
    start() {
      stopped = false;
      timer = setInterval(() => void runner.wake(), pollMs);
      timer.unref();
      void runner.wake();
    },

    /** No new claims; resolves when the jobs in hand are done (their own timeouts bound it). */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },

    /** Resolves when the work in hand is done (tests). */
    idle: () => running ?? Promise.resolve(),

    /** Finished jobs are kept a week (what failed, and why), then deleted. */
    async purgeFinished(olderThanDays = 7) {
      await db.execute(sql`delete from ${jobs} where status in ('done', 'failed')
        and finished_at < now() - ${olderThanDays} * interval '1 day'`);
    },
  };
  return runner;
}

export type JobRunner = ReturnType<typeof jobRunner>;
