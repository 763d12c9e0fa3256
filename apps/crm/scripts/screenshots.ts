// `npm run screenshots`: the main CRM screens at 1366×768 (a clerk's screen, issue 17), from a fresh demo organisation, into
// docs/screenshots/ (referenced from the README).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { ensureCrmBuild } from './ensure-build';
import { importDemoFiles } from './import-demo-files';
import { startServer } from './start-server';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PASSWORD = 'screenshots-password';
/** The header the CRM's own client sends: the server refuses a cookie's write without it (CSRF). */
const CSRF = { 'x-domovoy-csrf': '1' };

async function shot(page: Page, name: string, fullPage = false) {
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
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage });
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
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    page.setDefaultTimeout(30_000);
    const open = (url: string) => page.goto(`${server.url}${url}`);

    await open('/login');
    await page.getByLabel('Логин').fill('admin');
    await shot(page, 'login');
    await page.getByLabel('Пароль').fill(PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'premises');

    // Issue 17: the header search over premises, clients, accounts and requests.
    const search = page.getByRole('combobox', { name: 'Поиск по CRM' });
    await search.fill('Северная 1 1');
    await page.locator('.ant-select-item-option').first().waitFor();
    await shot(page, 'global-search');
    await search.press('Escape');
    await search.fill('');

    // Issue 17: ticked rows and what can be done with them; the compact density.
    for (const n of [0, 1, 2]) await page.locator('.ant-table-row .ant-checkbox-input').nth(n).check();
    await page.getByRole('toolbar', { name: 'Действия с выбранными' }).getByText('Выбрано: 3').waitFor();
    await page.mouse.move(0, 0);
    await shot(page, 'premises-bulk');
    await page.getByRole('button', { name: 'Компактный вид' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'premises-compact');
    await page.getByRole('button', { name: 'Обычный вид' }).click();

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

    // S-1..S-3: the README's demo resident, signed in on two devices.
    const residents = (await (
      await page.request.get(`${server.url}/api/clients?search=${encodeURIComponent('+7 999 000-00-01')}`)
    ).json()) as { items: { id: string }[] };
    await open(`/clients/${residents.items[0]?.id}?tab=notifications`);
    await page.getByText('Типы уведомлений', { exact: true }).waitFor();
    await shot(page, 'client-notifications');

    await open('/clients?tab=requests');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'registration-requests');
    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('button', { name: 'Одобрить' }).click();
    await page.getByRole('dialog', { name: 'Одобрить заявку' }).waitFor();
    await shot(page, 'registration-approve');

    // ACT: the request desk and a request's card.
    await open('/requests');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'requests');
    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('tab', { name: 'История' }).waitFor();
    await shot(page, 'request-card');

    // M-1..M-3: a mailing sent to a few clients, the mailings list, its card, the monitor.
    const mailing = await page.request.post(`${server.url}/api/mailings`, {
      headers: CSRF,
      data: {
        channel: 'sms',
        title: 'Отключение воды',
        text: 'Уважаемые жители! 10 декабря с 10:00 до 16:00 не будет горячей воды. УК «Домовой»',
        audience: { source: 'clients', clients: { search: 'Петров' } },
      },
    });
    if (!mailing.ok()) throw new Error(`the mailing was refused: ${await mailing.text()}`);
    await open('/mailings');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'mailings');
    await page.locator('.ant-table-row a').first().click();
    await page.getByText('Кому', { exact: true }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'mailing-card');
    await open('/monitor');
    await page.locator('.recharts-surface').first().waitFor();
    await shot(page, 'monitor');

    await open('/staff?tab=roles');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    await page.getByRole('switch').first().waitFor();
    await shot(page, 'role-editor');

    await open('/settings?tab=objects');
    await page.locator('.ant-table-row').first().waitFor();
    await shot(page, 'settings-objects');

    await importScreens(page, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** I-3: a premises file applied, then a consolidated file's upload form and its preview with I-5 removals. */
async function importScreens(page: Page, baseUrl: string) {
  const { request } = page;
  const files = await importDemoFiles(request, baseUrl);
  const legalEntities = (await (await request.get(`${baseUrl}/api/legal-entities`)).json()) as Named[];
  const legalEntity = legalEntities.find((le) => le.id === files.legalEntityId) ?? legalEntities[0];
  const objects = (await (await request.get(`${baseUrl}/api/objects`)).json()) as Named[];
  const object = objects.find((o) => o.id === files.objectId);
  if (!legalEntity || !object) throw new Error('the demo organisation has no legal entity or object');

  const uploaded = await request.post(`${baseUrl}/api/imports`, {
    headers: CSRF,
    multipart: {
      kind: 'premises',
      legalEntityId: legalEntity.id,
      objectId: object.id,
      file: { name: 'Новые помещения.xlsx', mimeType: XLSX, buffer: files.premises },
    },
  });
  if (!uploaded.ok()) throw new Error(`the demo import was refused: ${await uploaded.text()}`);
  const { id } = (await uploaded.json()) as { id: string };
  for (let status = ''; status !== 'ready'; ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const job = (await (await request.get(`${baseUrl}/api/imports/${id}`)).json()) as { status: string };
    status = job.status;
    if (status === 'failed') throw new Error(`the demo import failed: ${JSON.stringify(job)}`);
  }
  await request.post(`${baseUrl}/api/imports/${id}/apply`, { headers: CSRF, data: {} });

  await page.goto(`${baseUrl}/clients`);
  await page.getByRole('button', { name: 'Импорт' }).click();
  const dialog = page.getByRole('dialog', { name: 'Загрузка из Excel' });
  for (const [label, value] of [
    ['Юрлицо', legalEntity.name],
    ['Объект', object.name],
  ] as const) {
    const field = dialog.getByLabel(label, { exact: true });
    await field.fill(value);
    await page.locator('.ant-select-item-option-active').filter({ hasText: value }).waitFor();
    await field.press('Enter');
  }
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'Сводный — собственники.xlsx', mimeType: XLSX, buffer: files.consolidated });
  await shot(page, 'import-upload');
  await dialog.getByRole('button', { name: 'Загрузить' }).click();
  await page.getByText('Предпросмотр: что сделает загрузка').waitFor();
  await page.mouse.move(0, 0);
  await shot(page, 'import-preview', true);

  await page.goto(`${baseUrl}/imports`);
  await page.locator('.ant-table-row').nth(1).waitFor();
  await shot(page, 'imports');
}

type Named = { id: string; name: string };

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
