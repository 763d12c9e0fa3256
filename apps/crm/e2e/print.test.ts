// Issue 17, browser: a premise card and a client card print cleanly (print.css: no navigation or
// controls, the card's content on paper), and a printed list says what it was filtered by and
// which of its rows the paper holds.
import type { ApiClient } from '@domovoy/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
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
// Names take letters only: the run's digits as letters.
const letters = [...u].map((d) => 'абвгдежзик'[Number(d)]).join('');
const street = `ул. Печатная-${u}`;
const fullName = `Печатнова-${letters} Анна Сергеевна`;
let premiseId = '';
let clientId = '';

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: { objectId: objects.data?.[0]?.id ?? '', type: 'flat', street, house: '3', number: '14' },
  });
  premiseId = premise.data?.id ?? '';
  if (!premiseId) throw new Error(`premise: ${JSON.stringify(premise.error)}`);
  // Three more on the street: the printed list is one page of several.
  for (const number of ['15', '16', '17']) {
    await api.POST('/api/premises', {
      body: { objectId: objects.data?.[0]?.id ?? '', type: 'flat', street, house: '3', number },
    });
  }
  const client = await api.POST('/api/clients', { body: { fullName } });
  clientId = client.data?.id ?? '';
  if (!clientId) throw new Error(`client: ${JSON.stringify(client.error)}`);
  await api.POST('/api/premises/{id}/clients', {
    params: { path: { id: premiseId } },
    body: { clientId, role: 'owner' },
  });
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}`);
});
afterAll(async () => {
  await browser?.close();
});

const visibleButtons = () =>
  page
    .locator('.ant-btn')
    .evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).length);

/** What print hides, checked on screen first (so that the test can fail) and then on paper. */
async function expectChromeHiddenInPrint(heading: string, content: string) {
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('heading', { name: heading }).waitFor();
  await page.getByRole('tab', { name: 'История' }).waitFor();
  expect(await page.locator('.ant-layout-sider').isVisible()).toBe(true);
  expect(await page.locator('.ant-layout-header').isVisible()).toBe(true);
  expect(await visibleButtons()).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
  expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
  expect(await visibleButtons()).toBe(0);
  // Only the open tab's title stays, above its content.
  expect(await page.getByRole('tab', { name: 'История' }).isVisible()).toBe(false);
  expect(await page.getByRole('tab', { name: 'Общие сведения' }).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
  expect(await page.getByText(content, { exact: true }).first().isVisible()).toBe(true);
  // Nothing clipped by a fixed height or a scroll box: the document is as tall as its content.
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ant-layout, .ant-layout-content, .ant-card-body')].some(
      (el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible',
    ),
  );
  expect(clipped).toBe(false);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
}

describe('printing', () => {
  it('a premise card prints its content without the menu, header and buttons', async () => {
    await expectChromeHiddenInPrint(`${street}, д. 3, кв. 14`, 'Подъезд');
    expect(t.consoleErrors).toEqual([]);
  });

  it('a client card prints its content without the menu, header and buttons', async () => {
    await page.goto(`${baseUrl()}/clients/${clientId}`);
    await expectChromeHiddenInPrint(fullName, 'ФИО');
    expect(t.consoleErrors).toEqual([]);
  });

  it('a filtered list prints «Фильтр: …» and which of its rows the page holds; the screen does not show them', async () => {
    await page.goto(`${baseUrl()}/premises?search=${encodeURIComponent(street)}&type=flat&pageSize=2&page=2`);
    const row = page.getByRole('row', { name: new RegExp(`${street}, д. 3, кв. 16`) });
    await row.waitFor();
    const summary = page.locator('.print-filter-summary');
    const rows = page.locator('.print-rows-summary');
    expect(await summary.count()).toBe(1);
    expect(await summary.isVisible()).toBe(false);
    expect(await rows.isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toBe(`Фильтр: Поиск: «${street}»; Тип помещения: Квартира`);
    // The pager is not printed: the paper says which part of the list it is.
    expect(await rows.isVisible()).toBe(true);
    expect(await rows.textContent()).toBe('Строки 3–4 из 4');
    expect(await row.isVisible()).toBe(true);
    expect(await page.locator('.ant-pagination').isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await summary.isVisible()).toBe(false);
    expect(t.consoleErrors).toEqual([]);
  });
});
