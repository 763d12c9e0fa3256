import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './database';

/** The tables a large import fills, and the foreign keys between them are checked against. */
const IMPORT_TABLES = [
  'premises',
  'personal_accounts',
  'clients',
  'client_external_ids',
  'resident_accounts',
  'premise_links',
];

/**
 * Refreshes the planner's statistics of the import's tables that are small (or never analysed),
 * inside the caller's transaction: ANALYZE there counts the rows the transaction has inserted.
 *
 * Why: PostgreSQL prepares a foreign key's check once per connection and keeps the plan. On a
 * table without statistics (a fresh organisation's first import) that plan scans every row of the
 * organisation through any index starting with `organization_id` — one check per inserted row, so
 * a 100,000-row import became quadratic. ANALYZE gives the tables real statistics and invalidates
 * the cached plans, so the checks use the primary key. Large tables have statistics already and
 * are left alone (analysing them would cost more than it saves).
 */
export async function refreshSmallTableStats(tx: Db, below = 200_000): Promise<void> {
  const rows = await queryRows<{ relname: string }>(
    tx,
    sql`select relname from pg_class
      where relkind = 'r' and relnamespace = 'public'::regnamespace
        and relname in (${sql.join(
          IMPORT_TABLES.map((name) => sql`${name}`),
          sql`, `,
        )})
        and reltuples < ${below}`,
  );
  for (const { relname } of rows) await tx.execute(sql.raw(`analyze "${relname}"`));
}
