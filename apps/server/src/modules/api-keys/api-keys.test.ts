// I-1: integration keys, created and revoked by an administrator, stored hashed, scoped.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { queryRows } from '../../db/database';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
});
afterAll(() => t.close());

const withKey = (key: string, url: string, payload?: unknown) =>
  send(t, {
    method: payload === undefined ? 'GET' : 'POST',
    url,
    headers: { authorization: `Bearer ${key}` },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const batch = { items: [{ externalId: 'K-1', fullName: 'Ключев Ключ' }] };

describe('API keys (I-1)', () => {
  it('shows the key once and stores only its hash', async () => {
    const created = await admin.post('/api/api-keys', { name: '1С: Бухгалтерия', scopes: ['import'] });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^dmv_[\w-]{40,}$/);
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    const listed = await admin.get('/api/api-keys');
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).not.toHaveProperty('key');
    const stored = await queryRows<{ key_hash: string }>(t.db, sql`select key_hash from api_keys`);
    expect(stored[0]?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.body.key);
  });

  it('opens the integration API and nothing else; a revoked key opens nothing', async () => {
    const { body } = await admin.post('/api/api-keys', { name: 'Сервер УО', scopes: ['import'] });
    const ok = await withKey(body.key, '/api/integration/v1/clients', batch);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const used = await admin.get('/api/api-keys');
    expect(used.body.find((k: { id: string }) => k.id === body.id).lastUsedAt).not.toBeNull();

    const crm = await withKey(body.key, '/api/clients');
    expect(crm.status).toBe(403);
    expect(crm.body.code).toBe('API_KEY_SCOPE');
    expect((await withKey(body.key, '/api/auth/me')).status).toBe(403);

    expect((await admin.delete(`/api/api-keys/${body.id}`)).status).toBe(204);
    const revoked = await withKey(body.key, '/api/integration/v1/clients', batch);
    expect(revoked.status).toBe(401);
    const listed = await admin.get('/api/api-keys');
    expect(listed.body.find((k: { id: string }) => k.id === body.id).revokedAt).not.toBeNull();
  });

  it('refuses an export-only key on the import API, and a staff session there', async () => {
    const { body } = await admin.post('/api/api-keys', { name: 'Отчёты', scopes: ['export'] });
    const refused = await withKey(body.key, '/api/integration/v1/clients', batch);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('API_KEY_SCOPE');
    const staff = await admin.post('/api/integration/v1/clients', batch);
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe('API_KEY_REQUIRED');
  });

  it('answers 401 to an unknown key and changes nothing', async () => {
    const response = await withKey('dmv_not-a-key', '/api/integration/v1/clients', batch);
    expect(response.status).toBe(401);
    const clients = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from clients where full_name = 'Ключев Ключ'`,
    );
    expect(clients[0]?.n).toBe(1);
  });

  it('needs «Настройки» to manage keys, and keeps organisations apart', async () => {
    const clerk = await makeStaff(t, admin, ['clients.view', 'clients.edit']);
    expect((await clerk.get('/api/api-keys')).status).toBe(403);
    expect((await clerk.post('/api/api-keys', { name: 'x', scopes: ['import'] })).status).toBe(403);
    const { body } = await admin.post('/api/api-keys', { name: 'Чужой', scopes: ['import'] });
    const other = (await makeOrganization(t)).admin;
    expect((await other.get('/api/api-keys')).body).toEqual([]);
    expect((await other.delete(`/api/api-keys/${body.id}`)).status).toBe(404);
  });

  it('validates the body: a name and at least one known scope', async () => {
    const response = await admin.post('/api/api-keys', { name: '', scopes: ['admin'] });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'scopes.0']);
  });
});
