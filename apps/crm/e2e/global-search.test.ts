// Issue 17, browser: the header search — a premise found by its address and opened with the
// keyboard, a request found by «№ N», the last opened cards while the box is empty, and a role
// without personal data that neither finds nor sees client names there.
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
const address = `ул. Поисковая, д. ${u}, кв. 15`;
const clientName = 'Искомова Ульяна Петровна';
let premiseId = '';
let clientId = '';
let request = { id: '', number: 0 };

const box = (p: Page) => p.getByRole('combobox', { name: 'Поиск по CRM' });
const dropdown = (p: Page) => p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
/** An entry of the open list (antd draws them outside the listbox's own a11y options). */
const entry = (p: Page, text: string | RegExp) =>
  dropdown(p).locator('.ant-select-item-option').filter({ hasText: text });

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: 'ул. Поисковая',
      house: u,
      number: '15',
    },
  });
  if (!premise.data) throw new Error(`premise: ${JSON.stringify(premise.error)}`);
  premiseId = premise.data.id;
  const client = await api.POST('/api/clients', { body: { fullName: clientName } });
  if (!client.data) throw new Error(`client: ${JSON.stringify(client.error)}`);
  clientId = client.data.id;
  const types = await api.GET('/api/request-types');
  const created = await api.POST('/api/service-requests', {
    body: { typeId: types.data?.[0]?.id ?? '', subject: `Гудит щиток ${u}`, premiseId },
  });
  if (!created.data) throw new Error(`request: ${JSON.stringify(created.error)}`);
  request = created.data;
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), '/clients');
});
afterAll(async () => {
  await browser?.close();
});

describe('the header search (issue 17)', () => {
  it('finds a premise by its address and opens it with the keyboard', async () => {
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(`Поисковая ${u} 15`);
    const option = entry(page, address);
    await option.waitFor();
    await dropdown(page).getByText('Помещения', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`/premises/${premiseId}`);
    await page.getByRole('heading', { name: address }).waitFor();
    // The box is empty again after a choice.
    await expect(box(page).inputValue()).resolves.toBe('');
  });

  it('lists the card just opened under «Недавние» when the empty box is focused', async () => {
    await page.getByRole('heading', { name: address }).click();
    await page.keyboard.press('/');
    const recent = entry(page, new RegExp(`${address}.*Помещение`));
    await recent.waitFor();
    await dropdown(page).getByText('Недавние', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dropdown(page).waitFor({ state: 'hidden' });
  });

  it('finds a request by «№ N» and opens it with the arrows and Enter', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(`№ ${request.number}`);
    await entry(page, new RegExp(`№ ${request.number} .*Гудит щиток ${u}`)).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`/requests/${request.id}`);
    await page.getByRole('heading', { name: `Заявка № ${request.number}: Гудит щиток ${u}` }).waitFor();
    await page.keyboard.press('/');
    const options = dropdown(page).locator('.ant-select-item-option');
    await entry(page, `Заявка № ${request.number}`).waitFor();
    // The newest first.
    await expect(options.first().textContent()).resolves.toContain(`Заявка № ${request.number}`);
    await page.keyboard.press('Escape');
    expect(t.consoleErrors).toEqual([]);
  });

  it('a role without personal data is not invited to, and cannot, find client names', async () => {
    const role = await api.POST('/api/roles', {
      body: { name: `Без ПД ${u}`, permissions: ['premises.view', 'clients.view', 'requests.view'] },
    });
    if (!role.data) throw new Error(`role: ${JSON.stringify(role.error)}`);
    const login = `nopd${u}`;
    const password = 'no-pd-password';
    const staff = await api.POST('/api/staff', {
      body: { login, fullName: 'Безданных Ирина', roleId: role.data.id, password },
    });
    if (!staff.data) throw new Error(`staff: ${JSON.stringify(staff.error)}`);
    // Same browser, another person: the admin's recent cards are not theirs.
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await logIn(page, login, password, '/premises');
    const placeholder = await box(page).getAttribute('placeholder');
    expect(placeholder).toContain('адрес');
    expect(placeholder).not.toMatch(/ФИО|телефон/);
    await box(page).focus();
    await expect(dropdown(page).count()).resolves.toBe(0);

    await page.keyboard.type('Искомова');
    await dropdown(page).getByText('Клиенты по ФИО и телефону не ищутся', { exact: false }).waitFor();
    await expect(dropdown(page).textContent()).resolves.not.toContain('Искомова');
    await page.keyboard.press('Escape');

    // The card opened shows asterisks, and so does «Недавние» — the name is nowhere, not even stored.
    await page.goto(`${baseUrl()}/clients/${clientId}`);
    await page.getByRole('heading', { name: /\*{8}/ }).waitFor();
    await box(page).focus();
    const recent = entry(page, /Клиент/);
    await recent.waitFor();
    await expect(recent.textContent()).resolves.toContain('********');
    await expect(dropdown(page).textContent()).resolves.not.toContain(address);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain('Искомова');
    expect(t.consoleErrors).toEqual([]);
  });
});
