// T-3: every organisation's app installs under its own brand: `/app/<slug>/manifest.webmanifest`.
import { DEFAULT_BRAND_COLOR } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeOrganization } from '../../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const manifestOf = (slug: string) => t.app.inject({ url: `/app/${slug}/manifest.webmanifest` });

describe('GET /app/<slug>/manifest.webmanifest', () => {
  it('names and colours the app by the organisation’s brand, starts at its address, scoped to the whole app', async () => {
    const { admin, organization } = await makeOrganization(t, 'УК Северный берег');
    const plain = await manifestOf(organization.slug);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toContain('application/manifest+json');
    expect(plain.headers['cache-control']).toBe('no-cache');
    expect(plain.json()).toMatchObject({
      id: `/app/${organization.slug}/`,
      name: 'УК Северный берег',
      start_url: `/app/${organization.slug}/`,
      scope: '/app/',
      theme_color: DEFAULT_BRAND_COLOR,
      display: 'standalone',
    });
    const branded = await admin.request({
      method: 'PUT',
      url: '/api/settings/brand',
      payload: { name: 'Северный берег', color: '#00838f', products: ['requests'] },
    });
    expect(branded.status).toBe(200);
    const manifest = (await manifestOf(organization.slug)).json();
    expect(manifest).toMatchObject({
      name: 'Северный берег',
      short_name: 'Северный берег',
      theme_color: '#00838f',
    });
    expect(manifest.icons.map((i: { src: string }) => i.src)).toContain('/app/icons/icon-192.png');
  });

  it('is 404 for an organisation that does not exist', async () => {
    expect((await manifestOf('no-such-organization')).statusCode).toBe(404);
  });
});
