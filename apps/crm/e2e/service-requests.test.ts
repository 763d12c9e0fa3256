// Issue 13, browser: «Создать заявку» from a premise card (the premise prefilled), the request's
// card, a status change offered by the transitions table, the change in «История», and the
// list's «Экспорт в Excel» with its search and filters. Issue 17: an unknown `?tab=` opens the
// first tab.
import { readFile } from 'node:fs/promises';
import type { ApiClient } from '@domovoy/api-client';
import ExcelJS from 'exceljs';
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
  unique,
} from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
let api: ApiClient;
const u = unique();
let premiseId = '';

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: `ул. Заявочная-${u}`,
      house: '3',
      number: '7',
    },
  });
  premiseId = premise.data?.id ?? '';
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('requests to the УО', () => {
  it('creates a request from the premise card and moves it to «В работе»', async () => {
    await page.getByRole('button', { name: 'Создать заявку' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая заявка' });
    await dialog.waitFor();
    // The card's premise is prefilled.
    await dialog.getByText(`ул. Заявочная-${u}`).first().waitFor();
    await chooseOption(page, dialog.getByLabel('Тип', { exact: true }), '', 'Сантехника');
    await dialog.getByLabel('Тема', { exact: true }).fill(`Течёт стояк ${u}`);
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}/, { timeout: 30_000 });
    await page.getByRole('heading', { name: new RegExp(`Заявка № \\d+: Течёт стояк ${u}`) }).waitFor();
    await page.getByRole('link', { name: new RegExp(`ул. Заявочная-${u}`) }).waitFor();

    await chooseOption(page, page.getByLabel('Новый статус'), '', 'В работе');
    await page.getByLabel('Комментарий к статусу').fill('Мастер выехал');
    await page.getByRole('button', { name: 'Изменить статус' }).click();
    await page
      .locator('.ant-descriptions')
      .getByText('В работе', { exact: true })
      .waitFor({ timeout: 30_000 });

    await page.getByRole('tab', { name: /Комментарии/ }).click();
    await page.getByText('Мастер выехал').waitFor();
    await page.getByRole('tab', { name: 'История' }).click();
    const row = page.getByRole('row', { name: /Изменена заявка: Статус/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Ожидание → В работе');

    // A stale or mistyped `?tab=` opens the first tab, not a blank card (issue 17).
    const card = new URL(page.url());
    card.search = '?tab=nonsense';
    await page.goto(card.toString());
    await page.getByLabel('Новый статус').waitFor();
    await expect(
      page.getByRole('tab', { name: 'Заявка', exact: true }).getAttribute('aria-selected'),
    ).resolves.toBe('true');

    // The list finds it by its subject.
    await page.goto(`${new URL(page.url()).origin}/requests?search=${encodeURIComponent(`стояк ${u}`)}`);
    await page.getByRole('link', { name: `Течёт стояк ${u}` }).waitFor();
  });

  it('exports the list with its search and filters to Excel', async () => {
    const search = `стояк ${u}`;
    await page.goto(
      `${new URL(page.url()).origin}/requests?search=${encodeURIComponent(search)}&status=in_progress`,
    );
    await page.getByRole('link', { name: `Течёт стояк ${u}` }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Экспорт в Excel' }).click(),
    ]);
    const url = new URL(download.url());
    expect(url.pathname).toBe('/api/service-requests/export.xlsx');
    expect(url.searchParams.get('search')).toBe(search);
    expect(url.searchParams.getAll('status')).toEqual(['in_progress']);
    expect(download.suggestedFilename()).toMatch(/^Заявки \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[0]?.slice(1, 5)).toEqual(['Номер', 'Тип', 'Тема', 'Статус']);
    // The one request the list shows: the filtered rows only.
    expect(rows.slice(1).map((row) => row.slice(2, 5))).toEqual([
      ['Сантехника', `Течёт стояк ${u}`, 'В работе'],
    ]);
    expect(String(rows[1]?.[5])).toContain(`ул. Заявочная-${u}`);
  });
});
