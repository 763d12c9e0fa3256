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
] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];
/** What each pass of an import writes: premises with their accounts, then clients with their links. */
export const PREMISE_TABLES: readonly ImportTable[] = ['premises', 'personal_accounts'];
export const CLIENT_TABLES: readonly ImportTable[] = [
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
export async function refreshSmallTableStats(
  tx: Db,
  tables: readonly ImportTable[] = IMPORT_TABLES,
  below = 200_000,
): Promise<void> {
  const rows = await queryRows<{ relname: string }>(
    tx,
    sql`select relname from pg_class
      where relkind = 'r' and relnamespace = 'public'::regnamespace
        and relname in (${sql.join(
          tables.map((name) => sql`${name}`),
          sql`, `,
        )})
        and reltuples < ${below}`,
  );
  for (const { relname } of rows) await tx.execute(sql.raw(`analyze "${relname}"`));
}

/**
 * `refreshSmallTableStats` as an import's tables grow: after its pages 1, 2, 4, 8… Statistics taken
 * once, after the first page, told the planner the tables held a thousand rows all import long, and
 * at 100,000 rows its lookups of a page's links scanned them whole (27 ms a page instead of ~2 ms).
 * A doubling schedule keeps them within a factor of two of the truth for a dozen ANALYZEs.
 */
export function growingTableStats(tx: Db, tables: readonly ImportTable[]): () => Promise<void> {
  let pages = 0;
  let next = 1;
  return async () => {
    pages += 1;
    if (pages < next) return;
    next *= 2;
    await refreshSmallTableStats(tx, tables);
  };
}

/**
 * The planner's costs for an import's transaction: its lookups (a page's links, premises, clients
 * by key) read rows it has just written or read, all in memory, so a random read costs about what a
 * sequential one does. With the default (4, for spinning disks) PostgreSQL hashed the whole
 * organisation's premises for each page's links instead of looking a thousand up by key.
 */
export async function bulkPlannerCosts(tx: Db): Promise<void> {
  await tx.execute(sql`set local random_page_cost = 1.1`);
}

/**
 * The staging rows of the imports (`import_rows`) after a file has been read: the preview and the
 * apply read them back a page at a time in row order, which the planner does with the primary key
 * only when it knows how many there are (without statistics it sorted all the file's rows for each
 * page). Outside any transaction: the rows are committed.
 */
export async function analyzeImportRows(db: Db): Promise<void> {
  await db.execute(sql`analyze import_rows`);
}
