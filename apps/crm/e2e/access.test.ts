// Issue 5, browser: roles are edited as R-2 switches; a role without the personal-data
// permissions sees asterisks and no actions it may not take.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
const u = unique();
const roleName = `Диспетчер ${u}`;
const login = `dispatcher${u}`;
const password = 'dispatcher-password';

beforeAll(async () => {
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

describe('roles and masked personal data', () => {
  it('creates a role with section access only, and a staff member with it', async () => {
    await logIn(page, 'admin', adminPassword(), '/staff?tab=roles');
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая роль' });
    await dialog.getByLabel('Название', { exact: true }).fill(roleName);
    await dialog.getByRole('switch', { name: 'Помещения: доступ к разделу' }).click();
    await dialog.getByRole('switch', { name: 'Клиенты: доступ к разделу' }).click();
    await expect(
      dialog.getByRole('switch', { name: 'Просмотр персональных данных (ФИО)' }).isChecked(),
    ).resolves.toBe(false);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('row', { name: new RegExp(roleName) }).waitFor();
    await expect(page.getByRole('row', { name: new RegExp(roleName) }).textContent()).resolves.toContain('2');

    await page.getByRole('tab', { name: 'Сотрудники' }).click();
    await page.getByRole('button', { name: 'Добавить сотрудника' }).click();
    const staff = page.getByRole('dialog', { name: 'Новый сотрудник' });
    await staff.getByLabel('ФИО', { exact: true }).fill('Диспетчерова Анна');
    await staff.getByLabel('Логин', { exact: true }).fill(login);
    await chooseOption(page, staff.getByLabel('Роль', { exact: true }), '', roleName);
    await staff.getByLabel('Пароль', { exact: true }).fill(password);
    await staff.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('row', { name: new RegExp(login) }).waitFor();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
  });

  it('shows asterisks instead of names and phones, and hides what the role may not do', async () => {
    await logIn(page, login, password, '/clients');
    await page.locator('.ant-table-row').first().waitFor();
    const firstRow = page.locator('.ant-table-row').first();
    await expect(firstRow.textContent()).resolves.toContain('********');
    await expect(page.getByRole('button', { name: 'Добавить' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Экспорт' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Сотрудники' }).count()).resolves.toBe(0);

    await firstRow.getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Общие сведения' }).waitFor();
    const name = page.getByLabel('ФИО', { exact: true });
    await expect.poll(() => name.inputValue(), { timeout: 30_000 }).toBe('********');
    await expect(name.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Сохранить' }).count()).resolves.toBe(0);
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
