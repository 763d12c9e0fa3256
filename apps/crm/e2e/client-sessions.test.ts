// Issue 11, browser: the client card's «Информирование» (S-1..S-3) — the demo resident's devices
// and their notification settings; a device signed in through the resident API, ended by staff
// (S-2); the menu's counter of new registration requests rising while the page is open.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  baseUrl,
  chooseOption,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
  unique,
} from './browser';

const DEMO_RESIDENT = '+7 999 000-00-01';
const RESIDENT = '/api/resident/v1';

let browser: Browser;
let t: TestPage;
let page: Page;
let staffToken = '';
const u = unique();

async function call(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const digits = (phone: string) => phone.replace(/\D/g, '').slice(-10);

/** A device signs in to the demo organisation's app with the code the SMS outbox shows staff. */
async function signInDevice(phone: string, device: Record<string, unknown>): Promise<string> {
  const sent = await call(`${RESIDENT}/auth/code`, { method: 'POST', body: { phone, organization: 'demo' } });
  if (sent.status !== 200) throw new Error(`code: ${sent.status} ${JSON.stringify(sent.body)}`);
  const outbox = await call('/api/sms-messages?pageSize=50', { token: staffToken });
  const message = outbox.body.items.find((m: { phone: string }) => digits(m.phone) === digits(phone));
  const code = /\b(\d{6})\b/.exec(message?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the outbox for ${phone}`);
  const verified = await call(`${RESIDENT}/auth/verify`, {
    method: 'POST',
    body: { phone, organization: 'demo', code, device },
  });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status} ${JSON.stringify(verified.body)}`);
  return verified.body.token;
}

async function findClient(search: string): Promise<string> {
  const found = await call(`/api/clients?search=${encodeURIComponent(search)}`, { token: staffToken });
  const id = found.body.items[0]?.id;
  if (!id) throw new Error(`no client found by ${search}`);
  return id;
}

beforeAll(async () => {
  const login = await call('/api/auth/login', {
    method: 'POST',
    body: { login: 'admin', password: adminPassword() },
  });
  staffToken = login.body.token;
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword());
});
afterAll(async () => {
  await browser?.close();
});

const sessionsSelect = () => page.getByLabel('Активные сеансы', { exact: true });

describe('«Информирование» on the client card', () => {
  it('shows the demo resident’s devices, the last activity and the notification settings of each', async () => {
    const id = await findClient(DEMO_RESIDENT);
    await page.goto(`${baseUrl()}/clients/${id}`);
    await page.getByRole('tab', { name: 'Информирование' }).click();
    // The most recently active device first: notifications allowed, with the types' states.
    const tab = page.getByRole('tabpanel', { name: 'Информирование' });
    await tab.getByText('iPhone 15 · iOS').waitFor();
    await tab.getByText(/^Последняя активность: \d\d\.\d\d\.\d{4} \d\d:\d\d$/).waitFor();
    await tab.getByText('Разрешены', { exact: true }).waitFor();
    await tab
      .getByText(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/)
      .first()
      .waitFor();
    const types = tab.locator('.ant-list-item');
    await expect(types.count()).resolves.toBe(7);
    await expect(types.filter({ hasText: 'Новости и объявления' }).textContent()).resolves.toContain(
      'Выключены',
    );
    await expect(types.filter({ hasText: 'Заявки и обращения' }).textContent()).resolves.toContain(
      'Включены',
    );
    // The other device: the OS does not let the app notify, so the types are not shown.
    await chooseOption(page, sessionsSelect(), '', 'iPhone 13 mini · iOS');
    await tab.getByText('Запрещены в настройках устройства').waitFor();
    await expect(types.count()).resolves.toBe(0);
    // The keyboard does the same: open the list, move up to the first device, choose it.
    await sessionsSelect().focus();
    await sessionsSelect().press('ArrowDown');
    await page.locator('.ant-select-dropdown:visible').waitFor();
    await sessionsSelect().press('ArrowUp');
    await sessionsSelect().press('Enter');
    await tab.getByText('Разрешены', { exact: true }).waitFor();
    await expect(types.count()).resolves.toBe(7);
    expect(t.consoleErrors).toEqual([]);
  });

  it('ends a device’s session: it leaves the list, the device must sign in again, the history names it', async () => {
    const phone = `+7 916 5${u.slice(0, 2)}-${u.slice(2, 4)}-${u.slice(4)}`;
    const created = await call('/api/clients', {
      method: 'POST',
      token: staffToken,
      body: { fullName: 'Сеансов Пётр Ильич', phone },
    });
    if (created.status !== 201) throw new Error(`client: ${created.status} ${JSON.stringify(created.body)}`);
    const device = await signInDevice(phone, {
      name: 'Pixel 8',
      platform: 'android',
      appVersion: '4.8.2',
      pushPermission: false,
    });
    expect((await call(`${RESIDENT}/me`, { token: device })).status).toBe(200);

    await page.goto(`${baseUrl()}/clients/${created.body.id}?tab=notifications`);
    const tab = page.getByRole('tabpanel', { name: 'Информирование' });
    await tab.getByText('Pixel 8 · Android').waitFor();
    await tab.getByText('Запрещены в настройках устройства').waitFor();
    await tab.getByRole('button', { name: 'Деактивировать сессию' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: 'Деактивировать сессию?' });
    await confirm.getByRole('button', { name: 'Деактивировать' }).click();
    await page.getByText('Сессия деактивирована').waitFor();
    await tab.getByText(/Клиент не вошёл в приложение ни на одном устройстве/).waitFor();
    await expect(tab.getByText('Pixel 8 · Android').count()).resolves.toBe(0);
    expect((await call(`${RESIDENT}/me`, { token: device })).status).toBe(401);

    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText('Деактивирована сессия в приложении: Pixel 8, android').waitFor();
    expect(t.consoleErrors).toEqual([]);
  });

  it('greys «Деактивировать сессию» out for a role without «Редактирование»', async () => {
    const role = await call('/api/roles', {
      method: 'POST',
      token: staffToken,
      body: { name: `Только просмотр ${u}`, permissions: ['clients.view'] },
    });
    await call('/api/staff', {
      method: 'POST',
      token: staffToken,
      body: {
        login: `viewer-${u}`,
        fullName: 'Смотрящий Сотрудник',
        roleId: role.body.id,
        password: 'viewer-password-1',
      },
    });
    const id = await findClient(DEMO_RESIDENT);
    const other = await openPage(browser);
    await logIn(other.page, `viewer-${u}`, 'viewer-password-1', `/clients/${id}?tab=notifications`);
    const tab = other.page.getByRole('tabpanel', { name: 'Информирование' });
    await tab.getByText('iPhone 15 · iOS').waitFor();
    await expect(tab.getByRole('button', { name: 'Деактивировать сессию' }).isDisabled()).resolves.toBe(true);
    expect(other.consoleErrors).toEqual([]);
  });
});

describe('the menu’s counter of new requests', () => {
  it('rises by itself when a resident sends a request while the page is open', async () => {
    await page.goto(`${baseUrl()}/clients?tab=requests`);
    const menu = page.getByRole('menu');
    const badge = menu.locator('.ant-badge-count');
    await badge.waitFor();
    const before = Number(await badge.getAttribute('title').then((title) => title?.replace(/\D/g, '')));
    const tabBadge = page.getByRole('tab', { name: /Заявки на регистрацию/ }).locator('.ant-badge-count');
    await expect(tabBadge.getAttribute('title')).resolves.toBe(`Новых заявок на регистрацию: ${before}`);

    // A phone without a card in the organisation signs in and asks to add a premise.
    const phone = `+7 917 6${u.slice(0, 2)}-${u.slice(2, 4)}-${u.slice(4)}`;
    const device = await signInDevice(phone, { name: 'iPhone 12', platform: 'ios' });
    const sent = await call(`${RESIDENT}/registration-requests`, {
      method: 'POST',
      token: device,
      body: {
        addressText: `ул. Счётчиковая, д. ${u}`,
        premiseText: 'кв. 1',
        role: 'owner',
        fullName: 'Новикова Ольга',
      },
    });
    expect(sent.status).toBe(201);

    // The counter refreshes on its own every 30 s, and at once when the window is shown again
    // (what TanStack Query listens to: a visibilitychange reaching the window).
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await menu.getByTitle(`Новых заявок на регистрацию: ${before + 1}`).waitFor({ timeout: 10_000 });
    await expect(tabBadge.getAttribute('title')).resolves.toBe(`Новых заявок на регистрацию: ${before + 1}`);
    expect(t.consoleErrors).toEqual([]);
  });
});
