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

const shownTotal = () => page.locator('.ant-pagination-total-text').textContent();

describe('a list past the count’s cap', () => {
  it('says «более 100» rather than a number it did not count, and pages on past it', async () => {
    // Every flat: hundreds of the demo's premises, a filtered list.
    await page.goto(`${server.url}/premises?type=flat`);
    await expect.poll(shownTotal, { timeout: 15_000 }).toBe('Всего: более 100');
    // Pages 1–5 are the counted 100 rows, and a sixth is offered: the list goes on.
    await page.locator('.ant-pagination-item-6').click();
    await expect.poll(() => page.url()).toContain('page=6');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(20);
    // Counted on to the next step: more than 200, or the exact number under it.
    await expect.poll(shownTotal).toMatch(/^Всего: (более 200|1\d\d)$/);
    expect(t.consoleErrors).toEqual([]);
  });

  it('the whole list: an estimate («≈ N») when the statistics give one past the cap, else «более 100»', async () => {
    await page.goto(`${server.url}/premises`);
    await expect.poll(shownTotal, { timeout: 15_000 }).toMatch(/^Всего: (более 100|≈ [\d\s\u00a0]+)$/);
    expect(t.consoleErrors).toEqual([]);
  });
});
