// Issue 12, browser: «Настройки» → «Приложение жителей» — the demo's brand is shown, a colour is
// picked and products switched and saved, a logo is uploaded and shown, a GIF is refused in Russian.
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, adminPassword, launchBrowser, logIn, openPage, type TestPage } from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
let before: { name: string | null; color: string | null; products: ('requests' | 'events' | 'developer')[] };

/** A valid 1×1 PNG (the browser decodes it to show the preview). */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function brandNow() {
  const api = await adminApi();
  const { data } = await api.GET('/api/settings/brand');
  if (!data) throw new Error('no brand');
  return data;
}

beforeAll(async () => {
  before = await brandNow();
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), '/settings?tab=resident-app');
});
afterAll(async () => {
  await browser?.close();
  // Other files see the demo's brand as the seed made it.
  const api = await adminApi();
  await api.PUT('/api/settings/brand', { body: before });
  await api.DELETE('/api/settings/brand/logo');
});

describe('«Приложение жителей»', () => {
  it('shows the demo brand, saves a picked colour, a name and a product switched on', async () => {
    const name = page.getByLabel('Название в приложении');
    await expect.poll(() => name.inputValue()).toBe('Мой дом — УК Демо');
    const switchOf = (label: string) => page.getByRole('switch', { name: new RegExp(label) });
    await expect(switchOf('Заявки в УК').getAttribute('aria-checked')).resolves.toBe('true');
    await expect(switchOf('Мероприятия').getAttribute('aria-checked')).resolves.toBe('true');
    await expect(switchOf('Покупка недвижимости').getAttribute('aria-checked')).resolves.toBe('false');

    await name.fill('Домовой Тест');
    await page.locator('.ant-color-picker-trigger').click();
    const hex = page.locator('.ant-color-picker-hex-input input');
    await hex.fill('1a2b3c');
    await hex.press('Enter');
    await page.keyboard.press('Escape');
    await switchOf('Покупка недвижимости').click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Настройки приложения сохранены').waitFor();

    expect(await brandNow()).toMatchObject({
      name: 'Домовой Тест',
      color: '#1a2b3c',
      products: ['requests', 'events', 'developer'],
    });
    await expect(page.getByLabel('Предпросмотр бренда').textContent()).resolves.toBe('Домовой Тест');
  });

  it('uploads a logo and shows it; a GIF is refused with the server’s words', async () => {
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: onePixelPng() });
    const logo = page.getByRole('img', { name: 'Логотип организации' });
    await logo.waitFor();
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect((await brandNow()).logoUrl).toMatch(/^\/api\/settings\/brand\/logo\?v=\d+$/);

    t.expectRefusal(400, '/api/settings/brand/logo');
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    await input.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: gif });
    await page.getByText('Этот тип файла не поддерживается').waitFor();
  });

  it('gives an object its own brand name and logo in the object form', async () => {
    await page.getByRole('tab', { name: 'Объекты' }).click();
    await page.getByRole('button', { name: 'Добавить объект' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый объект' });
    const name = `ЖК Бренд ${Date.now()}`;
    await dialog.getByLabel('Название', { exact: true }).fill(name);
    await dialog.getByLabel('Название в приложении').fill('Свой бренд');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'object.png', mimeType: 'image/png', buffer: onePixelPng() });
    await dialog.getByText('object.png').waitFor();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const api = await adminApi();
    const { data } = await api.GET('/api/objects', { params: { query: { search: name } } });
    expect(data?.[0]).toMatchObject({ name, brandName: 'Свой бренд', brandColor: null });
    expect(data?.[0]?.brandLogoUrl).toMatch(/\/brand-logo\?v=1$/);
    if (data?.[0]) await api.DELETE('/api/objects/{id}', { params: { path: { id: data[0].id } } });
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
