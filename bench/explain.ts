// EXPLAIN (ANALYZE, BUFFERS) of the SQL a list really sends: the repository's query is run once
// through a Drizzle logger (the filters, order and repository function the service uses), then
// each captured statement is explained with the same parameters.
import type { PremiseListQuery } from '@domovoy/contract';
import type { Db } from '../apps/server/src/db/database';
import { premiseOrderKeys, premiseWhere } from '../apps/server/src/modules/premises/premise-filters';
import { listPremises } from '../apps/server/src/modules/premises/premises.repository';
import { decodeListCursor, listBinding } from '../apps/server/src/platform/list-cursor';
import type { BenchDatabase } from './bench-database';

export type ExplainedStatement = {
  /** 'rows' (the page) or 'count' (the total). */
  kind: 'rows' | 'count';
  sql: string;
  params: unknown[];
  /** The top plan node, scan nodes on the listed tables, and the execution time. */
  summary: string[];
  plan: string[];
};

const SCAN = /(Scan|Index).* on (premises|personal_accounts|clients|premise_links|resident_accounts)\b/;

/** Runs `list` once on a logging connection and explains every statement it sent. */
export async function explainStatements(
  bench: BenchDatabase,
  list: (db: Db) => Promise<unknown>,
): Promise<ExplainedStatement[]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  await list(bench.withLogger({ logQuery: (sql, params) => captured.push({ sql, params }) }));
  const explained: ExplainedStatement[] = [];
  for (const statement of captured) {
    const rows = await bench.raw(`explain (analyze, buffers) ${statement.sql}`, statement.params);
    const plan = rows.map((row) => String(Object.values(row)[0] ?? ''));
    const top = plan[0] ?? '';
    const scans = plan.filter((line) => SCAN.test(line)).map((line) => `  ${line.trim()}`);
    const time = plan.find((line) => line.startsWith('Execution Time')) ?? '';
    explained.push({
      kind: /count\(\*\)/.test(statement.sql) ? 'count' : 'rows',
      sql: statement.sql,
      params: statement.params,
      summary: [top, ...scans, time],
      plan,
    });
  }
  return explained;
}

export function explainList(bench: BenchDatabase, organizationId: string, query: PremiseListQuery) {
  const sort = query.sort ?? 'address';
  const keys = premiseOrderKeys(sort);
  const binding = listBinding('premises', organizationId, sort, query);
  return explainStatements(bench, (db) =>
    listPremises(db, organizationId, {
      where: premiseWhere(organizationId, query, { name: true, contacts: true }),
      keys,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
      cursor: query.cursor ? decodeListCursor(query.cursor, binding, keys) : undefined,
      binding,
    }),
  );
}
