// Issue 16: a list's total without counting a million rows. Matches are counted up to a cap
// (an index range of at most cap + 1 entries); past it, an unfiltered list (the organisation's
// whole table) gives the planner's estimate, shown as «≈ N», and a filtered one says «более N».
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from './database';

export const LIST_TOTAL_CAP = 10_000;

export type ListTotal = {
  total: number;
  /** More than `total` match: `total` is the cap. */
  totalCapped: boolean;
  /** `total` is the planner's estimate of the organisation's rows, not a count. */
  totalEstimated: boolean;
};

/** The rows the planner expects `select 1 from table where …` to return (its statistics). */
async function plannedRows(db: Db, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await queryRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] | string }>(
    db,
    sql`explain (format json) select 1 from ${table} where ${where ?? sql`true`}`,
  );
  const plan = row?.['QUERY PLAN'];
  const parsed = typeof plan === 'string' ? JSON.parse(plan) : plan;
  return Math.round(Number(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0));
}

/**
 * The total of a list's matches: exact up to the cap; past it, the estimate when `unfiltered` (and
 * the estimate is past the cap too: statistics lag behind a table that grew), else the cap, flagged.
 * A page past the cap moves the cap on by whole steps (10,000, 20,000…): the list pages on.
 */
export async function listTotal(
  db: Db,
  table: PgTable,
  where: SQL | undefined,
  { cap: step = LIST_TOTAL_CAP, offset, unfiltered }: { cap?: number; offset: number; unfiltered: boolean },
): Promise<ListTotal> {
  const cap = step * (Math.floor(offset / step) + 1);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${table} where ${where ?? sql`true`} limit ${cap + 1}) s`,
  );
  const counted = row?.n ?? 0;
  if (counted <= cap) return { total: counted, totalCapped: false, totalEstimated: false };
  if (unfiltered) {
    const estimate = await plannedRows(db, table, where);
    if (estimate > cap) return { total: estimate, totalCapped: false, totalEstimated: true };
  }
  return { total: cap, totalCapped: true, totalEstimated: false };
}
