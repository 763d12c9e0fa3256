import {
  APP_VERSION_PATTERN,
  compareAppVersions,
  MONITOR_DEFAULT_MIN_VERSION,
  MONITOR_MAX_DAYS,
  type MonitorQuery,
  type MonitorReport,
  type MonitorSettings,
  type MonitorSettingsBody,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import { enqueueJob } from '../../platform/jobs';
import { MONITOR_RECOMPUTE_JOB, minVersionOf } from './compute-monitor';
import * as repo from './monitor.repository';
import { daysFrom, periodStart, periodStarts } from './monitor-days';

export function monitorService({ db, wake }: { db: Db; wake: () => void }) {
  return {
    /**
     * M-3: every day or week of the period with its figures (zeros where nothing happened), and
     * the accounts that switched push off in the whole period, each once (not the sum of days).
     */
    async report(actor: Actor, query: MonitorQuery): Promise<MonitorReport> {
      assertCan(actor, 'monitor.view');
      const { from, to } = query;
      const period = query.period ?? 'day';
      if (to < from) throw fieldError('VALIDATION_FAILED', 'to', 'Конец периода раньше начала', 'RANGE');
      if (daysFrom(from, to) >= MONITOR_MAX_DAYS)
        throw fieldError('VALIDATION_FAILED', 'to', 'Период не длиннее трёх лет', 'RANGE');
      const organizationId = actor.organizationId;
      const minAppVersion = minVersionOf(await repo.findMinVersion(db, organizationId));
      const starts = periodStarts(period, from, to);
      const [rows, total, recomputing] = await Promise.all([
        repo.listMetrics(db, organizationId, period, periodStart(period, from), periodStart(period, to)),
        repo.countDisables(db, organizationId, from, to),
        repo.recomputePending(db, MONITOR_RECOMPUTE_JOB, organizationId),
      ]);
      const byStart = new Map(rows.map((row) => [row.startsOn, row]));
      const computed = rows.map((row) => row.computedAt.getTime());
      return {
        period,
        from,
        to,
        points: starts.map((startsOn) => {
          const row = byStart.get(startsOn);
          return {
            startsOn,
            activeUsers: row?.activeUsers ?? 0,
            pushUsers: row?.pushUsers ?? 0,
            pushDisables: row?.pushDisables ?? 0,
          };
        }),
        pushDisablesTotal: total,
        minAppVersion,
        computedAt: computed.length > 0 ? new Date(Math.max(...computed)).toISOString() : null,
        recomputing,
      };
    },

    /** Read by every staff member (the monitor names the minimum too); written with «Настройки». */
    async settings(actor: Actor): Promise<MonitorSettings> {
      return {
        minAppVersion: await repo.findMinVersion(db, actor.organizationId),
        defaultMinAppVersion: MONITOR_DEFAULT_MIN_VERSION,
      };
    },

    /** A new minimum version recomputes the organisation's whole history in the background. */
    async saveSettings(actor: Actor, body: MonitorSettingsBody): Promise<MonitorSettings> {
      assertCan(actor, 'settings.manage');
      const typed = body.minAppVersion?.trim() || null;
      if (typed !== null && !APP_VERSION_PATTERN.test(typed))
        throw fieldError(
          'VALIDATION_FAILED',
          'minAppVersion',
          'Введите версию в виде 4.7 или 4.7.1',
          'PATTERN',
        );
      const organizationId = actor.organizationId;
      const enqueued = await db.transaction(async (tx) => {
        const before = await repo.findMinVersion(tx, organizationId);
        if (before === typed) return false;
        await repo.setMinVersion(tx, organizationId, typed);
        // «4.7» after «4.7.0» counts the same versions: nothing to recompute.
        if (compareAppVersions(minVersionOf(before), minVersionOf(typed)) === 0) return false;
        await enqueueJob(tx, MONITOR_RECOMPUTE_JOB, { organizationId });
        return true;
      });
      if (enqueued) wake();
      return this.settings(actor);
    },
  };
}

export type MonitorService = ReturnType<typeof monitorService>;
