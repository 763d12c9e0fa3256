import { type MonitorPeriod, NOTIFICATION_TYPE_CODES } from '@domovoy/contract';
import { and, between, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { monitorMetrics, organizations } from '../../db/schema';
import { addDays, moscowMidnight, PERIOD_DAYS } from './monitor-days';

// M-3: the monitor's figures, set-based. A device's state at a moment is its last notification
// report before it (`resident_notification_changes` keeps every report that changed something);
// push is on when the OS allows it and at least one type is on (S-3).

/** [major, minor, patch]: the minimum app version that counts. */
export type VersionKey = readonly [number, number, number];

/** A version's leading numbers (as `parseAppVersion` in the contract reads them). */
const VERSION_PATTERN = '^\\s*(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?';

/**
 * The versions of the `disabled` events (a CTE of account_id and app_version) that count: those
 * from the minimum on (leading numbers, missing parts 0; no number: never). Each distinct version
 * is tested once, not each event (`offset 0` keeps PostgreSQL from pushing the test below the
 * `distinct`): a regular expression per row cost more than the rest of the query.
 */
const countedDisables = (min: VersionKey) => sql`
    counted_versions as (
      select v from (select distinct app_version as v from disabled offset 0) d
      where array_replace(regexp_match(v, '${sql.raw(VERSION_PATTERN)}')::int[], null, 0)
        >= array[${min[0]}::int, ${min[1]}::int, ${min[2]}::int]
    )`;

/** The Moscow day of a moment (UTC+3, as monitor-days.ts). */
const moscowDate = (column: string) =>
  sql`((${sql.raw(column)} at time zone 'UTC') + interval '3 hours')::date`;

/** Every notification type off: a device's types are contained in it when none is on. */
const ALL_OFF = JSON.stringify(Object.fromEntries(NOTIFICATION_TYPE_CODES.map((code) => [code, false])));

/** Whether push was on after a report: the OS allows it and some type is on (S-3). */
const pushOn = (alias: string) =>
  sql`(${sql.raw(alias)}.os_permission and not ${sql.raw(alias)}.notification_types <@ ${ALL_OFF}::jsonb)`;

const at = (moment: Date) => sql`${moment.toISOString()}::timestamptz`;

/** The organisation's reports up to `end`, each with whether push was on after it. */
const changesUntil = (organizationId: string, end: Date) => sql`
  select c.session_id, c.account_id, c.changed_at, c.app_version, ${pushOn('c')} as push_on
  from resident_notification_changes c
  where c.organization_id = ${organizationId} and c.changed_at < ${at(end)}`;

/**
 * Tunes the caller's transaction for the aggregates: sorts of a year's app opens in memory, and
 * no JIT compilation (its ~1 s of planning is more than these statements take).
 */
export async function tuneForAggregates(db: Db): Promise<void> {
  await db.execute(sql`set local work_mem = '64MB'`);
  await db.execute(sql`set local jit = off`);
}

/** The app versions devices reported opening the app with between two days (exclusive end). */
export async function openedVersions(db: Db, organizationId: string, from: string, until: string) {
  const rows = await queryRows<{ version: string }>(
    db,
    sql`select distinct app_version as version from resident_app_opens
        where organization_id = ${organizationId} and day >= ${from}::date and day < ${until}::date
          and app_version is not null`,
  );
  return rows.map((r) => r.version);
}

export type ComputeRange = {
  organizationId: string;
  period: MonitorPeriod;
  /** The first and the last period's first day (a Monday for weeks). */
  first: string;
  last: string;
  min: VersionKey;
  /** The versions of app opens that count (those from the minimum, found by the caller). */
  versions: string[];
  now: Date;
};

/**
 * Computes and upserts every day or week from `first` to `last` (zeros where nothing happened):
 * active users (accounts that opened the app with a counted version), of them those whose device
 * opened in the period had push on at the period's end, and the accounts that switched push off
 * (a report into «off» from a report that was «on», same device, counted version).
 */
export async function computeRange(db: Db, r: ComputeRange): Promise<void> {
  const step = sql`${PERIOD_DAYS[r.period]}::int`;
  const start = sql`${moscowMidnight(r.first).toISOString()}::timestamptz`;
  const end = moscowMidnight(addDays(r.last, PERIOD_DAYS[r.period]));
  const bucketOf = (day: SQL) => sql`${r.first}::date + ((${day} - ${r.first}::date) / ${step}) * ${step}`;
  const bucketEnd = sql`(((o.starts_on + ${step})::timestamp at time zone 'UTC') - interval '3 hours')`;
  const byDay = r.period === 'day';
  // The days' disables are written again with them (a separate statement: a delete and an insert
  // of the same keys in one statement would both see the old rows).
  if (byDay)
    await db.execute(sql`delete from monitor_disables where organization_id = ${r.organizationId}
      and day >= ${r.first}::date and day <= ${r.last}::date`);
  await db.execute(sql`
    with buckets as (
      select ${r.first}::date + g * ${step} as starts_on
      from generate_series(0, (${r.last}::date - ${r.first}::date) / ${step}) g
    ),
    opens as (
      select ${sql.raw(r.period === 'week' ? 'distinct' : '')} ${bucketOf(sql`o.day`)} as starts_on, o.session_id, o.account_id
      from resident_app_opens o
      where o.organization_id = ${r.organizationId} and o.day >= ${r.first}::date
        and o.day < ${addDays(r.last, PERIOD_DAYS[r.period])}::date
        and o.app_version = any(${sql.param(r.versions)}::text[])
    ),
    changes as (${changesUntil(r.organizationId, end)}),
    states as (
      select s.*, lead(s.changed_at) over w as until, lag(s.push_on) over w as was_on
      from changes s
      where s.session_id in (select session_id from opens union select session_id from changes where changed_at >= ${start})
      window w as (partition by s.session_id order by s.changed_at)
    ),
    active as (select starts_on, count(distinct account_id)::int as n from opens group by starts_on),
    pushed as (
      select o.starts_on, count(distinct o.account_id)::int as n
      from opens o join states s on s.session_id = o.session_id
      where s.push_on and s.changed_at < ${bucketEnd} and (s.until is null or s.until >= ${bucketEnd})
      group by o.starts_on
    ),
    disabled as (
      select s.account_id, s.app_version, ${moscowDate('s.changed_at')} as day
      from states s where s.changed_at >= ${start} and not s.push_on and s.was_on
    ),
    ${countedDisables(r.min)},
    disables as (
      select ${bucketOf(sql`d.day`)} as starts_on, count(distinct d.account_id)::int as n
      from disabled d where d.app_version in (select v from counted_versions)
      group by 1
    )${
      byDay
        ? sql`,
    kept_disables as (
      insert into monitor_disables (organization_id, day, account_id)
      select distinct ${r.organizationId}::uuid, d.day, d.account_id
      from disabled d where d.app_version in (select v from counted_versions)
        and d.day >= ${r.first}::date and d.day <= ${r.last}::date
      on conflict do nothing
    )`
        : sql``
    }
    insert into monitor_metrics (organization_id, period, starts_on, active_users, push_users, push_disables, computed_at)
    select ${r.organizationId}::uuid, ${r.period}::text, b.starts_on, coalesce(a.n, 0), coalesce(p.n, 0), coalesce(d.n, 0), ${r.now.toISOString()}::timestamptz
    from buckets b
      left join active a on a.starts_on = b.starts_on
      left join pushed p on p.starts_on = b.starts_on
      left join disables d on d.starts_on = b.starts_on
    on conflict (organization_id, period, starts_on) do update set
      active_users = excluded.active_users, push_users = excluded.push_users,
      push_disables = excluded.push_disables, computed_at = excluded.computed_at`);
}

/**
 * Accounts that switched push off between two days (inclusive), each once: the distinct accounts
 * of the days' disables the job kept (monitor_disables), read from its primary key.
 */
export async function countDisables(
  db: Db,
  organizationId: string,
  from: string,
  to: string,
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct account_id)::int as n from monitor_disables
        where organization_id = ${organizationId} and day >= ${from}::date and day <= ${to}::date`,
  );
  return row?.n ?? 0;
}

export function listMetrics(
  db: Db,
  organizationId: string,
  period: MonitorPeriod,
  first: string,
  last: string,
) {
  return db
    .select()
    .from(monitorMetrics)
    .where(
      and(
        eq(monitorMetrics.organizationId, organizationId),
        eq(monitorMetrics.period, period),
        between(monitorMetrics.startsOn, first, last),
      ),
    )
    .orderBy(monitorMetrics.startsOn);
}

/** The last day computed (undefined: never). */
export async function lastComputedDay(db: Db, organizationId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ day: string | null }>(
    db,
    sql`select max(starts_on)::text as day from monitor_metrics
        where organization_id = ${organizationId} and period = 'day'`,
  );
  return row?.day ?? undefined;
}

/** The Moscow day of the organisation's first app open or notification report (undefined: none). */
export async function firstEventDay(db: Db, organizationId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ day: string | null }>(
    db,
    sql`select least(
          (select min(day) from resident_app_opens where organization_id = ${organizationId}),
          (select ${moscowDate('min(changed_at)')} from resident_notification_changes
            where organization_id = ${organizationId}))::text as day`,
  );
  return row?.day ?? undefined;
}

export async function listOrganizationIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations).orderBy(organizations.createdAt);
  return rows.map((r) => r.id);
}

/**
 * The organisation's minimum app version (null: the default), read under a lock per organisation
 * that the caller's transaction holds until it ends: two computations of one organisation run one
 * after the other, and the later one reads the minimum the earlier one's change committed.
 */
export async function lockMinVersion(db: Db, organizationId: string): Promise<string | null | undefined> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`monitor:${organizationId}`}))`);
  const [row] = await db
    .select({ min: organizations.monitorMinAppVersion })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row ? row.min : undefined;
}

export async function findMinVersion(db: Db, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ min: organizations.monitorMinAppVersion })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.min ?? null;
}

export async function setMinVersion(db: Db, organizationId: string, min: string | null): Promise<void> {
  await db
    .update(organizations)
    .set({ monitorMinAppVersion: min })
    .where(eq(organizations.id, organizationId));
}

/** Whether a recomputation of the organisation's figures is waiting or running. */
export async function recomputePending(db: Db, kind: string, organizationId: string): Promise<boolean> {
  const [row] = await queryRows<{ pending: boolean }>(
    db,
    sql`select exists (select 1 from jobs where kind = ${kind} and status in ('queued', 'running')
          and payload->>'organizationId' = ${organizationId}) as pending`,
  );
  return row?.pending === true;
}
