// The resident app (issue 12) is served at `/app/`, beside the CRM at `/`: its files, index.html
// for every page of the app (`/app/<organisation>/…`, also /app/index.html, which the service
// worker precaches), the service worker never cached for long, and the CSP on every answer.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type DomovoyApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { localFileStorage } from '../src/platform/storage';
import { createTestDatabase } from './build-test-app';

let dir: string;
let database: Database;
let app: DomovoyApp;

async function writeBuild(dist: string, marker: string) {
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), `<!doctype html><div id="${marker}"></div>`);
  await writeFile(path.join(dist, 'assets', `${marker}-abc123.js`), `console.log('${marker}')`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'domovoy-resident-'));
  await writeBuild(path.join(dir, 'crm'), 'crm');
  await writeBuild(path.join(dir, 'resident'), 'resident');
  await writeFile(path.join(dir, 'resident', 'sw.js'), 'self.skipWaiting()');
  await writeFile(path.join(dir, 'resident', 'manifest.webmanifest'), '{"name":"Домовой"}');
  database = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ DATA_DIR: dir }),
    db: database.db,
    storage: localFileStorage(path.join(dir, 'files')),
    crmDir: path.join(dir, 'crm'),
    residentAppDir: path.join(dir, 'resident'),
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('resident app at /app/', () => {
  it('serves its index.html for every page of the app, the CRM’s for the rest', async () => {
    for (const url of ['/app/', '/app/demo/', '/app/demo/premises/request', '/app/index.html']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<div id="resident">');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
    expect((await app.inject({ url: '/premises' })).body).toContain('<div id="crm">');
    const bare = await app.inject({ url: '/app' });
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/app/');
  });

  it('caches hashed assets for good, revalidates the service worker and manifest, 404s the rest', async () => {
    const asset = await app.inject({ url: '/app/assets/resident-abc123.js' });
    expect(asset.body).toBe("console.log('resident')");
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/app/sw.js', '/app/manifest.webmanifest']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toContain('max-age=0');
    }
    expect((await app.inject({ url: '/app/assets/missing.js' })).statusCode).toBe(404);
  });

  it('sends a script compressed as the build wrote it when the browser takes that encoding', async () => {
    const script = "console.log('compressed')";
    const assets = path.join(dir, 'resident', 'assets');
    await writeFile(path.join(assets, 'packed-abc123.js'), script);
    await writeFile(path.join(assets, 'packed-abc123.js.br'), brotliCompressSync(script));
    await writeFile(path.join(assets, 'packed-abc123.js.gz'), gzipSync(script));
    const get = (encoding?: string) =>
      app.inject({
        url: '/app/assets/packed-abc123.js',
        headers: encoding ? { 'accept-encoding': encoding } : {},
      });

    const brotli = await get('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    const gzip = await get('gzip, deflate, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const response of [brotli, gzip, plain]) {
      expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(response.headers.vary).toContain('accept-encoding');
      expect(response.headers['cache-control']).toContain('immutable');
    }
    // An asset without copies goes as it is.
    const bare = await app.inject({
      url: '/app/assets/resident-abc123.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(bare.headers['content-encoding']).toBeUndefined();
  });

  it('is served without a CRM build too (its own static files), and `/` then points to the API', async () => {
    const alone = await createTestDatabase();
    const residentOnly = await buildApp({
      config: loadConfig({ DATA_DIR: dir }),
      db: alone.db,
      storage: localFileStorage(path.join(dir, 'files')),
      residentAppDir: path.join(dir, 'resident'),
    });
    try {
      expect((await residentOnly.inject({ url: '/app/demo/profile' })).body).toContain('<div id="resident">');
      expect((await residentOnly.inject({ url: '/app/sw.js' })).body).toBe('self.skipWaiting()');
      expect((await residentOnly.inject({ url: '/' })).body).toContain('/api/docs');
    } finally {
      await residentOnly.close();
      await alone.close();
    }
  });

  it('never serves a file outside its build, and refuses a malformed path without a 500', async () => {
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    for (const url of ['/app/../secret.txt', '/app/..%2f..%2fsecret.txt', '/app/%2e%2e/crm/index.html']) {
      const response = await app.inject({ url });
      expect(response.body, url).not.toContain('secret');
      expect(response.body, url).not.toContain('<div id="crm">');
      expect(response.statusCode, url).toBeLessThan(500);
    }
    expect((await app.inject({ url: '/app/demo/%E0%A4%A' })).statusCode).toBe(400);
  });
});
