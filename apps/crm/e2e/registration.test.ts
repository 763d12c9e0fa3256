// Issue 5, browser: registration requests (AUTH-2) of the demo organisation commented on, approved
// into a link (a resident depending on the owner) and rejected; a lead (AUTH-3) made a client.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
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
const street = `ул. Заявочная-${u}`;
let premiseId = '';
let request: { id: string; fullName: string };
const ownerName = 'Собственникова Ольга Петровна';

beforeAll(async () => {
  // The data this test is not about is made through the API, as a script would.
  const api = await adminApi();
  const objects = await api.GET('/api/objects');
  const objectId = objects.data?.[0]?.id ?? '';
  const premise = await api.POST('/api/premises', {
    body: { objectId, type: 'flat', street, house: '3', number: '9' },
  });
  premiseId = premise.data?.id ?? '';
  const owner = await api.POST('/api/clients', {
    body: { fullName: ownerName, phone: `+7 915 4${u.slice(0, 2)}-${u.slice(2, 4)}-${u.slice(4)}` },
  });
  await api.POST('/api/premises/{id}/clients', {
    params: { path: { id: premiseId } },
    body: { clientId: owner.data?.id ?? '', role: 'owner' },
  });
  // The demo organisation brings registration requests from the resident app.
  const requests = await api.GET('/api/registration-requests', {
    params: { query: { status: 'new', pageSize: 50 } },
  });
  const open = requests.data?.items.find((r) => r.premiseId === null);
  if (!premiseId || !open) throw new Error('setup: no premise or no open request without a premise');
  request = open;

  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

describe('registration requests', () => {
  it('opens a request from «Заявки на регистрацию» and comments on it', async () => {
    await logIn(page, 'admin', adminPassword(), '/clients?tab=requests');
    const search = page.getByRole('searchbox', { name: 'Поиск заявок' });
    await search.fill(request.fullName);
    await search.press('Enter');
    await page.getByRole('link', { name: request.fullName }).first().click();
    await page.getByRole('heading', { name: `Заявка на регистрацию: ${request.fullName}` }).waitFor();
    await page.getByLabel('Комментарий', { exact: true }).fill('Позвонили, подтвердил адрес');
    await page.getByRole('button', { name: 'Добавить комментарий' }).click();
    await page.getByText('Позвонили, подтвердил адрес').waitFor();
  });

  it('approves it into a resident of a premise depending on its owner', async () => {
    await page.getByRole('button', { name: 'Одобрить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Одобрить заявку' });
    await chooseOption(page, dialog.getByLabel('Помещение', { exact: true }), `Заявочная-${u} 3 9`, street);
    await chooseOption(page, dialog.getByLabel('Основание', { exact: true }), '', 'Житель / член семьи');
    await chooseOption(page, dialog.getByLabel('Зависит от собственника', { exact: true }), '', ownerName);
    await dialog.getByRole('button', { name: 'Одобрить' }).click();
    await page.getByText('Одобрена', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto(`${page.url().split('/registration-requests')[0]}/premises/${premiseId}?tab=clients`);
    const row = page.getByRole('row', { name: new RegExp(request.fullName) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Житель / член семьи');
    await expect(row.textContent()).resolves.toContain(ownerName);
  });

  it('rejects another request with a reason', async () => {
    await page.goto(`${baseUrl()}/clients?tab=requests`);
    const first = page.locator('.ant-table-row').first();
    await first.waitFor();
    const name = (await first.getByRole('link').textContent()) ?? '';
    await first.getByRole('link').click();
    await page.getByRole('heading', { name: `Заявка на регистрацию: ${name}` }).waitFor();
    await page.getByRole('button', { name: 'Отклонить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отклонить заявку' });
    await dialog.getByLabel('Причина', { exact: true }).fill('Адрес не обслуживается');
    await dialog.getByRole('button', { name: 'Отклонить' }).click();
    await page.getByText('Адрес не обслуживается').waitFor();
    await page.getByText('Отклонена', { exact: true }).first().waitFor();
    await expect(page.getByRole('button', { name: 'Одобрить' }).count()).resolves.toBe(0);
  });

  it('turns an unidentified phone into a client («Неидентифицированные»)', async () => {
    await page.goto(`${baseUrl()}/clients?tab=leads&converted=no`);
    const row = page.locator('.ant-table-row').first();
    await row.waitFor();
    const leadPhone = (await row.locator('td').first().textContent()) ?? '';
    await row.getByRole('button', { name: 'Создать клиента' }).click();
    const dialog = page.getByRole('dialog', { name: `Клиент с телефоном ${leadPhone}` });
    await dialog.getByLabel('ФИО', { exact: true }).fill('Найденов Лев Петрович');
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await page.getByRole('heading', { name: 'Найденов Лев Петрович' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Телефон', { exact: true }).inputValue(), { timeout: 30_000 })
      .toBe(leadPhone);
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
