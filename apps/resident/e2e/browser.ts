// The browser tests' phone, also driven by the first-load bench (bench/resident-load.ts): nothing
// here needs Vitest.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (ARCHITECTURE «Tests»); CHROMIUM_PATH overrides where it is. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Errors Chromium itself logs about the test browser, not about the app. A test context is
 * incognito, and Chromium 156 logs that pushManager.subscribe() is unsupported there (the app
 * catches the refusal; a phone's browser is not incognito).
 */
const BROWSER_OWN_NOTICES = [/^Chrome currently does not support the Push API in incognito mode/];

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
    if (message.type() !== 'error' || BROWSER_OWN_NOTICES.some((re) => re.test(message.text()))) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { context, page, consoleErrors };
}
