// Issue 16, browser: a list whose matches pass the count's cap says so honestly («Всего: более
// 100») and pages on past it. A server of its own, with the cap at 100 (LIST_TOTAL_CAP; 10,000 in
// production), on the demo organisation's ~1,250 premises.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../scripts/start-server';
import { launchBrowser, openPage, type TestPage } from './browser';

const PASSWORD = 'e2e-list-totals-password';
let server: RunningServer;
let browser: Browser;
let t: TestPage;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ adminPassword: PASSWORD, env: { LIST_TOTAL_CAP: '100' } }),
    launchBrowser(),
  ]);
  t = await openPage(browser);
  page = t.page;
  await page.goto(`${server.url}/premises`);
  await page.getByLabel('Логин').fill('admin');
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Выйти' }).waitFor();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Past its count the list pages by cursor: «Всего: …» stands by «Предыдущая» / «Следующая».
const shownTotal = () => page.locator('.cursor-pager-total').textContent();
const rows = () => page.locator('.ant-table-tbody tr.ant-table-row a[href^="/premises/"]').allTextContents();
const pageParam = () => new URL(page.url()).searchParams.get('page');

describe('a list past the count’s cap', () => {
  it('says «более 100» rather than a number it did not count, and pages on past it by cursor and back', async () => {
    // Every flat: hundreds of the demo's premises, a filtered list.
    await page.goto(`${server.url}/premises?type=flat`);
    await expect.poll(shownTotal, { timeout: 15_000 }).toBe('Всего: более 100');
    // No numbered pages to a far end: «Следующая» a page at a time, past the counted 100 rows.
    expect(await page.locator('.ant-pagination').count()).toBe(0);
    const seen: string[][] = [];
    for (let n = 1; n <= 7; n++) {
      if (n > 1) {
        await page.getByRole('button', { name: 'Следующая' }).click();
        await expect.poll(pageParam, { timeout: 15_000 }).toBe(String(n));
      }
      await expect
        .poll(() => page.getByText(`Страница ${n}`, { exact: true }).count(), { timeout: 15_000 })
        .toBe(1);
      await expect.poll(async () => (await rows()).length, { timeout: 15_000 }).toBe(20);
      // The rows have changed from the page before (the table is not showing the last answer).
      await expect
        .poll(async () => (await rows()).join('|'), { timeout: 15_000 })
        .not.toBe(seen[n - 2]?.join('|'));
      seen.push(await rows());
    }
    expect(new URL(page.url()).searchParams.get('cursor')).toBeTruthy();
    // Every row once across the pages, in the order the server gives by number for the counted ones.
    expect(new Set(seen.flat()).size).toBe(7 * 20);
    const byNumber = await page.request.get(`${server.url}/api/premises?type=flat&page=3`);
    expect(
      ((await byNumber.json()) as { items: { fullAddress: string }[] }).items.map((i) => i.fullAddress),
    ).toEqual(seen[2]);
    // Still said honestly past the cap.
    expect(await shownTotal()).toBe('Всего: более 100');
    // «Предыдущая» by its cursor: page 6's rows again.
    await page.getByRole('button', { name: 'Предыдущая' }).click();
    await expect.poll(pageParam, { timeout: 15_000 }).toBe('6');
    await expect.poll(rows, { timeout: 15_000 }).toEqual(seen[5]);
    // Back returns to page 7, reload keeps it: the page and its cursor are in the URL.
    await page.goBack();
    await expect.poll(pageParam, { timeout: 15_000 }).toBe('7');
    await expect.poll(rows, { timeout: 15_000 }).toEqual(seen[6]);
    await page.reload();
    await expect.poll(rows, { timeout: 15_000 }).toEqual(seen[6]);
    await expect
      .poll(() => page.getByText('Страница 7', { exact: true }).count(), { timeout: 15_000 })
      .toBe(1);
    // And back to the first page, where «Предыдущая» stops.
    for (let n = 6; n >= 1; n--) {
      await page.getByRole('button', { name: 'Предыдущая' }).click();
      await expect.poll(rows, { timeout: 15_000 }).toEqual(seen[n - 1]);
    }
    expect(pageParam()).toBeNull();
    expect(await page.getByRole('button', { name: 'Предыдущая' }).isDisabled()).toBe(true);
    expect(t.consoleErrors).toEqual([]);
  });

  it('the whole list: an estimate («≈ N») when the statistics give one past the cap, else «более 100»', async () => {
    await page.goto(`${server.url}/premises`);
    await expect.poll(shownTotal, { timeout: 15_000 }).toMatch(/^Всего: (более 100|≈ [\d\s\u00a0]+)$/);
    expect(t.consoleErrors).toEqual([]);
  });

  it('a list counted exactly keeps its numbered pages', async () => {
    await page.goto(`${server.url}/premises?search=${encodeURIComponent('кв 1')}`);
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 })
      .toMatch(/^Всего: \d+$/);
    expect(await page.locator('.cursor-pager').count()).toBe(0);
    expect(t.consoleErrors).toEqual([]);
  });
});
