// Issue 17, browser: bulk actions on the lists — two ticked premises get a tag and the list
// filtered by it shows exactly them; «Экспорт выбранных» downloads exactly the ticked rows;
// «Выбрать все найденные» on a filtered clients list and «Снять тег»; a role without edit rights
// is offered no tag actions.
import { readFile } from 'node:fs/promises';
import type { ApiClient } from '@domovoy/api-client';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
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
/** Names take letters only (C-5): the run's suffix in letters. */
const lu = [...u].map((digit) => 'абвгдежзик'[Number(digit)]).join('');
const street = `ул. Массовая-${u}`;
const addresses = ['1', '2', '3'].map((n) => `${street}, д. 5, кв. ${n}`);
const premiseTag = `Опрессовка ${u}`;
const clientTag = `Собрание ${u}`;
const viewer = { login: `bulkviewer${u}`, password: 'viewer-password' };

const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
const rowCount = (n: number) => expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(n);
const tick = (text: string) => rows().filter({ hasText: text }).locator('.ant-checkbox-input').check();
const bar = () => page.getByRole('toolbar', { name: 'Действия с выбранными' });

/** The «Адрес» column of a downloaded export, under its header row. */
async function exportedAddresses(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  let column = 0;
  const found: string[] = [];
  sheet.eachRow((row) => {
    if (column) {
      found.push(String(row.getCell(column).value ?? ''));
      return;
    }
    row.eachCell((cell, index) => {
      if (cell.value === 'Адрес') column = index;
    });
  });
  return found;
}

/**
 * Types a tag into the dialog's tag picker (a multiple antd Select, which stays open after a
 * choice), clicks it in the picker's own dropdown, and closes the dropdown by clicking the title.
 */
async function pickTag(dialog: Locator, tag: string) {
  const field = dialog.getByRole('combobox', { name: 'Теги' });
  await field.click();
  await field.pressSequentially(tag);
  const listId = await field.getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option').filter({ hasText: tag }).first().click();
  await dialog.locator('.ant-modal-title').click();
  await dialog.getByTitle(tag).waitFor();
}

beforeAll(async () => {
  api = await adminApi();
  const object = await api.POST('/api/objects', { body: { name: `ЖК Массовый ${u}`, address: 'г. Москва' } });
  if (!object.data) throw new Error(`object: ${JSON.stringify(object.error)}`);
  for (const number of ['1', '2', '3']) {
    const body = { objectId: object.data.id, type: 'flat' as const, street, house: '5', number };
    const made = await api.POST('/api/premises', { body });
    if (!made.data) throw new Error(`premise: ${JSON.stringify(made.error)}`);
  }
  for (const name of ['Арбузов', 'Брусникин', 'Вишнёв']) {
    const body = { fullName: `${name} Иван ${lu}`, tags: [clientTag] };
    const made = await api.POST('/api/clients', { body });
    if (!made.data) throw new Error(`client: ${JSON.stringify(made.error)}`);
  }
  const role = await api.POST('/api/roles', {
    body: { name: `Смотритель ${u}`, permissions: ['premises.view', 'clients.view', 'clients.pii.name'] },
  });
  if (!role.data) throw new Error(`role: ${JSON.stringify(role.error)}`);
  const staff = await api.POST('/api/staff', {
    body: { login: viewer.login, fullName: 'Смотрова Анна', roleId: role.data.id, password: viewer.password },
  });
  if (!staff.data) throw new Error(`staff: ${JSON.stringify(staff.error)}`);
  browser = await launchBrowser();
  t = await openPage(browser, { width: 1366, height: 768 });
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises?search=${encodeURIComponent(`Массовая-${u}`)}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('bulk actions on the lists', () => {
  it('adds a tag to two ticked premises: the list filtered by it shows exactly them', async () => {
    await rowCount(3);
    await expect(bar().count()).resolves.toBe(0);
    await tick(addresses[0] as string);
    await tick(addresses[1] as string);
    await bar().getByText('Выбрано: 2').waitFor();
    await bar().getByRole('button', { name: 'Добавить тег' }).click();
    const dialog = page.getByRole('dialog', { name: /Добавить тег: 2 помещения/ });
    await pickTag(dialog, premiseTag);
    await confirmIn(dialog, 'Добавить');
    await page.getByText('Тег добавлен: 2 помещения').waitFor();
    // The list is read again: the tag shows in the ticked rows.
    await rows().filter({ hasText: premiseTag }).nth(1).waitFor();

    await page.goto(`${baseUrl()}/premises?tag=${encodeURIComponent(premiseTag)}`);
    await rowCount(2);
    for (const address of addresses.slice(0, 2)) await page.getByRole('link', { name: address }).waitFor();
  });

  it('«Экспорт выбранных» downloads exactly the ticked rows', async () => {
    await page.goto(`${baseUrl()}/premises?search=${encodeURIComponent(`Массовая-${u}`)}`);
    await rowCount(3);
    await tick(addresses[0] as string);
    await tick(addresses[2] as string);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar().getByRole('link', { name: 'Экспорт выбранных' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = await exportedAddresses(await download.path());
    expect(exported.sort()).toEqual([addresses[0], addresses[2]]);
  });

  it('«Выбрать все найденные» on a filtered clients list, then «Снять тег»', async () => {
    await page.goto(`${baseUrl()}/clients?tag=${encodeURIComponent(clientTag)}&pageSize=10`);
    await rowCount(3);
    await tick('Арбузов');
    await bar().getByText('Выбрано: 1').waitFor();
    await bar().getByRole('button', { name: 'Выбрать все найденные (3)' }).click();
    await bar().getByText('Выбраны все найденные: 3').waitFor();
    await bar().getByRole('button', { name: 'Снять тег' }).click();
    const dialog = page.getByRole('dialog', { name: /Снять тег: 3 клиента/ });
    await pickTag(dialog, clientTag);
    await confirmIn(dialog, 'Снять');
    await page.getByText('Тег снят: 3 клиента').waitFor();
    // The list filtered by the tag is read again: nobody has it now.
    await rowCount(0);
    await page.getByText('Клиентов не найдено').waitFor();
  });

  it('a role without edit rights may export the ticked premises but is offered no tag actions', async () => {
    const v = await openPage(browser, { width: 1366, height: 768 });
    await logIn(
      v.page,
      viewer.login,
      viewer.password,
      `/premises?search=${encodeURIComponent(`Массовая-${u}`)}`,
    );
    const viewerRows = v.page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => viewerRows.count(), { timeout: 15_000 }).toBe(3);
    await viewerRows
      .filter({ hasText: addresses[0] as string })
      .locator('.ant-checkbox-input')
      .check();
    const viewerBar = v.page.getByRole('toolbar', { name: 'Действия с выбранными' });
    await viewerBar.getByRole('link', { name: 'Экспорт выбранных' }).waitFor();
    await expect(viewerBar.getByRole('button', { name: 'Добавить тег' }).count()).resolves.toBe(0);
    await expect(viewerBar.getByRole('button', { name: 'Снять тег' }).count()).resolves.toBe(0);
    await expect(viewerBar.getByRole('button', { name: 'Рассылка' }).count()).resolves.toBe(0);
    // Clients: nothing this role could do with ticked rows, so no checkboxes at all.
    await v.page.goto(`${baseUrl()}/clients`);
    await v.page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expect(v.page.locator('.ant-table-selection-column').count()).resolves.toBe(0);
    expect(v.consoleErrors).toEqual([]);
    await v.page.context().close();
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
