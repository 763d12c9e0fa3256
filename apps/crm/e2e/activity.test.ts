// ACT-1..ACT-4, browser: a premise card's «Активность» — the counters beside the tab's name, the
// filters by request status, by client and by type (the two kinds of pass among them), and a call
// logged from the keyboard (Ctrl+Enter).
import { type ApiClient, createApiClient } from '@domovoy/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
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
let premiseId = '';
let annaId = '';

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

/** Remove the last chosen option of a multiple Select by its tag's «×». */
async function unchooseLast(label: string) {
  const field = page.getByRole('combobox', { name: label });
  const select = page.locator('.ant-select', { has: field });
  await select.locator('.ant-select-selection-item-remove').last().click();
}

const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
const settled = { timeout: 15_000 };

/** Passes a УО's security system reports through the integration API (ACT-1: two kinds). */
async function reportPasses() {
  const key = await api.POST('/api/api-keys', { body: { name: `Охрана ${u}`, scopes: ['import'] } });
  const security = createApiClient({ baseUrl: baseUrl(), token: key.data?.key ?? '' });
  const occurredAt = new Date().toISOString();
  const sent = await security.POST('/api/integration/v1/activity', {
    body: {
      source: `Охрана ${u}`,
      items: [
        {
          externalId: 'P-1',
          kind: 'one_time_pass',
          subject: `Курьер ${u}`,
          occurredAt,
          premiseExternalId: `ПР-${u}`,
        },
        {
          externalId: 'P-2',
          kind: 'permanent_pass',
          subject: `Няня ${u}`,
          occurredAt,
          premiseExternalId: `ПР-${u}`,
        },
      ],
    },
  });
  expect(sent.data?.summary.created, JSON.stringify(sent.data ?? sent.error)).toBe(2);
}
const subjects = async () => (await rows().allTextContents()).join('\n');

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: `ул. Активная-${u}`,
      house: '2',
      number: '7',
      externalId: `ПР-${u}`,
    },
  });
  premiseId = premise.data?.id ?? '';
  const [anna, boris] = await Promise.all(
    [`Аннина Анна ${lu}`, `Борисов Борис ${lu}`].map(async (fullName) => {
      const client = await api.POST('/api/clients', { body: { fullName } });
      const id = client.data?.id;
      if (!id) throw new Error(`client: ${JSON.stringify(client.error)}`);
      await api.POST('/api/premises/{id}/clients', {
        params: { path: { id: premiseId } },
        body: { clientId: id },
      });
      return id;
    }),
  );
  const types = await api.GET('/api/request-types');
  const typeId = types.data?.[0]?.id ?? '';
  const request = async (subject: string, clientId: string) =>
    (await api.POST('/api/service-requests', { body: { typeId, subject, premiseId, clientId } })).data?.id ??
    '';
  annaId = anna ?? '';
  await request(`Течёт кран ${u}`, anna ?? '');
  const done = await request(`Сломан домофон ${u}`, anna ?? '');
  await request(`Не горит свет ${u}`, boris ?? '');
  await api.POST('/api/service-requests/{id}/status', {
    params: { path: { id: done } },
    body: { status: 'done' },
  });
  await reportPasses();
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}?tab=activity`);
});
afterAll(async () => {
  await browser?.close();
});

describe('«Активность» on a premise card', () => {
  it('shows the counters, filters by status, client and type, and logs a call', async () => {
    await expect
      .poll(() => page.getByTestId('activity-open').getAttribute('aria-label'))
      .toBe('Открытые заявки: 2');
    expect(await page.getByTestId('activity-total').getAttribute('aria-label')).toBe('Все заявки: 3');
    await expect.poll(() => rows().count(), settled).toBe(5);
    expect(await subjects()).toContain(`Течёт кран ${u}`);

    await choose('Статус заявки', ['Выполнено']);
    await expect.poll(() => rows().count(), settled).toBe(1);
    expect(await subjects()).toContain(`Сломан домофон ${u}`);
    await unchooseLast('Статус заявки');
    await expect.poll(() => rows().count(), settled).toBe(5);

    await choose('Клиент', [`Борисов Борис ${lu}`]);
    await expect.poll(() => rows().count(), settled).toBe(1);
    expect(await subjects()).toContain(`Не горит свет ${u}`);
    await unchooseLast('Клиент');
    await expect.poll(() => rows().count(), settled).toBe(5);

    await page.getByRole('button', { name: 'Записать звонок' }).click();
    const dialog = page.getByRole('dialog', { name: 'Записать звонок' });
    const note = dialog.getByLabel('Заметка');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill(`Спросила про счётчики ${u}`);
    await dialog.getByLabel('Результат').fill('Объяснили');
    await dialog.getByLabel('Результат').press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rows().count(), settled).toBe(6);
    const call = rows().filter({ hasText: `Спросила про счётчики ${u}` });
    await expect.poll(() => call.textContent()).toContain('Звонок');
    expect(await call.textContent()).toContain('Результат: Объяснили');
    // A call is not a request: the counters stay.
    expect(await page.getByTestId('activity-open').getAttribute('aria-label')).toBe('Открытые заявки: 2');

    // ACT-4: the type filter, the two kinds of pass among the types.
    await choose('Тип', ['Звонок']);
    await expect.poll(() => rows().count(), settled).toBe(1);
    expect(await subjects()).toContain(`Спросила про счётчики ${u}`);
    await choose('Тип', ['Разовый пропуск']);
    await expect.poll(() => rows().count(), settled).toBe(2);
    expect(await subjects()).toContain(`Курьер ${u}`);
    expect(await subjects()).not.toContain(`Няня ${u}`);
    await unchooseLast('Тип');
    await unchooseLast('Тип');
    await choose('Тип', ['Постоянный пропуск', 'Заявка в УК']);
    await expect.poll(() => rows().count(), settled).toBe(4);
    expect(await subjects()).toContain(`Няня ${u}`);
    expect(await subjects()).not.toContain(`Курьер ${u}`);
    await unchooseLast('Тип');
    await unchooseLast('Тип');
    await expect.poll(() => rows().count(), settled).toBe(6);

    await page.getByRole('searchbox', { name: 'Поиск по теме' }).fill('домофон');
    await page.getByRole('searchbox', { name: 'Поиск по теме' }).press('Enter');
    await expect.poll(() => rows().count(), settled).toBe(1);
    expect(t.consoleErrors).toEqual([]);
  });
});

describe('«Активность» on a client card', () => {
  it('shows only the client’s requests with their counters, and takes a reading of the premise’s meter in place', async () => {
    const meter = await api.POST('/api/premises/{id}/meters', {
      params: { path: { id: premiseId } },
      body: { resource: 'cold_water', serialNumber: `СЧ-${u}` },
    });
    const meterId = meter.data?.id ?? '';
    await page.goto(`${new URL(page.url()).origin}/clients/${annaId}?tab=activity`);
    await expect
      .poll(() => page.getByTestId('activity-open').getAttribute('aria-label'))
      .toBe('Открытые заявки: 1');
    expect(await page.getByTestId('activity-total').getAttribute('aria-label')).toBe('Все заявки: 2');
    await expect.poll(() => rows().count(), settled).toBe(2);
    expect(await subjects()).not.toContain(`Не горит свет ${u}`);

    // One premise: the meter is chosen at once, and the reading entered without leaving the card.
    const meters = page.getByRole('combobox', { name: 'Внести показания' });
    await meters.click();
    await page.locator('.ant-select-item-option', { hasText: `№ СЧ-${u}` }).click();
    const reading = page.getByRole('dialog', { name: /Показание: ХВС/ });
    await reading.getByLabel('Показание, м³').fill('12,5');
    await reading.getByLabel('Показание, м³').press('Enter');
    await reading.waitFor({ state: 'hidden' });
    expect(page.url()).toContain(`/clients/${annaId}`);
    const readings = await api.GET('/api/meters/{id}/readings', { params: { path: { id: meterId } } });
    expect(readings.data?.map((r) => r.values)).toEqual([['12.500']]);
    expect(t.consoleErrors).toEqual([]);
  });
});
