// EXPLAIN (ANALYZE, BUFFERS) of the SQL the premises list really sends: the repository's query is
// run once through a Drizzle logger (premiseWhere/premiseOrder + listPremises, as the service does),
// then each captured statement is explained with the same parameters.
import type { PremiseListQuery } from '@domovoy/contract';
import { premiseOrder, premiseWhere } from '../apps/server/src/modules/premises/premise-filters';
import { listPremises } from '../apps/server/src/modules/premises/premises.repository';
import type { BenchDatabase } from './bench-database';

export type ExplainedStatement = {
  /** 'rows' (the page) or 'count' (the total). */
  kind: 'rows' | 'count';
  sql: string;
  params: unknown[];
  /** The top plan node, scan nodes on premises / personal_accounts, and the execution time. */
  summary: string[];
  plan: string[];
};

const SCAN = /(Scan|Index).* on (premises|personal_accounts)\b/;

export async function explainList(
  bench: BenchDatabase,
  organizationId: string,
  query: PremiseListQuery,
): Promise<ExplainedStatement[]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const db = bench.withLogger({ logQuery: (sql, params) => captured.push({ sql, params }) });
  await listPremises(db, organizationId, {
    where: premiseWhere(organizationId, query),
    orderBy: premiseOrder(query.sort),
    limit: query.pageSize ?? 20,
    offset: 0,
  });
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
