import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { LOGO, OTHER_LOGO, putFile } from './logo-fixtures';

let t: TestApp;
let admin: Client;
let stranger: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ({ admin: stranger } = await makeOrganization(t));
});
afterAll(() => t?.close());

describe('an object’s own brand (T-3)', () => {
  it('is unset on a new object, set and cleared through PATCH with the other fields kept', async () => {
    const object = await makeObject(admin, { name: 'ЖК Свой бренд' });
    expect(object).toMatchObject({ brandName: null, brandColor: null, brandLogoUrl: null });

    const set = await admin.patch(`/api/objects/${object.id}`, {
      brandName: ' Парк ',
      brandColor: '#00AA55',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ name: 'ЖК Свой бренд', brandName: 'Парк', brandColor: '#00aa55' });

    const renamed = await admin.patch(`/api/objects/${object.id}`, { name: 'ЖК Новое имя' });
    expect(renamed.body).toMatchObject({ brandName: 'Парк', brandColor: '#00aa55' });

    const cleared = await admin.patch(`/api/objects/${object.id}`, { brandName: '', brandColor: null });
    expect(cleared.body).toMatchObject({ brandName: null, brandColor: null });

    const created = await admin.post('/api/objects', {
      name: 'ЖК Сразу',
      address: '',
      brandColor: '#FFFFFF',
    });
    expect(created.body.brandColor).toBe('#ffffff');
  });

  it('refuses a bad colour in Russian and needs settings.manage', async () => {
    const object = await makeObject(admin);
    const refused = await admin.patch(`/api/objects/${object.id}`, { brandColor: 'зелёный' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual(
      expect.objectContaining({ field: 'brandColor', message: 'Введите цвет в формате #RRGGBB' }),
    );
    const viewer = await makeStaff(t, admin, ['premises.view', 'clients.view']);
    expect((await viewer.patch(`/api/objects/${object.id}`, { brandColor: '#000000' })).status).toBe(403);
    expect((await putFile(viewer, `/api/objects/${object.id}/brand-logo`, LOGO)).status).toBe(403);
    expect((await viewer.delete(`/api/objects/${object.id}/brand-logo`)).status).toBe(403);
  });

  it('has its own logo: uploaded, served, replaced and removed', async () => {
    const object = await makeObject(admin);
    const url = `/api/objects/${object.id}/brand-logo`;
    const uploaded = await putFile(admin, url, LOGO);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ id: object.id, brandLogoUrl: `${url}?v=1`, imageUrl: null });
    const served = await admin.get(uploaded.body.brandLogoUrl);
    expect(served.raw.equals(LOGO)).toBe(true);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('private, max-age=300');

    expect((await putFile(admin, url, OTHER_LOGO)).body.brandLogoUrl).toBe(`${url}?v=2`);
    expect((await admin.get(url)).raw.equals(OTHER_LOGO)).toBe(true);
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    expect((await putFile(admin, url, gif, 'logo.gif', 'image/gif')).body.code).toBe('FILE_TYPE_NOT_ALLOWED');

    expect((await admin.delete(url)).status).toBe(204);
    expect((await admin.get(`/api/objects/${object.id}`)).body.brandLogoUrl).toBeNull();
    expect((await admin.get(url)).status).toBe(404);
  });

  it('another organisation’s object is 404 for the brand fields and the logo, and is left unchanged', async () => {
    const object = await makeObject(admin, { brandName: 'Наш' });
    const url = `/api/objects/${object.id}/brand-logo`;
    await putFile(admin, url, LOGO);
    for (const response of [
      await stranger.patch(`/api/objects/${object.id}`, { brandName: 'Чужой' }),
      await putFile(stranger, url, OTHER_LOGO),
      await stranger.get(url),
      await stranger.delete(url),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await admin.get(`/api/objects/${object.id}`)).body).toMatchObject({
      brandName: 'Наш',
      brandLogoUrl: `${url}?v=1`,
    });
    expect((await admin.get(url)).raw.equals(LOGO)).toBe(true);
  });
});
