// Issue 17, browser: a premise-type word in a search narrows the type — «<улица> 7 кв 15» finds the
// flat, not the parking space, storeroom or plot numbered 15 beside it; a bare number finds them
// all. The premise picker of a registration request's approval searches by the same rule.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, adminPassword, launchBrowser, logIn, openPage, type TestPage, unique } from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
const u = unique();
const street = `ул. Типовая-${u}`;
const flat = `${street}, д. 7, кв. 15`;
const parking = `${street}, д. 7, м/м 15`;
const storage = `${street}, д. 7, кл. 15`;
const plot = `${street}, уч. 15`;
let requestId = '';

beforeAll(async () => {
  const api = await adminApi();
  const objects = await api.GET('/api/objects');
  const objectId = objects.data?.[0]?.id ?? '';
  for (const type of ['flat', 'parking', 'storage'] as const) {
    const premise = await api.POST('/api/premises', {
      body: { objectId, type, street, house: '7', number: '15' },
    });
    if (!premise.data) throw new Error(`${type}: ${JSON.stringify(premise.error)}`);
  }
  const premise = await api.POST('/api/premises', { body: { objectId, type: 'plot', street, number: '15' } });
  if (!premise.data) throw new Error(`plot: ${JSON.stringify(premise.error)}`);
  // The demo organisation brings registration requests from the resident app: the approval form
  // of one is opened and left without approving.
  const requests = await api.GET('/api/registration-requests', {
    params: { query: { status: 'new', pageSize: 50 } },
  });
  requestId = requests.data?.items.at(-1)?.id ?? '';
  if (!requestId) throw new Error('setup: no open registration request');

  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

/** The premises list's rows for a search, once the table shows the server's answer to it. */
async function search(text: string) {
  const answer = page.waitForResponse(
    (r) => r.url().includes('/api/premises?') && new URL(r.url()).searchParams.get('search') === text,
  );
  const box = page.getByRole('searchbox', { name: 'Поиск помещений' });
  await box.fill(text);
  await box.press('Enter');
  const { items } = (await (await answer).json()) as { items: unknown[] };
  await expect.poll(() => page.locator('.ant-table-row').count(), { timeout: 30_000 }).toBe(items.length);
  await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
  const addresses = await page.locator('.ant-table-row').getByRole('link').allTextContents();
  return addresses.filter((text) => text.startsWith(street)).sort();
}

describe('a premise-type word in the search (issue 17)', () => {
  it('«кв 15» finds the flat only, «м/м 15», «кл 15» and «уч 15» their own types, a bare 15 all in the house', async () => {
    await logIn(page, 'admin', adminPassword(), '/premises');
    await page.locator('.ant-table-row').first().waitFor();
    await expect(search(`Типовая-${u} 7 кв 15`)).resolves.toEqual([flat]);
    await expect(search(`Типовая-${u} 7 кв. 15`)).resolves.toEqual([flat]);
    await expect(search(`Типовая-${u} 7 м/м 15`)).resolves.toEqual([parking]);
    await expect(search(`Типовая-${u} д 7 кл 15`)).resolves.toEqual([storage]);
    await expect(search(`Типовая-${u} уч 15`)).resolves.toEqual([plot]);
    await expect(search(`Типовая-${u} 7 15`)).resolves.toEqual([storage, parking, flat].sort());
  });

  it('the premise picker of a registration request’s approval offers the flat only for «кв 15»', async () => {
    await page.goto(new URL(`/registration-requests/${requestId}`, page.url()).toString());
    await page.getByRole('button', { name: 'Одобрить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Одобрить заявку' });
    const field = dialog.getByLabel('Помещение', { exact: true });
    await field.click();
    const listId = await field.getAttribute('aria-controls');
    const options = page
      .locator('.ant-select-dropdown')
      .filter({ has: page.locator(`[id="${listId}"]`) })
      .locator('.ant-select-item-option');
    // Options read «<address> · <object>»; a request's own premise, if it has one, is offered too.
    const offered = async (text: string) => {
      const answer = page.waitForResponse(
        (r) => r.url().includes('/api/premises?') && new URL(r.url()).searchParams.get('search') === text,
      );
      await field.fill(text);
      await answer;
      return async () =>
        (await options.allTextContents())
          .map((option) => option.split(' · ')[0] ?? '')
          .filter((address) => address.startsWith(street))
          .sort();
    };
    for (const [text, expected] of [
      [`Типовая-${u} 7 кв 15`, [flat]],
      [`Типовая-${u} 7 м/м 15`, [parking]],
      [`Типовая-${u} 7 15`, [storage, parking, flat].sort()],
    ] as const) {
      await expect.poll(await offered(text), { timeout: 15_000 }).toEqual(expected);
    }
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
