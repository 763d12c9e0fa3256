// M-1, M-2, browser at 1366×768: an SMS mailing from the clients list filtered by a tag — the
// counter of characters and parts, Esc asking before the text is lost, the preview's «не получат»,
// sent through the server's default «outbox» provider by the background job; «Медиа сервисы →
// Рассылки» with its search and filters, a mailing's recipients by status, cancelling a scheduled
// one, the client card's «Рассылки» with the client's own status, and a role that only views
// mailings: no «Рассылка», the recipients' phones masked.
import type { ApiClient } from '@domovoy/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
  confirmIn,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
  unique,
} from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
let api: ApiClient;
const u = unique();
/** Names take letters only (C-5): the run's suffix in letters. */
const lu = [...u].map((digit) => 'абвгдежзик'[Number(digit)]).join('');
const tag = `Рассылка ${u}`;
const smsTitle = `Отключение воды ${u}`;
const pushTitle = `Собрание жильцов ${u}`;
/** 75 Cyrillic characters: two parts of 67. */
const smsText = 'Уважаемые жильцы! Завтра с 10 до 14 часов не будет холодной воды. Ваша УК!!';
let withoutPhoneId = '';
let smsMailingPath = '';

const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
/** Waits until the table shows `n` rows (a page or a filter's answer may take a while on CI). */
const rowCount = (n: number) => expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(n);

/** How far the page is wider than the window (1366 px): nothing may stick out. */
const horizontalOverflow = () =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Choose options of a multiple antd Select by typing each and pressing Enter, then close it. */
async function choose(label: string, options: string[]) {
  const field = page.getByRole('combobox', { name: label });
  await field.click();
  for (const option of options) {
    await field.fill(option);
    await field.press('Enter');
  }
  await field.press('Escape');
}

/** Clear a Select through its «×». */
async function clear(label: string) {
  const select = page.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) });
  await select.hover();
  await select.locator('.ant-select-clear').click();
}

beforeAll(async () => {
  api = await adminApi();
  const client = async (fullName: string, phone: string | null) => {
    const created = await api.POST('/api/clients', { body: { fullName, phone, tags: [tag] } });
    if (!created.data) throw new Error(`client: ${JSON.stringify(created.error)}`);
    return created.data.id;
  };
  const ids = await Promise.all([
    client(`Водянова Вера ${lu}`, `+7 958 ${u}1`),
    client(`Кранов Кирилл ${lu}`, `+7 959 ${u}1`),
    client(`Беспроводной Борис ${lu}`, null),
  ]);
  withoutPhoneId = ids[2] ?? '';
  browser = await launchBrowser();
  t = await openPage(browser, { width: 1366, height: 768 });
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/clients?tag=${encodeURIComponent(tag)}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('mailings', () => {
  it('sends an SMS mailing to the filtered clients list', async () => {
    await rowCount(3);
    expect(await horizontalOverflow()).toBe(0);
    await page.getByRole('button', { name: 'Рассылка' }).click();
    const dialog = page.getByRole('dialog', { name: 'Рассылка' });
    await dialog.getByText('(3)').waitFor();
    await dialog.getByLabel('Заголовок').fill(smsTitle);
    await dialog.getByLabel('Текст').fill(smsText);
    await expect
      .poll(() => dialog.getByTestId('sms-count').textContent(), { timeout: 5_000 })
      .toBe('Символов: 75 · SMS: 2 (по 67)');

    // Esc on a filled form asks first; «Вернуться к форме» keeps what was typed.
    await dialog.getByLabel('Текст').press('Escape');
    const ask = page.getByRole('dialog', { name: 'Закрыть без сохранения?' });
    await confirmIn(ask, 'Вернуться к форме');
    expect(await dialog.getByLabel('Заголовок').inputValue()).toBe(smsTitle);

    await dialog.getByRole('button', { name: 'Далее' }).click();
    const check = page.getByRole('dialog', { name: 'Рассылка: проверьте перед отправкой' });
    await check.getByText('Не получат: нет телефона — 1').waitFor();
    const summary = await check.locator('.ant-descriptions').textContent();
    expect(summary).toContain('Получателей3');
    expect(summary).toContain('Получат2');
    await check.getByRole('button', { name: 'Отправить' }).click();

    // The card of the new mailing: the job sends it through «outbox» and the page follows.
    await page.getByRole('heading', { name: new RegExp(`Рассылка № \\d+: ${smsTitle}`) }).waitFor();
    smsMailingPath = new URL(page.url()).pathname;
    await page.getByText('Отправлена', { exact: true }).first().waitFor({ timeout: 30_000 });
    const progress = page.getByTestId('mailing-progress');
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toMatch(/Пропущено 1 из 3/);
    expect(await progress.textContent()).toMatch(/Отправлено (\d) · Доставлено (\d)/);
    expect(await page.getByTestId('mailing-audience').textContent()).toContain(`Теги: ${tag}`);
    await rowCount(3);

    await choose('Статус сообщения', ['Пропущено']);
    await rowCount(1);
    const skipped = await rows().first().textContent();
    expect(skipped).toContain(`Беспроводной Борис ${lu}`);
    expect(skipped).toContain('Нет телефона');
    expect(page.url()).toContain('status=skipped');
    expect(await horizontalOverflow()).toBe(0);
  });

  it('finds mailings by text and filters them by status and type', async () => {
    const later = new Date(Date.now() + 24 * 3600_000).toISOString();
    const created = await api.POST('/api/mailings', {
      body: {
        channel: 'push',
        title: pushTitle,
        text: `Приглашаем на собрание во дворе ${u}`,
        audience: { source: 'client', clientId: withoutPhoneId },
        sendAt: later,
      },
    });
    expect(created.response.status).toBe(201);

    await page.getByRole('menuitem', { name: 'Рассылки' }).click();
    await page.getByRole('heading', { name: 'Рассылки' }).waitFor();
    // The search goes to the address first and the box is remade from it: a search is typed only
    // once the previous one is in the address (else it is typed into the box about to be replaced).
    const searched = (text: string) =>
      expect.poll(() => new URL(page.url()).searchParams.get('search'), { timeout: 10_000 }).toBe(text);
    await page.getByLabel('Поиск рассылок').fill(u);
    await page.getByLabel('Поиск рассылок').press('Enter');
    await searched(u);
    await rowCount(2);
    // Search reads the text too.
    await page.getByLabel('Поиск рассылок').fill(`во дворе ${u}`);
    await page.getByLabel('Поиск рассылок').press('Enter');
    await searched(`во дворе ${u}`);
    await rowCount(1);
    expect(await rows().first().textContent()).toContain(pushTitle);
    await page.getByLabel('Поиск рассылок').fill(u);
    await page.getByLabel('Поиск рассылок').press('Enter');
    await searched(u);
    await rowCount(2);

    await choose('Статус', ['Запланирована']);
    await rowCount(1);
    expect(await rows().first().textContent()).toContain(pushTitle);
    await clear('Статус');
    await choose('Тип', ['SMS']);
    await rowCount(1);
    expect(await rows().first().textContent()).toContain(smsTitle);
    await choose('Инициатор', ['Администратор']);
    await rowCount(1);
    expect(page.url()).toMatch(/channel=sms/);
    expect(page.url()).toMatch(/initiatorId=/);

    // The scheduled one is cancelled from its card.
    await clear('Тип');
    await rowCount(2);
    await page.getByRole('link', { name: pushTitle }).click();
    await page.getByRole('button', { name: 'Отменить' }).click();
    const ask = page.getByRole('dialog', { name: 'Отменить рассылку?' });
    await confirmIn(ask, 'Отменить рассылку');
    await page.getByText('Отменена', { exact: true }).first().waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Отменить', exact: true }).count(), { timeout: 5_000 })
      .toBe(0);
  });

  it('lists on a client card what was sent to that client, with their own status', async () => {
    await page.goto(`${baseUrl()}/clients/${withoutPhoneId}?tab=mailings`);
    await rowCount(2);
    const sms = rows().filter({ hasText: smsTitle });
    expect(await sms.textContent()).toContain('Пропущено');
    expect(await sms.textContent()).toContain('Нет телефона');
    await choose('Тип', ['Push']);
    await rowCount(1);
    expect(await rows().first().textContent()).toContain(pushTitle);
    expect(t.consoleErrors).toEqual([]);
  });

  it('shows a role that only views mailings no «Рассылка», and the recipients masked', async () => {
    const role = await api.POST('/api/roles', {
      body: { name: `Наблюдатель рассылок ${u}`, permissions: ['clients.view', 'mailings.view'] },
    });
    if (!role.data) throw new Error(`role: ${JSON.stringify(role.error)}`);
    const login = `mailviewer${u}`;
    const password = 'viewer-password';
    const staff = await api.POST('/api/staff', {
      body: { login, fullName: 'Смотрова Софья', roleId: role.data.id, password },
    });
    if (!staff.data) throw new Error(`staff: ${JSON.stringify(staff.error)}`);
    const viewer = await openPage(browser, { width: 1366, height: 768 });
    page = viewer.page;
    await logIn(page, login, password, `/clients?tag=${encodeURIComponent(tag)}`);
    await rowCount(3);
    expect(await page.getByRole('button', { name: 'Рассылка' }).count()).toBe(0);
    await page.goto(`${baseUrl()}${smsMailingPath}`);
    await page.getByRole('heading', { name: new RegExp(smsTitle) }).waitFor();
    await rowCount(3);
    // a role without contact data sees the counts, not the phones.
    expect(await rows().allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('********')]),
    );
    expect(await rows().allTextContents()).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/\+7 ?9/)]),
    );
    expect(viewer.consoleErrors).toEqual([]);
  });
});
