import { isIPv4, isIPv6 } from 'node:net';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database';

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * Fixed-window counters in the database, so that every server process sees the same counts
 * (ARCHITECTURE "Auth"). `hit` counts one event and returns the
 * window's count; `rateLimitWait` only looks.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<number> {
  const [row] = await queryRows<{ hits: number }>(
    db,
    sql`
    insert into rate_limits (key, window_started_at, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      hits = case when rate_limits.window_started_at < now() - make_interval(secs => ${rule.windowSeconds})
                  then 1 else rate_limits.hits + 1 end,
      window_started_at = case when rate_limits.window_started_at < now() - make_interval(secs => ${rule.windowSeconds})
                  then now() else rate_limits.window_started_at end
    returning hits`,
  );
  return row?.hits ?? 1;
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

/**
 * The address a limit counts by: an IPv4 address as it is (also when IPv6-mapped), an IPv6
 * address by its /64 network — one subscriber usually holds a whole /64.
 */
export function sourceOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // A dotted IPv4 tail (::ffff:0:1.2.3.4) takes two groups.
  const width = (part: string[]) => part.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - width(left) - width(right)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
