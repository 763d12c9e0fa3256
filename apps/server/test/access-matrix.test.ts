// The access matrix of every endpoint (issue 2): no session → 401; a role without the
// permission → 403; staff of another organisation → 404 and never the data (R-1, R-2, T-1).
import type { Permission } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import { callEndpoint, ENDPOINTS, type Endpoint, endpointLabel } from './endpoints';
import { type Client, makeOrganization, makeStaff, send } from './helpers';
import { makeTenantData, type TenantIds } from './tenant-data';
import { readXlsx } from './xlsx';

/** Endpoints open to a role with any one of these permissions (I-3 templates: premises or clients). */
const ANY_OF_ENDPOINTS: { url: string; anyOf: Permission[] }[] = [
  { url: '/api/imports/templates/consolidated.xlsx', anyOf: ['premises.view', 'clients.view'] },
  { url: '/api/imports/templates/premises.xlsx', anyOf: ['premises.view', 'clients.view'] },
];

/** GET endpoints open without a session: the CRM asks them before anyone has logged in. */
const PUBLIC_ENDPOINTS = ['/api/auth/session'];

let t: TestApp;
let admin: Client;
let ids: TenantIds;

const call = (client: Client | undefined, endpoint: Endpoint) => callEndpoint(t, client, endpoint, ids);
const label = endpointLabel;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ids = await makeTenantData(t, admin);
});
afterAll(() => t.close());

describe('access matrix', () => {
  it.each(ENDPOINTS.map((e) => [label(e), e] as const))('%s: 401 without a session', async (_, endpoint) => {
    const response = await call(undefined, endpoint);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it.each(
    ENDPOINTS.filter((e) => e.permission).map((e) => [`${label(e)} needs ${e.permission}`, e] as const),
  )('%s: 403 for a role without it', async (_, endpoint) => {
    const everythingElse = (await admin.get('/api/permissions')).body
      .map((p: { name: string }) => p.name)
      .filter((name: string) => name !== endpoint.permission);
    const staff = await makeStaff(t, admin, everythingElse);
    const response = await call(staff, endpoint);
    expect(response.status).toBe(403);
    expect(response.body).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', title: 'Недостаточно прав для этого действия' }),
    );
  });

  it.each(ENDPOINTS.filter((e) => !e.permission && e.method === 'GET').map((e) => [label(e), e] as const))(
    '%s: readable by a role with no permissions at all',
    async (_, endpoint) => {
      const staff = await makeStaff(t, admin, []);
      expect((await call(staff, endpoint)).status).toBe(200);
    },
  );

  it.each(ENDPOINTS.filter((e) => e.scoped).map((e) => [label(e), e] as const))(
    '%s: 404 and no data for an administrator of another organisation',
    async (_, endpoint) => {
      const other = await makeOrganization(t);
      // The other organisation has its own legal entity, so a body naming ours is the only foreign part.
      const response = await call(other.admin, endpoint);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(Object.keys(response.body).sort()).toEqual(
        ['code', 'status', 'title', 'type'].concat(response.body.detail ? ['detail'] : []).sort(),
      );
    },
  );

  it.each(['/api/premises/export.xlsx', '/api/clients/export.xlsx', '/api/service-requests/export.xlsx'])(
    '%s: an administrator of another organisation gets a file without our rows',
    async (url) => {
      const other = await makeOrganization(t);
      const response = await other.admin.get(url);
      expect(response.status).toBe(200);
      expect((await readXlsx(response)).rows).toEqual([]);
      expect((await readXlsx(await admin.get(url))).rows.length).toBeGreaterThan(0);
    },
  );

  it.each(ANY_OF_ENDPOINTS.map((e) => [`GET ${e.url}`, e] as const))(
    '%s: 401 without a session, 403 without any of its permissions, 200 with one of them',
    async (_, { url, anyOf }) => {
      expect((await send(t, { method: 'GET', url })).status).toBe(401);
      const everythingElse = (await admin.get('/api/permissions')).body
        .map((p: { name: Permission }) => p.name)
        .filter((name: Permission) => !anyOf.includes(name));
      const refused = await (await makeStaff(t, admin, everythingElse)).get(url);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      for (const permission of anyOf) {
        expect((await (await makeStaff(t, admin, [permission])).get(url)).status).toBe(200);
      }
    },
  );

  it.each(PUBLIC_ENDPOINTS.map((url) => [`GET ${url}`, url] as const))(
    '%s: answers without a session, and to a role with no permissions at all',
    async (_, url) => {
      expect((await send(t, { method: 'GET', url })).status).toBe(200);
      expect((await (await makeStaff(t, admin, [])).get(url)).status).toBe(200);
    },
  );

  it('left every record of the organisation in place', async () => {
    expect((await admin.get(`/api/premises/${ids.premise}`)).body.note).toBeNull();
    expect(
      (await admin.get(`/api/premises/${ids.premise}/accounts`)).body.map(
        (a: { number: string }) => a.number,
      ),
    ).toEqual(['MATRIX-1']);
    expect(
      (await admin.get(`/api/premises/${ids.premise}/documents`)).body.map((d: { title: string }) => d.title),
    ).toEqual(['Документ']);
    expect((await admin.get(`/api/roles/${ids.role}`)).body.name).toBe('Матрица');
    expect((await admin.get(`/api/objects/${ids.object}`)).body.imageUrl).not.toBeNull();
    const client = (await admin.get(`/api/clients/${ids.client}`)).body;
    expect(client.note).toBeNull();
    expect(
      client.externalIds.map((e: { externalId: string; note: string | null }) => [e.externalId, e.note]),
    ).toEqual([['M-1', null]]);
    expect((await admin.get(`/api/premises/${ids.premise}/clients`)).body).toHaveLength(1);
    expect((await admin.get(`/api/clients/${ids.sessionClient}/sessions`)).body).toHaveLength(1);
  });
});
