// The six measured requests, each built from random existing values of the generated data.
import type { PremiseListQuery } from '@domovoy/contract';
import type { DomovoyApp } from '../apps/server/src/app';
import { seededRandom } from '../apps/server/src/demo/demo-premises';
import type { BenchDatabase } from './bench-database';
import { type ExplainedStatement, explainList } from './explain';
import type { Samples } from './generate-premises';
import { type Measurement, measure } from './measure';

export type QuerySpec = { key: string; title: string; next: () => PremiseListQuery };
export type QueryResult = Measurement & { key: string; title: string; example: string };
export type QueryExplain = { key: string; query: PremiseListQuery; statements: ExplainedStatement[] };

export function querySpecs(samples: Samples, seed = 42): QuerySpec[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('no sample values');
    return item;
  };
  const address = () => {
    const a = pick(samples.addresses);
    return `${a.street} ${a.house} ${a.number}`;
  };
  const specs: QuerySpec[] = [
    { key: 'address', title: '1 search «улица дом кв»', next: () => ({ search: address() }) },
    {
      key: 'account',
      title: '2 search account number',
      next: () => ({ search: pick(samples.accountNumbers) }),
    },
    {
      key: 'object',
      title: '3 objectId filter by address',
      next: () => ({ objectId: [pick(samples.objectIds)], sort: 'address' }),
    },
    { key: 'list', title: '4 unfiltered first page', next: () => ({}) },
    {
      key: 'number',
      title: '5 search «кв N»',
      next: () => ({ search: `кв ${pick(samples.addresses).number}` }),
    },
    { key: 'area', title: '6 sort by area', next: () => ({ sort: 'area' }) },
  ];
  return specs.filter((spec) => spec.key !== 'account' || samples.accountNumbers.length > 0);
}

export function queryString(query: PremiseListQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A logged-in staff member's GET /api/premises through app.inject; returns the list's total. */
export async function premiseLister(app: DomovoyApp, login: string, password: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`login: HTTP ${response.statusCode} ${response.body}`);
  const { token } = response.json() as { token: string };
  return async (query: PremiseListQuery): Promise<number> => {
    const url = `/api/premises${queryString(query)}`;
    const list = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (list.statusCode !== 200) throw new Error(`${url}: HTTP ${list.statusCode} ${list.body}`);
    return (list.json() as { total: number }).total;
  };
}

export async function measureQueries(
  specs: readonly QuerySpec[],
  list: (query: PremiseListQuery) => Promise<number>,
  options: { warmup: number; iterations: number },
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const spec of specs) {
    const example = decodeURIComponent(queryString(spec.next()).replaceAll('+', ' '));
    const measurement = await measure(() => list(spec.next()), options);
    results.push({ key: spec.key, title: spec.title, example, ...measurement });
  }
  return results;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one instance of each given query, printed as summary lines. */
export async function explainQueries(
  bench: BenchDatabase,
  organizationId: string,
  specs: readonly QuerySpec[],
): Promise<QueryExplain[]> {
  const out: QueryExplain[] = [];
  console.log('\nEXPLAIN (ANALYZE, BUFFERS), one instance each: top plan node, scans, execution time');
  for (const spec of specs) {
    const query = spec.next();
    const statements = await explainList(bench, organizationId, query);
    out.push({ key: spec.key, query, statements });
    console.log(`\n[${spec.title}] ${decodeURIComponent(queryString(query).replaceAll('+', ' '))}`);
    for (const s of statements) {
      console.log(`  ${s.kind === 'rows' ? 'page of rows' : 'total count'}:`);
      for (const line of s.summary) console.log(`    ${line}`);
    }
  }
  return out;
}
