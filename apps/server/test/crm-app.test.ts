// The staff CRM is served at `/` (issue 5): its files, index.html for the app's own paths,
// and the API's 404 untouched for /api paths.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type DomovoyApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { localFileStorage } from '../src/platform/storage';
import { createTestDatabase } from './build-test-app';

let dir: string;
let database: Database;
let app: DomovoyApp;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'domovoy-crm-'));
  const dist = path.join(dir, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  database = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ DATA_DIR: dir }),
    db: database.db,
    storage: localFileStorage(path.join(dir, 'files')),
    crmDir: dist,
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('CRM web app at /', () => {
  it('serves index.html at / and at the app’s own paths, without a session', async () => {
    for (const url of ['/', '/premises', '/clients/5b0c1d7e-0000-4000-8000-000000000000?tab=history']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves built assets with a long cache, and 404 for files that are not there', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await app.inject({ url: '/assets/index-missing.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('never serves a file outside the build, and refuses a malformed path without a 500', async () => {
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    for (const url of ['/../secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await app.inject({ url });
      expect(response.body, url).not.toContain('secret');
      expect(response.statusCode, url).toBeLessThan(500);
    }
    expect((await app.inject({ url: '/premises/%E0%A4%A' })).statusCode).toBe(400);
  });

  it('leaves /api alone: unknown API paths are problem+json 404, API routes still need a session', async () => {
    const unknown = await app.inject({ url: '/api/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    expect((await app.inject({ url: '/api/premises' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
  });
});
