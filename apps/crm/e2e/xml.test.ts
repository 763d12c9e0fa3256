// I-2, browser: an XML file of an accounting system uploaded through the form (no object or legal
// entity to choose: the file names them) and previewed; the watched folder connected in settings,
// a relative path refused at the field.
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  chooseOption,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
} from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
let folder = '';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  folder = await realpath(await mkdtemp(path.join(tmpdir(), 'domovoy-xml-')));
  await logIn(page, 'admin', adminPassword(), '/imports');
});
afterAll(async () => {
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** docs/xml/example.xml with this organisation's object and legal entity instead of the documented ids. */
async function exampleXml() {
  const api = await adminApi();
  const objectId = (await api.GET('/api/objects')).data?.[0]?.id ?? '';
  const legalEntityId = (await api.GET('/api/legal-entities')).data?.[0]?.id ?? '';
  const example = await readFile(new URL('../../../docs/xml/example.xml', import.meta.url), 'utf8');
  return example
    .replace('00000000-0000-4000-8000-000000000001', objectId)
    .replace('00000000-0000-4000-8000-000000000002', legalEntityId);
}

describe('XML import in the CRM', () => {
  it('uploads an XML file without choosing an object or legal entity and shows its preview', async () => {
    const xml = await exampleXml();
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    const excel = page.getByRole('dialog', { name: 'Загрузка из Excel' });
    await excel.getByLabel('Юрлицо', { exact: true }).waitFor();
    await chooseOption(
      page,
      excel.getByLabel('Что загружаем', { exact: true }),
      '',
      'XML из учётной системы',
    );
    const dialog = page.getByRole('dialog', { name: 'Загрузка XML' });
    await expect(dialog.textContent()).resolves.toContain('docs/xml/README.md');
    await expect(dialog.getByLabel('Юрлицо', { exact: true }).count()).resolves.toBe(0);
    await expect(dialog.getByLabel('Объект', { exact: true }).count()).resolves.toBe(0);
    await expect(dialog.locator('input[type="file"]').getAttribute('accept')).resolves.toBe('.xml');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'Выгрузка 1С.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(xml),
    });
    await dialog.getByRole('button', { name: 'Загрузить' }).click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await page.getByText('Предпросмотр: что сделает загрузка').waitFor();
    await page.getByRole('heading', { name: 'Выгрузка 1С.xml' }).waitFor();
  });

  it('connects the watched folder, refusing a relative path at the field, and disconnects it', async () => {
    await page.goto(`${new URL(page.url()).origin}/settings?tab=xml-folder`);
    await page.getByText('Папка', { exact: true }).waitFor();
    const field = page.getByLabel('Путь к папке на сервере', { exact: true });
    const item = page.locator('.ant-form-item').filter({ has: field });
    await field.fill('xml/uk1');
    t.expectRefusal(400, '/api/integration/xml-folder');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await item.getByText('Укажите полный путь от корня').waitFor();

    await field.fill(folder);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.locator('.ant-descriptions code').filter({ hasText: folder }).waitFor();

    await page.getByRole('button', { name: 'Отключить' }).click();
    await page.locator('.ant-descriptions').getByText('не подключена').waitFor();
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
