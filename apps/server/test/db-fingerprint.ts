import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/database';
import type { TestApp } from './build-test-app';

// What a request may change without writing business data: rate limits and sessions (a login
// attempt, a session's last activity), a key's last use, and a resident device's once-a-minute
// touch (S-2: «Был(а) в ЛК» on the card, the day's app open).
const SKIPPED_TABLES = new Set(['rate_limits', 'staff_sessions', 'resident_app_opens']);
const SKIPPED_COLUMNS = new Set(['last_used_at', 'last_seen_at', 'last_visit_at']);

type Column = { table_name: string; column_name: string };

/**
 * A digest of every row of every table (less the above) and of the stored files: two equal
 * fingerprints mean nothing was written. Cheap on a test's few rows.
 */
export async function dbFingerprint(t: TestApp): Promise<() => Promise<string>> {
  const columns = await queryRows<Column>(
    t.db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (SKIPPED_TABLES.has(table_name) || SKIPPED_COLUMNS.has(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), `"${column_name}"`]);
  }
  const parts = [...byTable].map(
    ([table, names]) =>
      `select '${table}' as t, count(*)::int as n, ` +
      `md5(coalesce(string_agg(row(${names.join(', ')})::text, '|' order by row(${names.join(', ')})::text), '')) as h ` +
      `from "${table}"`,
  );
  const query = sql.raw(parts.join(' union all '));
  const filesDir = path.join(t.config.dataDir, 'files');
  return async () => {
    const rows = await queryRows<{ t: string; n: number; h: string }>(t.db, query);
    const files = await readdir(filesDir, { recursive: true }).catch(() => []);
    return [...rows.map((row) => `${row.t}:${row.n}:${row.h}`), `files:${files.sort().join(',')}`].join('\n');
  };
}
