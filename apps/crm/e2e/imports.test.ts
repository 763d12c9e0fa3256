// Issue 5, browser: the Excel import (I-3) — a template downloaded from the upload form, a
// premises file read with a progress bar, previewed, applied and found in the list; a file with a
// bad row: its error count, its report, and the server's refusal until «только строки без ошибок».
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  baseUrl,
  chooseOption,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
  unique,
} from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
const u = unique();
const street = `ул. Импортная-${u}`;
const HEADER = ['Тип помещения', 'Улица', 'Дом', 'Номер помещения', 'Общая площадь', 'Лицевой счёт'];
const LEGAL_ENTITY = 'ООО «УК Домовой Север»';
const OBJECT = 'ЖК «Речной»';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

async function premisesFile(rows: unknown[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Данные');
  for (const row of [HEADER, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fills the open upload form and sends the file; resolves with the new import's id. */
async function upload(name: string, data: Buffer) {
  const dialog = page.getByRole('dialog', { name: 'Загрузка из Excel' });
  await chooseOption(page, dialog.getByLabel('Юрлицо', { exact: true }), '', LEGAL_ENTITY);
  await chooseOption(page, dialog.getByLabel('Объект', { exact: true }), '', OBJECT);
  await dialog.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: data,
  });
  await dialog.getByRole('button', { name: 'Загрузить' }).click();
  await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/).catch(async (error: unknown) => {
    // A refused form stays open: its text says why.
    throw new Error(`the upload did not open its page; the form says: ${await dialog.textContent()}`, {
      cause: error,
    });
  });
  await dialog.waitFor({ state: 'detached' });
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The figure of one count («Новые», «Создано», …) in one card of the preview or result. */
function count(card: string, label: string) {
  return page
    .locator('.ant-card-small')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${card}$`) }) })
    .locator('.ant-statistic')
    .filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ant-statistic-content-value');
}

const statusTag = () =>
  page.locator('.ant-descriptions-item').filter({ hasText: 'Состояние' }).locator('.ant-tag');

describe('Excel import in the CRM', () => {
  it('downloads the premises template from the upload form opened on the premises list', async () => {
    await logIn(page, 'admin', adminPassword(), '/premises');
    await page.getByRole('button', { name: 'Импорт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Загрузка из Excel' });
    await expect(
      dialog.locator('.ant-form-item').filter({ hasText: 'Что загружаем' }).textContent(),
    ).resolves.toContain('Помещения с лицевыми счетами');
    await expect(dialog.textContent()).resolves.toContain('ничего не меняется');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Шаблон «Помещения»' }).click(),
    ]);
    expect(new URL(download.url()).pathname).toBe('/api/imports/templates/premises.xlsx');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const headers = workbook.getWorksheet('Данные')?.getRow(1).values as unknown[];
    expect(headers).toEqual(expect.arrayContaining(HEADER));
  });

  it('uploads a premises file and shows how far its reading got, across a reload', async () => {
    // The server's answers are held at «parsing» for a while: a small file is read faster than
    // the page asks, and the bar is what is under test.
    let hold = true;
    await page.route('**/api/imports/*', async (route) => {
      if (!hold || route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      const job = {
        ...(await response.json()),
        status: 'parsing',
        progress: { rowsRead: 2, rowsEstimated: 4 },
      };
      await route.fulfill({ response, json: { ...job, preview: null } });
    });
    const data = await premisesFile([
      ['Квартира', street, '5', '1', 40.5, `77${u}1`],
      ['Квартира', street, '5', '2', 52, `77${u}2`],
      ['Машино-место', street, '5', '3', 13.2, ''],
    ]);
    await upload(`Помещения ${u}.xlsx`, data);
    const bar = page.getByRole('progressbar', { name: 'Чтение файла' });
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('50');
    await page.reload();
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 30_000 }).toBe('50');
    await expect(statusTag().textContent()).resolves.toContain('Читается');
    hold = false;
    await page.unrouteAll({ behavior: 'wait' });
    await page.getByText('Предпросмотр: что сделает загрузка').waitFor();
    await bar.waitFor({ state: 'detached' });
    await expect(statusTag().textContent()).resolves.toBe('Готов к загрузке');
  });

  it('previews the counts and applies the file; the premises list has the new premises', async () => {
    await expect(count('Помещения', 'Новые').textContent()).resolves.toBe('3');
    await expect(count('Лицевые счета', 'Новые').textContent()).resolves.toBe('2');
    await page.getByRole('button', { name: 'Применить' }).click();
    await page.getByText(/^Итог загрузки/).waitFor();
    await expect(statusTag().textContent()).resolves.toBe('Загружен');
    await expect(count('Помещения', 'Создано').textContent()).resolves.toBe('3');
    await page.getByRole('button', { name: 'Отменить загрузку' }).waitFor();

    await page.getByRole('menuitem', { name: 'Помещения' }).click();
    await page.getByLabel('Поиск помещений').fill(`Импортная-${u} 5 2`);
    await page.getByLabel('Поиск помещений').press('Enter');
    await page.getByRole('link', { name: `${street}, д. 5, кв. 2` }).waitFor();
  });

  it('shows a bad row’s count and report, and applies such a file only with «только строки без ошибок»', async () => {
    await page.getByRole('menuitem', { name: 'Импорт' }).click();
    await page.getByRole('heading', { name: 'Импорт' }).waitFor();
    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    const id = await upload(
      `С ошибкой ${u}.xlsx`,
      await premisesFile([
        ['Квартира', street, '5', '4', 61, `77${u}4`],
        ['Квартира', street, '5', '5', -5, `77${u}5`],
      ]),
    );
    await page.getByText('Строк с ошибками: 1').waitFor();
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Скачать ошибки (.xlsx)' }).click(),
    ]);
    expect(new URL(report.url()).pathname).toBe(`/api/imports/${id}/errors.xlsx`);
    expect((await readFile(await report.path())).subarray(0, 2).toString()).toBe('PK');

    t.expectRefusal(409, `/api/imports/${id}/apply`);
    await page.getByRole('button', { name: 'Применить' }).click();
    await page.getByText('В файле есть строки с ошибками').waitFor();
    await expect(statusTag().textContent()).resolves.toBe('Готов к загрузке');

    await page.getByRole('checkbox', { name: 'Загрузить только строки без ошибок' }).check();
    await page.getByRole('button', { name: 'Применить' }).click();
    await page.getByText(/^Итог загрузки/).waitFor();
    await expect(count('Помещения', 'Создано').textContent()).resolves.toBe('1');
  });

  it('rolls the file back after a confirmation, and lists both uploads', async () => {
    await page.getByRole('button', { name: 'Отменить загрузку' }).click();
    const confirm = page.getByRole('dialog', { name: 'Отменить загрузку?' });
    await confirm.getByRole('button', { name: 'Отменить загрузку' }).click();
    await page.getByText('Загрузка отменена').waitFor();
    await expect(statusTag().textContent()).resolves.toBe('Отменён');

    await page.getByRole('link', { name: 'Импорт', exact: true }).click();
    // The list shown from the cache is refetched on opening: wait for the fresh states.
    const row = (name: string) => page.locator('.ant-table-row').filter({ hasText: name });
    await expect
      .poll(() => row(`С ошибкой ${u}.xlsx`).textContent(), { timeout: 30_000 })
      .toContain('Отменён');
    await expect
      .poll(() => row(`Помещения ${u}.xlsx`).textContent(), { timeout: 30_000 })
      .toContain('Загружен');
    expect(page.url()).toBe(`${baseUrl()}/imports`);
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
