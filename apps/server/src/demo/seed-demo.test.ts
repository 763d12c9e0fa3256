import { PREMISE_TYPE_NAMES } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { type Client, loginAs } from '../../test/helpers';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { ensureDemo } from './ensure-demo';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  const database: Database = { db: t.db, kind: 'pglite', migrate: async () => {}, close: async () => {} };
  const outcome = await ensureDemo(database, loadConfig({ ADMIN_PASSWORD: 'demo-password' }));
  expect(outcome).toMatchObject({ created: true, login: 'admin', passwordFromEnv: true });
  admin = await loginAs(t, 'admin', 'demo-password');
});
afterAll(() => t.close());

describe('demo organisation «УК Демо» (issue 2, item 10)', () => {
  it('has two legal entities, object groups and quarters, and objects in them', async () => {
    expect((await admin.get('/api/auth/me')).body.organization.name).toBe('УК Демо');
    expect((await admin.get('/api/legal-entities')).body).toHaveLength(2);
    expect((await admin.get('/api/object-groups')).body).toHaveLength(2);
    expect((await admin.get('/api/quarters')).body).toHaveLength(2);
    const objects = (await admin.get('/api/objects')).body;
    expect(objects.length).toBeGreaterThanOrEqual(4);
    expect(
      objects.every((o: { groupId: string | null; quarterId: string | null }) => o.groupId && o.quarterId),
    ).toBe(true);
  });

  it('has at least 1,000 premises of every type, with accounts and tags', async () => {
    const all = (await admin.get('/api/premises?pageSize=1')).body;
    expect(all.total).toBeGreaterThanOrEqual(1000);
    for (const type of PREMISE_TYPE_NAMES) {
      expect((await admin.get(`/api/premises?type=${type}&pageSize=1`)).body.total, type).toBeGreaterThan(0);
    }
    const page = (await admin.get('/api/premises?pageSize=200')).body.items;
    expect(page.every((p: { accountNumbers: string[] }) => p.accountNumbers.length > 0)).toBe(true);
    const tags = (await admin.get('/api/tags')).body;
    expect(tags.length).toBeGreaterThanOrEqual(3);
    expect(
      (await admin.get(`/api/premises?tag=${encodeURIComponent(tags[0].name)}&pageSize=1`)).body.total,
    ).toBeGreaterThan(0);
  });

  it('is searchable like real data', async () => {
    const found = (await admin.get(`/api/premises?search=${encodeURIComponent('Северная 1 к2 15')}`)).body;
    expect(found.items.map((p: { fullAddress: string }) => p.fullAddress)).toContain(
      'ул. Северная, д. 1, корп. 2, кв. 15',
    );
  });

  it('is created once: a second start leaves the database alone', async () => {
    const database: Database = { db: t.db, kind: 'pglite', migrate: async () => {}, close: async () => {} };
    expect(await ensureDemo(database, loadConfig({}))).toEqual({ created: false, reason: 'exists' });
    expect(await ensureDemo({ ...database, kind: 'postgres' }, loadConfig({}))).toEqual({
      created: false,
      reason: 'disabled',
    });
    expect(await ensureDemo(database, loadConfig({ DEMO: '0' }))).toEqual({
      created: false,
      reason: 'disabled',
    });
  });
});
