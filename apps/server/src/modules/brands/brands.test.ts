import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, type Response } from '../../../test/helpers';
import { multipart } from '../../../test/multipart';
import { LOGO, OTHER_LOGO, pngOfSize, putFile, putJson } from './logo-fixtures';

const BRAND = '/api/settings/brand';
const LOGO_URL = `${BRAND}/logo`;

const fieldsOf = (response: Response) =>
  (response.body.errors ?? []).map((e: { field: string; message: string }) => [e.field, e.message]);

let t: TestApp;
let admin: Client;
let organizationName: string;

beforeAll(async () => {
  t = await buildTestApp();
  const made = await makeOrganization(t);
  admin = made.admin;
  organizationName = made.organization.name;
});
afterAll(() => t?.close());

describe('the organisation’s brand and products (T-3, issue 12)', () => {
  it('starts unset with requests switched on, and every staff member reads it', async () => {
    const reader = await makeStaff(t, admin, []);
    const brand = await reader.get(BRAND);
    expect(brand.status).toBe(200);
    expect(brand.body).toEqual({
      organizationName,
      name: null,
      color: null,
      logoUrl: null,
      products: ['requests'],
    });
  });

  it('saves a trimmed name, a lower-case colour and products in the catalogue’s order; null resets', async () => {
    const saved = await putJson(admin, BRAND, {
      name: '  Мой дом  ',
      color: '#AB12CD',
      products: ['developer', 'requests'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      name: 'Мой дом',
      color: '#ab12cd',
      products: ['requests', 'developer'],
    });
    expect((await admin.get(BRAND)).body).toEqual(saved.body);

    const reset = await putJson(admin, BRAND, { name: ' ', color: null, products: [] });
    expect(reset.body).toMatchObject({ name: null, color: null, products: [] });
  });

  it('refuses a bad colour, an unknown or repeated product and a long name, in Russian, saving nothing', async () => {
    await putJson(admin, BRAND, { name: 'До', color: '#000000', products: ['events'] });
    const cases: [unknown, string, string][] = [
      [{ color: 'red' }, 'color', 'Введите цвет в формате #RRGGBB'],
      [{ color: '#12345' }, 'color', 'Введите цвет в формате #RRGGBB'],
      [{ color: '#12345g' }, 'color', 'Введите цвет в формате #RRGGBB'],
      [{ products: ['shop'] }, 'products.0', 'Выберите значение из списка'],
      [{ products: ['events', 'events'] }, 'products', 'Значения не должны повторяться'],
      [{ name: 'Я'.repeat(101) }, 'name', 'Не длиннее 100 символов'],
    ];
    for (const [change, field, message] of cases) {
      const body = { name: 'После', color: '#ffffff', products: ['requests'], ...(change as object) };
      const refused = await putJson(admin, BRAND, body);
      expect(refused.status, JSON.stringify(change)).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(refused)).toContainEqual([field, message]);
    }
    const missing = await putJson(admin, BRAND, { name: 'Без продуктов', color: null });
    expect(fieldsOf(missing)).toContainEqual(['products', 'Обязательное поле']);
    expect((await admin.get(BRAND)).body).toMatchObject({
      name: 'До',
      color: '#000000',
      products: ['events'],
    });
  });

  it('needs settings.manage to change the brand or its logo', async () => {
    const everythingElse = await makeStaff(t, admin, ['clients.view', 'clients.edit', 'premises.view']);
    const body = { name: 'Чужое', color: '#111111', products: [] };
    for (const response of [
      await putJson(everythingElse, BRAND, body),
      await putFile(everythingElse, LOGO_URL, LOGO),
      await everythingElse.delete(LOGO_URL),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    }
    const manager = await makeStaff(t, admin, ['settings.manage']);
    expect((await putJson(manager, BRAND, body)).status).toBe(200);
  });
});

describe('the organisation’s logo', () => {
  const storedLogos = async () =>
    readdir(path.join(t.config.dataDir, 'files', 'org', admin.organizationId, 'brand')).catch(() => []);

  it('stores a PNG by its real type and serves it with caching headers; a new one replaces the file', async () => {
    const uploaded = await putFile(admin, LOGO_URL, LOGO, 'logo.bin', 'application/octet-stream');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.logoUrl).toBe(`${LOGO_URL}?v=1`);
    const served = await admin.get(uploaded.body.logoUrl);
    expect(served.status).toBe(200);
    expect(served.raw.equals(LOGO)).toBe(true);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, max-age=300',
      'x-content-type-options': 'nosniff',
    });

    const files = (await storedLogos()).length;
    const replaced = await putFile(admin, LOGO_URL, OTHER_LOGO);
    expect(replaced.body.logoUrl).toBe(`${LOGO_URL}?v=2`);
    expect((await admin.get(LOGO_URL)).raw.equals(OTHER_LOGO)).toBe(true);
    expect((await storedLogos()).length).toBe(files);
  });

  it('refuses another type, more than 1 MB and too many pixels, keeping the logo', async () => {
    await putFile(admin, LOGO_URL, LOGO);
    const before = await storedLogos();
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const cases: [Buffer, string, string][] = [
      [gif, 'FILE_TYPE_NOT_ALLOWED', 'Этот тип файла не поддерживается'],
      [svg, 'FILE_TYPE_NOT_ALLOWED', 'Этот тип файла не поддерживается'],
      [Buffer.concat([LOGO, Buffer.alloc(1024 * 1024)]), 'FILE_TOO_LARGE', 'Файл больше 1 МБ'],
      [
        pngOfSize(5000, 10),
        'IMAGE_TOO_LARGE',
        'Логотип 5000×10 пикселей: допускается не больше 4096 пикселей по стороне и 16 мегапикселей',
      ],
    ];
    for (const [data, code, message] of cases) {
      const refused = await putFile(admin, LOGO_URL, data);
      expect(refused.status, code).toBe(400);
      expect(refused.body.code).toBe(code);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'file', message })]);
    }
    const noFile = await admin.request({ method: 'PUT', url: LOGO_URL, ...multipart({ title: 'x' }) });
    expect(noFile.body.code).toBe('FILE_REQUIRED');
    expect((await admin.get(LOGO_URL)).raw.equals(LOGO)).toBe(true);
    expect(await storedLogos()).toEqual(before);
  });

  it('is removed: no URL, 404, and the file is gone', async () => {
    await putFile(admin, LOGO_URL, LOGO);
    expect((await admin.delete(LOGO_URL)).status).toBe(204);
    expect((await admin.get(BRAND)).body.logoUrl).toBeNull();
    const gone = await admin.get(LOGO_URL);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('NOT_FOUND');
    expect(await storedLogos()).toEqual([]);
  });
});
