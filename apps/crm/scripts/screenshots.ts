// `npm run screenshots`: the main CRM screens at 1280×800, from a fresh demo organisation, into
// docs/screenshots/ (referenced from the README).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { ensureCrmBuild } from './ensure-build';
import { startServer } from './start-server';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PASSWORD = 'screenshots-password';

async function shot(page: Page, name: string) {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  // Modals, dropdowns and the loading fade animate: wait until every finite animation and
  // transition has finished, for a settled picture.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

async function main() {
  await ensureCrmBuild();
  await mkdir(outDir, { recursive: true });
  const server = await startServer({ adminPassword: PASSWORD });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    page.setDefaultTimeout(30_000);
    const open = (url: string) => page.goto(`${server.url}${url}`);

    await open('/login');
    await page.getByLabel('Логин').fill('admin');
    await shot(page, 'login');
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'premises');

    await open('/premises?search=%D0%A1%D0%B5%D0%B2%D0%B5%D1%80%D0%BD%D0%B0%D1%8F+1+15');
    await page.getByRole('button', { name: 'Фильтры' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'premises-search-filters');

    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('tab', { name: 'Общие сведения' }).waitFor();
    await page.getByLabel('Общая площадь, м²').waitFor();
    await shot(page, 'premise-card');
    const premiseUrl = page.url();

    await open(`${new URL(premiseUrl).pathname}?tab=clients`);
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'premise-clients');
    await page.getByRole('button', { name: 'Изменить' }).first().click();
    await page.getByRole('dialog').getByLabel('Основание', { exact: true }).waitFor();
    await shot(page, 'link-modal');

    await open('/clients');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'clients');
    await page.locator('.ant-table-row a').first().click();
    await page.getByLabel('ФИО', { exact: true }).waitFor();
    await shot(page, 'client-card');

    await open('/clients?tab=requests');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'registration-requests');
    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('button', { name: 'Одобрить' }).click();
    await page.getByRole('dialog', { name: 'Одобрить заявку' }).waitFor();
    await shot(page, 'registration-approve');

    await open('/staff?tab=roles');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    await page.getByRole('switch').first().waitFor();
    await shot(page, 'role-editor');

    await open('/settings?tab=objects');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'settings-objects');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
