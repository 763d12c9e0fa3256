// Issue 5, browser: the app shell — no console errors on the login page or once logged in, the
// login page loads no screen's code, and the main screens fit the window at 1280×800 and
// 1920×1080 (no horizontal scrollbar).
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, baseUrl, launchBrowser, logIn, openPage } from './browser';

let browser: Browser;
let importId = '';

/**
 * An import with a preview, set up through the API: the template with its example rows made the
 * user's own (a tag added: untouched examples are skipped), so they are valid rows.
 */
async function uploadTemplate() {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: adminPassword() }),
  });
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const first = async (url: string) =>
    ((await (await fetch(`${baseUrl()}${url}`, { headers })).json()) as { id: string }[])[0]?.id ?? '';
  const template = await fetch(`${baseUrl()}/api/imports/templates/premises.xlsx`, { headers });
  const form = new FormData();
  form.append('kind', 'premises');
  form.append('legalEntityId', await first('/api/legal-entities'));
  form.append('objectId', await first('/api/objects'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await template.arrayBuffer());
  const sheet = workbook.getWorksheet('Данные');
  if (!sheet) throw new Error('the template has no «Данные» sheet');
  const tags = (sheet.getRow(1).values as unknown[]).indexOf('Теги помещения');
  sheet.eachRow((row, n) => {
    if (n > 1) row.getCell(tags).value = 'Из шаблона';
  });
  form.append('file', new Blob([await workbook.xlsx.writeBuffer()]), 'Шаблон.xlsx');
  const job = await fetch(`${baseUrl()}/api/imports`, { method: 'POST', headers, body: form });
  expect(job.status).toBe(202);
  return ((await job.json()) as { id: string }).id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  importId = await uploadTemplate();
});
afterAll(async () => {
  await browser?.close();
});

describe('the CRM shell', () => {
  it('logs no console errors on the login page and after logging in; the login page loads no screen', async () => {
    const t = await openPage(browser);
    const scripts: string[] = [];
    t.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await t.page.goto(`${baseUrl()}/login`);
    await t.page.getByRole('button', { name: 'Войти' }).waitFor();
    await t.page.waitForLoadState('networkidle');
    expect(t.consoleErrors).toEqual([]);
    expect(scripts.some((s) => s.includes('LoginRoute'))).toBe(true);
    expect(scripts.filter((s) => /(Premises|Clients|Import|Staff|Settings)Route|MainLayout/.test(s))).toEqual(
      [],
    );

    await logIn(t.page, 'admin', adminPassword(), '/premises');
    await t.page.locator('.ant-table-row').first().waitFor();
    await t.page.waitForLoadState('networkidle');
    expect(t.consoleErrors).toEqual([]);
    await t.page.context().close();
  });

  it('fits the main screens into 1280×800, 1366×768 and 1920×1080 without a horizontal scrollbar', async () => {
    const viewports = [
      { width: 1280, height: 800 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ];
    const t = await openPage(browser, viewports[0]);
    const { page } = t;
    await logIn(page, 'admin', adminPassword(), '/premises');
    // Each screen is opened once and measured in each window size (the layout follows a resize).
    const overflows: Record<string, number> = {};
    const measure = async (screen: string) => {
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        overflows[`${screen} at ${viewport.width}×${viewport.height}`] = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      }
    };
    const screens: [string, () => Promise<void>][] = [
      ['/premises', () => page.locator('.ant-table-row').first().waitFor()],
      ['/clients', () => page.locator('.ant-table-row').first().waitFor()],
      ['/imports', () => page.locator('.ant-table-row').first().waitFor()],
      [`/imports/${importId}`, () => page.getByRole('button', { name: 'Применить' }).waitFor()],
    ];
    for (const [path, ready] of screens) {
      await page.goto(`${baseUrl()}${path}`);
      await ready();
      await measure(path);
    }
    await page.goto(`${baseUrl()}/premises`);
    await page.locator('.ant-table-row a').first().click();
    await page.getByRole('tab', { name: 'Общие сведения' }).waitFor();
    await page.getByLabel('Общая площадь, м²').waitFor();
    await measure('premise card');
    expect(Object.keys(overflows)).toHaveLength(15);
    expect(overflows).toEqual(Object.fromEntries(Object.keys(overflows).map((k) => [k, 0])));
    expect(t.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('at 1366×768: no frame or idle scrollbar, «Сохранить» in view on long forms, whole date fields, a compact density (issue 17)', async () => {
    const t = await openPage(browser, { width: 1366, height: 768 });
    const { page } = t;
    await logIn(page, 'admin', adminPassword(), '/no-such-page');
    await page.getByText('Страница не найдена').first().waitFor();
    const frame = await page.evaluate(() => ({
      margin: getComputedStyle(document.body).margin,
      scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    expect(frame).toEqual({ margin: '0px', scroll: 0 });

    const inView = (locator: ReturnType<typeof page.locator>) =>
      locator.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });

    // A client card: the form is taller than the screen, its «Сохранить» stays at the bottom edge.
    await page.goto(`${baseUrl()}/clients`);
    await page.locator('.ant-table-row a').first().click();
    await page.getByLabel('ФИО', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    await expect(inView(page.getByRole('button', { name: 'Сохранить' }))).resolves.toBe(true);
    // Scrolled down, the menu is still there, white to the bottom edge.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(inView(page.getByRole('menuitem', { name: 'Помещения' }))).resolves.toBe(true);
    const sider = await page.locator('.ant-layout-sider').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(sider).toBe(768);

    // «Дата рождения» on one line, and its field shows its whole placeholder.
    const birth = page.locator('.ant-form-item').filter({ hasText: 'Дата рождения' });
    const label = await birth.locator('label').evaluate((el) => el.getBoundingClientRect().height);
    expect(label).toBeLessThan(30);
    const input = birth.locator('input');
    await expect(input.getAttribute('placeholder')).resolves.toBe('ДД.ММ.ГГГГ');
    await expect(input.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);

    // The role editor: its switches scroll, «Сохранить» stays on the screen.
    await page.goto(`${baseUrl()}/staff?tab=roles`);
    await page.getByRole('button', { name: 'Добавить роль' }).click();
    const editor = page.getByRole('dialog', { name: 'Новая роль' });
    await expect(inView(editor.getByRole('button', { name: 'Сохранить' }))).resolves.toBe(true);

    // Compact density: more rows of the premises list on the screen, and it is remembered.
    await page.goto(`${baseUrl()}/premises`);
    await page.locator('.ant-table-row').first().waitFor();
    const rowsInView = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.ant-table-row')].filter(
            (row) => row.getBoundingClientRect().bottom <= window.innerHeight,
          ).length,
      );
    const comfortable = await rowsInView();
    await page.getByRole('button', { name: 'Компактный вид' }).click();
    await expect.poll(rowsInView).toBeGreaterThanOrEqual(comfortable + 4);
    await page.reload();
    await page.getByRole('button', { name: 'Обычный вид' }).waitFor();
    expect(t.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
