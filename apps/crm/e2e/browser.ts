import { createApiClient } from '@domovoy/api-client';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('crmBaseUrl');
export const adminPassword = () => inject('crmAdminPassword');

/** Debian's Chromium (ARCHITECTURE «Tests»); CHROMIUM_PATH overrides where it is. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type TestPage = {
  page: Page;
  consoleErrors: string[];
  /** A refusal the test provokes on purpose: the browser logs it as an error; take it off once. */
  expectRefusal(status: number, path: string): void;
};

/**
 * A page (1280×800 unless told) that records every console error and uncaught exception; a test
 * asserts the list is empty. Allowed: refusals a test announced with `expectRefusal` (the
 * browser logs every failed request).
 */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<TestPage> {
  const context = await browser.newContext({ viewport, locale: 'ru-RU' });
  const page = await context.newPage();
  // Slow shared machines: waits are on UI state, with room to spare.
  page.setDefaultTimeout(30_000);
  const consoleErrors: string[] = [];
  const expected: { status: number; path: string }[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    const text = message.text();
    const index = expected.findIndex((e) => url.endsWith(e.path) && text.includes(`status of ${e.status}`));
    if (index >= 0) {
      expected.splice(index, 1);
      return;
    }
    consoleErrors.push(`${text} (${url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { page, consoleErrors, expectRefusal: (status, path) => expected.push({ status, path }) };
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
 * Presses a confirmation's button once the dialog has finished zooming in, and waits for it to
 * close. A click aimed while the dialog still scales lands where the button was a frame before
 * (CI, loaded: the dialog stayed open); should one still be lost, it is pressed once more.
 */
export async function confirmIn(dialog: Locator, button: string) {
  const press = dialog.getByRole('button', { name: button });
  await press.waitFor();
  await expect.poll(() => dialog.getAttribute('class')).not.toMatch(/ant-zoom/);
  await press.click();
  const closed = await dialog
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  // Still open: the request is on its way (the button spins), or the click was lost.
  const sent = closed || (await press.getAttribute('class'))?.includes('ant-btn-loading');
  if (!sent) await press.click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Choose an option of an antd Select: type into it (when `text` is given), wait for the option
 * in this select's own dropdown (found through the input's aria-controls), click it, and wait
 * until the dropdown has closed.
 */
export async function chooseOption(page: Page, field: Locator, text: string, option: string | RegExp) {
  await field.click();
  const listId = await field.getAttribute('aria-controls');
  if (!listId) throw new Error('chooseOption: the field is not an antd Select');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  // A click that lands while another dropdown is closing may only close that one: then the
  // keyboard opens this one (a focused antd Select opens on ArrowDown).
  const opened = await dropdown
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!opened) {
    await field.focus();
    await field.press('ArrowDown');
    await dropdown.waitFor({ state: 'visible' });
  }
  if (text) await field.fill(text);
  const item = dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first();
  await item.click();
  // A choice closes the dropdown. On a loaded machine a click can be lost while the dropdown
  // still settles; it then stays open over the next field: click the option once more.
  const closed = await dropdown
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!closed) {
    await item.click();
    await dropdown.waitFor({ state: 'hidden' });
  }
}

/** A per-run suffix, so that names and numbers do not clash with the demo data or a previous test. */
export const unique = () => String(Date.now()).slice(-6);
