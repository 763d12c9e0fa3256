// The generated data set: statistics for the planner, and its size as printed and written.
import type { BenchDatabase } from './bench-database';

/**
 * VACUUM ANALYZE, not ANALYZE alone: on PostgreSQL autovacuum would otherwise start on the fresh
 * tables during the measurements. Both leave the planner the same statistics. Returns the time.
 */
export async function vacuumAnalyze(bench: BenchDatabase, tables: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const table of tables) await bench.raw(`vacuum analyze ${table}`);
  return performance.now() - started;
}

export type Dataset = Awaited<ReturnType<typeof datasetSize>>;

export async function datasetSize(bench: BenchDatabase) {
  const [size] = await bench.raw(`select (select count(*) from premises)::int as premises,
    (select count(*) from personal_accounts)::int as accounts, (select count(*) from clients)::int as clients,
    (select count(*) from premise_links)::int as links,
    pg_size_pretty(pg_total_relation_size('clients')) as clients_size,
    pg_size_pretty(pg_total_relation_size('premise_links')) as links_size,
    pg_size_pretty(pg_database_size(current_database())) as bytes`);
  return {
    premises: Number(size?.premises),
    accounts: Number(size?.accounts),
    clients: Number(size?.clients),
    links: Number(size?.links),
    clientsTable: String(size?.clients_size),
    linksTable: String(size?.links_size),
    size: String(size?.bytes),
  };
}

export function datasetLine(d: Dataset, objects: number, legalEntities: number): string {
  return (
    `Data set: ${d.premises} premises, ${d.accounts} personal accounts, ${objects} objects, ` +
    `${legalEntities} legal entities, ${d.clients} clients (table with its indexes ${d.clientsTable}), ` +
    `${d.links} links to premises (${d.linksTable}), one organisation; database ${d.size}`
  );
}
