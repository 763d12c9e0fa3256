import { createApiClient } from '@domovoy/api-client';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('crmBaseUrl');
export const adminPassword = () => inject('crmAdminPassword');

/** Debian's Chromium (ARCHITECTURE «Tests»); CHROMIUM_PATH overrides where it is. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type TestPage = { page: Page; consoleErrors: string[] };

/**
 * A page at 1280×800 that records every console error and uncaught exception; a test asserts
 * the list is empty. The one expected error is the 401 of GET /api/auth/me before logging in
 * (the browser logs every failed request).
 */
export async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
  const page = await context.newPage();
  // Slow shared machines: waits are on UI state, with room to spare.
  page.setDefaultTimeout(30_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.location().url.endsWith('/api/auth/me') && message.text().includes('401')) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { page, consoleErrors };
}

export async function logIn(page: Page, login: string, password: string, path = '/') {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Выйти' }).waitFor();
}

/** The API as a script sees it (Bearer token), for setting up data a test does not click through. */
export async function adminApi() {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: adminPassword() }),
  });
  if (!login.ok) throw new Error(`admin login: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return createApiClient({ baseUrl: baseUrl(), token });
}

/**
 * Choose an option of an antd Select: type into it (when `text` is given), wait for the option
 * in this select's own dropdown (found through the input's aria-controls), click it.
 */
export async function chooseOption(page: Page, field: Locator, text: string, option: string | RegExp) {
  await field.click();
  if (text) await field.fill(text);
  const listId = await field.getAttribute('aria-controls');
  if (!listId) throw new Error('chooseOption: the field is not an antd Select');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** A per-run suffix, so that names and numbers do not clash with the demo data or a previous test. */
export const unique = () => String(Date.now()).slice(-6);
