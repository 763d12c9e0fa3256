// `npm run screenshots -w apps/resident`: the resident app's screens on a phone (390×844), from a
// fresh demo organisation, into docs/screenshots/resident-*.png (referenced from the README).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '@domovoy/api-client';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../crm/scripts/start-server';
import { ensureResidentBuild } from './ensure-build';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PASSWORD = 'screenshots-password';

async function shot(page: Page, name: string) {
  await page.locator('.adm-dot-loading').first().waitFor({ state: 'detached' });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  await page.screenshot({ path: path.join(outDir, `resident-${name}.png`) });
  console.log(`  docs/screenshots/resident-${name}.png`);
}

async function latestCode(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const api = createApiClient({ baseUrl: url, token });
  const { data } = await api.GET('/api/sms-messages', { params: { query: { pageSize: 1 } } });
  const code = /\d{6}/.exec(data?.items[0]?.text ?? '')?.[0];
  if (!code) throw new Error('no sign-in code in the outbox');
  return code;
}

async function main() {
  await ensureResidentBuild();
  await mkdir(outDir, { recursive: true });
  const server = await startServer({ adminPassword: PASSWORD });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'ru-RU',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/app/demo/`);
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill('9990000001');
    await shot(page, 'sign-in');
    await page.getByRole('button', { name: 'Получить код' }).tap();
    await page.getByRole('textbox', { name: 'Код из SMS' }).fill(await latestCode(server.url));
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.locator('.profile-name').waitFor();
    await shot(page, 'profile');
    await page.getByText('О помещении').tap();
    await page.getByRole('region', { name: 'Мое помещение' }).waitFor();
    await shot(page, 'premise');
    // Issue 13: its meters with the last readings, further down «Мое помещение».
    await page.locator('.meter').last().scrollIntoViewIfNeeded();
    await shot(page, 'premise-meters');
    // «Мои заказы»: the request in work with a comment not yet seen comes first; its card; a new one.
    await page.goto(`${server.url}/app/demo/orders`);
    await page.getByRole('heading', { name: 'Мои заказы' }).waitFor();
    await page.getByText('Течёт смеситель на кухне').waitFor();
    await shot(page, 'orders');
    await page.getByText('Течёт смеситель на кухне').tap();
    await page.getByText('Сантехник придёт завтра').waitFor();
    await shot(page, 'order');
    await page.goto(`${server.url}/app/demo/orders/new`);
    await page.getByRole('heading', { name: 'Новая заявка' }).waitFor();
    await shot(page, 'new-order');
    await page.goto(`${server.url}/app/demo/notifications`);
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    await shot(page, 'notifications');
    await page.goto(`${server.url}/app/demo/profile`);
    await page.locator('.profile-name').waitFor();
    await page.getByText('Мои помещения').tap();
    await page.getByRole('region', { name: 'Мои помещения' }).waitFor();
    await shot(page, 'premises');
    await page.getByRole('button', { name: 'Добавить помещение' }).first().tap();
    await page.getByRole('textbox', { name: 'Адрес дома' }).waitFor();
    await shot(page, 'add-premise');
    await page.goto(`${server.url}/app/demo/my-data`);
    await page.getByRole('region', { name: 'Мои данные' }).waitFor();
    await shot(page, 'my-data');
    // «Люди» (APP-6..APP-8): the premise's people by role, «Все», a card, the adding form.
    await page.goto(`${server.url}/app/demo/profile`);
    await page.getByText('Люди помещения').tap();
    await page.getByRole('region', { name: 'Люди помещения' }).waitFor();
    await shot(page, 'people');
    await page.goto(`${server.url}/app/demo/people/all`);
    await page.getByRole('region', { name: 'Все люди' }).waitFor();
    await shot(page, 'people-all');
    await page.getByRole('region', { name: 'Все люди' }).locator('.adm-list-item').first().tap();
    await page.getByRole('region', { name: 'Карточка пользователя' }).waitFor();
    await shot(page, 'person');
    await page.goto(`${server.url}/app/demo/people/new`);
    await page.getByRole('textbox', { name: 'Телефон' }).fill('9161234567');
    await page.getByRole('textbox', { name: 'ФИО' }).fill('Соколова Мария Андреевна');
    await shot(page, 'add-person');
    // Offline: the shell and the last /me, under the banner.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${server.url}/app/demo/profile`);
    await page.locator('.profile-name').waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').waitFor();
    await page.locator('.profile-name').waitFor();
    await shot(page, 'offline');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
