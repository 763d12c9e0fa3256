import { compareAppVersions, MONITOR_DEFAULT_MIN_VERSION, parseAppVersion } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { JobHandler } from '../../platform/job-runner';
import { moscowDay } from '../resident-people/people-rules';
import * as repo from './monitor.repository';
import { addDays, earlier, mondayOf } from './monitor-days';

// M-3: the monitor's daily and weekly aggregates, computed by a scheduled job from the device
// events (app opens, notification reports) so that a year reads in milliseconds. Every run
// recomputes yesterday and today (and their weeks) — events are written as they happen, so
// nothing older changes — plus whatever a stopped server missed; a change of the minimum app
// version recomputes the organisation's whole history (a background job). Upserts: idempotent.

/** The job that recomputes one organisation's whole history (payload: `organizationId`). */
export const MONITOR_RECOMPUTE_JOB = 'monitor.recompute';

/** How often the recent days are recomputed. */
export const MONITOR_REFRESH_MS = 10 * 60_000;

/** The minimum version in force: the organisation's, or the first version that reports events. */
export const minVersionOf = (stored: string | null): string => stored ?? MONITOR_DEFAULT_MIN_VERSION;

function versionKey(min: string): repo.VersionKey {
  return parseAppVersion(min) ?? (parseAppVersion(MONITOR_DEFAULT_MIN_VERSION) as repo.VersionKey);
}

/**
 * Recomputes the organisation's days from `from` (or from its first event) to today, and the
 * weeks holding them, under the organisation's lock. `from` undefined: everything.
 */
async function compute(db: Db, organizationId: string, now: Date, from?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const stored = await repo.lockMinVersion(tx, organizationId);
    if (stored === undefined) return;
    const today = moscowDay(now);
    const first = from ?? (await repo.firstEventDay(tx, organizationId));
    if (!first) return;
    const start = earlier(first, today);
    await repo.tuneForAggregates(tx);
    const min = minVersionOf(stored);
    const opened = await repo.openedVersions(tx, organizationId, mondayOf(start), addDays(today, 1));
    const versions = opened.filter((v) => parseAppVersion(v) && compareAppVersions(v, min) >= 0);
    const common = { organizationId, min: versionKey(min), versions, now };
    await repo.computeRange(tx, { ...common, period: 'day', first: start, last: today });
    await repo.computeRange(tx, { ...common, period: 'week', first: mondayOf(start), last: mondayOf(today) });
  });
}

/** Everything the organisation has, e.g. after its minimum version changed. */
export const recomputeMonitor = (db: Db, organizationId: string, now: Date) =>
  compute(db, organizationId, now);

/**
 * The scheduled run for every organisation: yesterday and today, or from the last computed day
 * when the job missed some (a stopped server), or everything the first time.
 */
export async function refreshMonitor(db: Db, now: Date): Promise<void> {
  const yesterday = addDays(moscowDay(now), -1);
  for (const organizationId of await repo.listOrganizationIds(db)) {
    const last = await repo.lastComputedDay(db, organizationId);
    await compute(db, organizationId, now, last === undefined ? undefined : earlier(last, yesterday));
  }
}

export function monitorRecompute({ db, now }: { db: Db; now: () => Date }): JobHandler {
  return {
    async run(job) {
      const organizationId = job.payload.organizationId;
      if (typeof organizationId === 'string') await recomputeMonitor(db, organizationId, now());
    },
    lockMs: 30 * 60_000,
  };
}
