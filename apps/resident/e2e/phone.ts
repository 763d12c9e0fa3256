import { createApiClient } from '@domovoy/api-client';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = () => inject('residentBaseUrl');

/** Debian's Chromium (ARCHITECTURE «Tests»); CHROMIUM_PATH overrides where it is. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type PhonePage = { context: BrowserContext; page: Page; consoleErrors: string[] };

/** A phone: 390×844, touch, mobile, Russian; records console errors and uncaught exceptions. */
export async function openPhone(browser: Browser): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'ru-RU',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { context, page, consoleErrors };
}

/** The API as the administrator's script sees it (Bearer token). */
export async function adminApi() {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: inject('residentAdminPassword') }),
  });
  if (!login.ok) throw new Error(`admin login: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return createApiClient({ baseUrl: baseUrl(), token });
}

/** The newest sign-in code sent to the phone (E.164), read in the SMS outbox as an administrator. */
export async function codeFromOutbox(phone: string, sentAfter: Date): Promise<string> {
  const api = await adminApi();
  for (let attempt = 0; attempt < 50; attempt++) {
    const { data } = await api.GET('/api/sms-messages', { params: { query: { pageSize: 20 } } });
    const message = data?.items.find((m) => m.phone === phone && new Date(m.createdAt) >= sentAfter);
    const code = message && /\b(\d{6})\b/.exec(message.text)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no code for ${phone} in the outbox`);
}
