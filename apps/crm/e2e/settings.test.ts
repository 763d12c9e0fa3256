// Issue 5, browser: settings — a legal entity whose ИНН the server refuses shows the error at the
// field, then saves; an API key for an accounting system is shown once and can be revoked.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, confirmIn, launchBrowser, logIn, openPage, type TestPage, unique } from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
const u = unique();

/** A 10-digit ИНН of an organisation with a correct check digit. */
function organisationInn(first9: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  return `${first9}${(sum % 11) % 10}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), '/settings');
});
afterAll(async () => {
  await browser?.close();
});

describe('settings', () => {
  it('shows the server’s ИНН error at the field, then adds the legal entity', async () => {
    const inn = organisationInn(`771${u}`);
    const wrong = `${inn.slice(0, 9)}${(Number(inn[9]) + 1) % 10}`;
    await page.getByRole('button', { name: 'Добавить юрлицо' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новое юрлицо' });
    await dialog.getByLabel('Название', { exact: true }).fill(`ООО «Проверка ${u}»`);
    await dialog.getByLabel('ИНН', { exact: true }).fill(wrong);
    await dialog.getByLabel('КПП', { exact: true }).fill('773601001');
    t.expectRefusal(400, '/api/legal-entities');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    const innItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('ИНН', { exact: true }) });
    await innItem.getByText('Неверное контрольное число ИНН').waitFor();

    await dialog.getByLabel('ИНН', { exact: true }).fill(inn);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('row', { name: new RegExp(inn) }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('creates an API key, shows it once, and revokes it', async () => {
    await page.getByRole('tab', { name: 'Ключи API' }).click();
    await page.getByRole('button', { name: 'Создать ключ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый ключ API' });
    await dialog.getByLabel('Название', { exact: true }).fill(`1С ${u}`);
    await dialog.getByRole('button', { name: 'Создать' }).click();
    const shown = page.getByRole('dialog', { name: 'Ключ создан' });
    await shown.waitFor();
    await expect(shown.locator('code').textContent()).resolves.toMatch(/^dmv_\S{20,}$/);
    await shown.getByRole('button', { name: 'Готово' }).click();

    const row = page.getByRole('row', { name: new RegExp(`1С ${u}`) });
    await row.getByRole('button', { name: 'Отозвать' }).click();
    await confirmIn(page.getByRole('dialog', { name: `Отозвать ключ «1С ${u}»?` }), 'Отозвать');
    await row.getByText(/отозван/).waitFor();
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
