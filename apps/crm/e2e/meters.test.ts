// Issue 13, browser: a meter added on the premise card's «Счётчики» tab, a reading entered from the
// keyboard (the value typed, Enter), and a jump far above the usual use confirmed in the dialog.
import type { ApiClient } from '@domovoy/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  confirmIn,
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

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: `ул. Счётная-${u}`,
      house: '1',
      number: '3',
    },
  });
  premiseId = premise.data?.id ?? '';
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}?tab=meters`);
});
afterAll(async () => {
  await browser?.close();
});

describe('meters on the premise card', () => {
  it('adds a meter and enters readings, confirming a jump', async () => {
    await page.getByRole('button', { name: 'Добавить счётчик' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый счётчик' });
    await dialog.getByLabel('Заводской номер').fill(`ХВ-${u}`);
    await dialog.getByLabel('Место установки').fill('Кухня');
    await dialog.getByLabel('Заводской номер').press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: `ХВ-${u}` });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('ХВС');

    // Two months of history (about 10 m³ a month), entered as the accounting system would.
    const meters = await api.GET('/api/premises/{id}/meters', { params: { path: { id: premiseId } } });
    const meterId = meters.data?.[0]?.id ?? '';
    for (const [takenOn, value] of [
      [daysAgo(62), '10'],
      [daysAgo(31), '20'],
    ] as const) {
      await api.POST('/api/meters/{id}/readings', {
        params: { path: { id: meterId } },
        body: { takenOn, values: [value] },
      });
    }
    await page.reload();
    await row.waitFor();

    await row.getByRole('button', { name: 'Внести показание' }).click();
    const reading = page.getByRole('dialog', { name: /Показание: ХВС/ });
    const value = reading.getByLabel('Показание, м³');
    await expect.poll(() => value.evaluate((el) => el === document.activeElement)).toBe(true);
    await value.fill('25,5');
    await value.press('Enter');
    await reading.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain('25,5 м³');

    // 500 m³ in a month: the server asks to confirm, the dialog sends it again.
    t.expectRefusal(409, `/api/meters/${meterId}/readings`);
    await row.getByRole('button', { name: 'Внести показание' }).click();
    await reading.getByLabel('Показание, м³').fill('500');
    await reading.getByLabel('Показание, м³').press('Enter');
    const confirm = page.getByRole('dialog').filter({ hasText: 'Показание намного больше обычного' });
    await confirmIn(confirm, 'Подтвердить');
    await reading.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain('500 м³');

    // The readings of the meter, newest first, with the confirmed jump marked.
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('большой расход подтверждён').waitFor();
    expect(t.consoleErrors).toEqual([]);
  });
});
