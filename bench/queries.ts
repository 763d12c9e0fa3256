// The measured requests, each built from random existing values of the generated data: the six
// premise requests (issue 2) here, the client requests in client-queries.ts.
import type { PremiseListQuery } from '@domovoy/contract';
import type { DomovoyApp } from '../apps/server/src/app';
import { seededRandom } from '../apps/server/src/demo/demo-premises';
import type { ExplainedStatement } from './explain';
import type { Samples } from './generate-premises';
import { type Measurement, measure } from './measure';

type Query = Record<string, unknown>;
export type QuerySpec<Q extends Query = PremiseListQuery> = { key: string; title: string; next: () => Q };
export type QueryResult = Measurement & { key: string; title: string; example: string };
export type QueryExplain = { key: string; query: Query; statements: ExplainedStatement[] };

/** A random item of a list, by a seeded sequence. */
export function picker(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('no sample values');
    return item;
  };
  return { random, pick };
}

export function querySpecs(
  samples: Samples,
  cursors: { byAddress: string[]; byAreaDesc: string[] } = { byAddress: [], byAreaDesc: [] },
  seed = 42,
): QuerySpec[] {
  const { pick } = picker(seed);
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
    // Issue 16: every offered sort, and a page deep into the whole list.
    { key: '-area', title: '6b sort by area, descending', next: () => ({ sort: '-area' }) },
    { key: '-address', title: '6c sort by address, descending', next: () => ({ sort: '-address' }) },
    { key: 'deep', title: '6d whole list, page 400', next: () => ({ page: 400 }) },
    // Issue 16: a page deep into the whole list by cursor (keyset), at a random row.
    {
      key: 'deep-cursor',
      title: '6e whole list, a deep page by cursor',
      next: () => ({ cursor: pick(cursors.byAddress) }),
    },
    {
      key: '-area-cursor',
      title: '6f by area desc., a deep page by cursor',
      next: () => ({ sort: '-area', cursor: pick(cursors.byAreaDesc) }),
    },
  ];
  return specs.filter(
    (spec) =>
      (spec.key !== 'account' || samples.accountNumbers.length > 0) &&
      (!spec.key.endsWith('cursor') || cursors.byAddress.length > 0),
  );
}

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const readable = (query: Query) => decodeURIComponent(queryString(query).replaceAll('+', ' '));

/** A staff member's Bearer token, from POST /api/auth/login through app.inject. */
export async function loginToken(app: DomovoyApp, login: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`login: HTTP ${response.statusCode} ${response.body}`);
  return (response.json() as { token: string }).token;
}

/** GET `path` with a query through app.inject; returns the list's total. */
export function lister<Q extends Query>(app: DomovoyApp, token: string, path: string) {
  return async (query: Q): Promise<number> => {
    const url = `${path}${queryString(query)}`;
    const list = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (list.statusCode !== 200) throw new Error(`${url}: HTTP ${list.statusCode} ${list.body}`);
    return (list.json() as { total: number }).total;
  };
}

export async function measureQueries<Q extends Query>(
  specs: readonly QuerySpec<Q>[],
  list: (query: Q) => Promise<number>,
  options: { warmup: number; iterations: number },
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const spec of specs) {
    const example = readable(spec.next());
    const measurement = await measure(() => list(spec.next()), options);
    results.push({ key: spec.key, title: spec.title, example, ...measurement });
  }
  return results;
}

/** EXPLAIN (ANALYZE, BUFFERS) of one instance of each given query, printed as summary lines. */
export async function explainQueries<Q extends Query>(
  specs: readonly QuerySpec<Q>[],
  explain: (query: Q) => Promise<ExplainedStatement[]>,
): Promise<QueryExplain[]> {
  const out: QueryExplain[] = [];
  for (const spec of specs) {
    const query = spec.next();
    const statements = await explain(query);
    out.push({ key: spec.key, query, statements });
    console.log(`\n[${spec.title}] ${readable(query)}`);
    for (const s of statements) {
      console.log(`  ${s.kind === 'rows' ? 'page of rows' : 'total count'}:`);
      for (const line of s.summary) console.log(`    ${line}`);
    }
  }
  return out;
}
