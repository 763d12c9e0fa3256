import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database';

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * Fixed-window counters in the database, so that every server process sees the same counts
 * (ARCHITECTURE "Auth"). `hit` counts one event; `check` only looks.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<void> {
  await db.execute(sql`
    insert into rate_limits (key, window_started_at, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      hits = case when rate_limits.window_started_at < now() - make_interval(secs => ${rule.windowSeconds})
                  then 1 else rate_limits.hits + 1 end,
      window_started_at = case when rate_limits.window_started_at < now() - make_interval(secs => ${rule.windowSeconds})
                  then now() else rate_limits.window_started_at end`);
}

/** Seconds until the key may be used again, or 0 when it is under its limit. */
export async function rateLimitWait(db: Db, key: string, rule: RateLimitRule): Promise<number> {
  const [row] = await queryRows<{ wait: number }>(
    db,
    sql`select ceil(extract(epoch from (window_started_at + make_interval(secs => ${rule.windowSeconds}) - now())))::int as wait
        from rate_limits where key = ${key} and hits >= ${rule.limit}`,
  );
  return row && row.wait > 0 ? row.wait : 0;
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}

/** Windows older than the longest rule are over: their rows can go. */
export async function purgeRateLimits(db: Db, now: Date, longestWindowSeconds: number): Promise<void> {
  await db.execute(
    sql`delete from rate_limits where window_started_at < ${now}::timestamptz - make_interval(secs => ${longestWindowSeconds})`,
  );
}
