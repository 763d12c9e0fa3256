// T-1 across every route (issue 10): the access matrix aims at records by id; this aims at the
// other doors — filters in query strings and references in bodies — with another organisation's
// ids, and checks that no route of the OpenAPI document escaped the matrix (the resident app's routes
// are walked by cross-tenant-resident.test.ts, with resident sessions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import { callEndpoint, ENDPOINTS, endpointLabel } from './endpoints';
import { type Client, makeOrganization, type Response } from './helpers';
import { isResidentPath, residentOperations, unknownPathParams } from './resident-routes';
import { makeTenantData, type TenantIds } from './tenant-data';
import { readXlsx } from './xlsx';

type Parameter = { name: string; in: string; schema?: Schema };
type Schema = { type?: string; format?: string; items?: Schema; anyOf?: Schema[] };
type Operation = { parameters?: Parameter[] };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Routes the matrix does not walk, and why (each is tested where its reason says). */
const OUTSIDE_MATRIX: Record<string, string> = {
  'POST /api/auth/login': 'public: auth.test.ts',
  'POST /api/auth/logout': 'public: auth.test.ts',
  'GET /api/auth/session': 'public: access-matrix PUBLIC_ENDPOINTS',
  'GET /api/auth/me': 'every staff member: auth.test.ts',
  'POST /api/auth/password': 'every staff member, their own password: auth.test.ts',
  'GET /api/imports/templates/consolidated.xlsx':
    'open to premises or clients: access-matrix ANY_OF_ENDPOINTS',
  'GET /api/imports/templates/premises.xlsx': 'open to premises or clients: access-matrix ANY_OF_ENDPOINTS',
};
const API_KEY_ONLY = /^\w+ \/api\/integration\/v1\//;

const isUuid = (schema: Schema | undefined): boolean =>
  !!schema &&
  (schema.format === 'uuid' || isUuid(schema.items) || (schema.anyOf ?? []).some((s) => isUuid(s)));

const routeLabel = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':id')}`;

/** The rows of an answer: a page's items, a plain array, or an export's rows. */
async function rowsOf(response: Response): Promise<unknown[]> {
  if (String(response.headers['content-type']).includes('spreadsheetml'))
    return (await readXlsx(response)).rows;
  if (Array.isArray(response.body)) return response.body;
  return response.body.items;
}

let t: TestApp;
let ours: Client;
let theirs: Client;
let ourIds: TenantIds;
let theirIds: TenantIds;
let document: OpenApi;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin: ours } = await makeOrganization(t));
  ({ admin: theirs } = await makeOrganization(t));
  ourIds = await makeTenantData(t, ours);
  theirIds = await makeTenantData(t, theirs);
  document = (await ours.get('/api/openapi.json')).body;
}, 120_000);
afterAll(() => t?.close());

describe('T-1 on every door', () => {
  it('every route of the OpenAPI document is in the access matrix or the resident walker (or has a stated reason)', () => {
    const walked = new Set(ENDPOINTS.map((e) => endpointLabel(e).replace(/\?.*$/, '')));
    // The resident walker takes every resident route whose ids name records its fixture makes.
    for (const operation of residentOperations(document))
      if (unknownPathParams(operation).length === 0) walked.add(routeLabel(operation.method, operation.path));
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths))
      for (const method of Object.keys(operations)) {
        const label = routeLabel(method, path);
        if (!walked.has(label) && !(label in OUTSIDE_MATRIX) && !API_KEY_ONLY.test(label))
          missing.push(label);
      }
    expect(missing).toEqual([]);
  });

  it('a filter naming another organisation’s record finds nothing and shows nothing of it', {
    timeout: 120_000,
  }, async () => {
    const foreign = Object.values(theirIds);
    let probes = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const get = operations.get;
      const filters = (get?.parameters ?? []).filter((p) => p.in === 'query' && isUuid(p.schema));
      // Resident routes refuse a staff session; cross-tenant-resident probes their filters.
      if (!get || filters.length === 0 || isResidentPath(path)) continue;
      const url = path.replace(/\{[^}]+\}/g, ourIds.premise);
      for (const filter of filters)
        for (const id of foreign) {
          probes += 1;
          const response = await ours.get(`${url}?${filter.name}=${id}`);
          const where = `GET ${url}?${filter.name}=<their id>`;
          expect(response.status, where).toBeLessThan(500);
          expect(response.raw.toString('latin1'), where).not.toContain(id);
          if (response.status === 200) expect(await rowsOf(response), where).toEqual([]);
          for (const theirs of foreign) expect(JSON.stringify(response.body), where).not.toContain(theirs);
        }
    }
    expect(probes).toBeGreaterThan(50);
  });

  it('a body naming another organisation’s record is refused and writes nothing', async () => {
    const foreignBodies = ENDPOINTS.filter(
      (e) => e.body && JSON.stringify(e.body(ourIds)) !== JSON.stringify(e.body(theirIds)),
    );
    expect(foreignBodies.length).toBeGreaterThan(5);
    for (const endpoint of foreignBodies) {
      const before = await fingerprint();
      // Our own route, our own record in the URL, their records in the body.
      const response = await callEndpoint(
        t,
        ours,
        { ...endpoint, url: () => endpoint.url(ourIds) },
        theirIds,
      );
      const where = `${endpointLabel(endpoint)} with their ids in the body`;
      expect(response.status, `${where}: ${JSON.stringify(response.body)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, where).toBeLessThan(500);
      expect(await fingerprint(), where).toEqual(before);
    }
  });
});

/** Everything both organisations hold, as the rows' ids and update times. */
async function fingerprint() {
  const { queryRows } = await import('../src/db/database');
  const { sql } = await import('drizzle-orm');
  const tables = ['premises', 'clients', 'premise_links', 'personal_accounts', 'roles', 'staff', 'objects'];
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number; changed: string | null }>(
      t.db,
      sql.raw(`select count(*)::int as n, max(updated_at)::text as changed from ${table}`),
    );
    result[table] = row;
  }
  return result;
}
