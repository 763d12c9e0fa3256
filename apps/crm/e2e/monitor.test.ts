// Issue 14, M-3, browser: «Монитор основных метрик» on the demo's 60 days of app opens and push
// disables — both charts drawn with the points the API gives (every dot where its value puts it on
// the axis, tooltips, the period's total), the day/week switch and the period filter in the URL,
// and the minimum app version set in «Настройки» changing what is counted.
import type { MonitorReport } from '@domovoy/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, adminPassword, launchBrowser, logIn, openPage, type TestPage } from './browser';

const VIOLET = '#722ed1';
const GREEN = '#52c41a';

let browser: Browser;
let t: TestPage;
let page: Page;
let api: Awaited<ReturnType<typeof adminApi>>;

const fromShown = (value: string) => value.split('.').reverse().join('-');
const shown = (day: string) => day.split('-').reverse().join('.');

/** The period the RangePicker shows, as the API takes it. */
async function shownRange() {
  const inputs = page.locator('.ant-picker-range input');
  return {
    from: fromShown(await inputs.nth(0).inputValue()),
    to: fromShown(await inputs.nth(1).inputValue()),
  };
}

async function report(query: { from: string; to: string; period: 'day' | 'week' }): Promise<MonitorReport> {
  const { data, error } = await api.GET('/api/monitor', { params: { query } });
  if (!data) throw new Error(`monitor: ${JSON.stringify(error)}`);
  return data;
}

/**
 * The line of that colour in chart 1: each dot's value read back through the Y axis (two of its
 * ticks give the scale), in order.
 */
async function lineValues(stroke: string): Promise<number[]> {
  return page
    .locator('[data-testid="monitor-users"] .recharts-wrapper > svg.recharts-surface')
    .evaluate((svg, color) => {
      // Recharts 3 draws axes, labels and dots in layers of their own: found by class and colour.
      const ticks = [...svg.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => ({
        value: Number(t.textContent),
        y: Number(t.getAttribute('y')),
      }));
      const [a, b] = [ticks[0], ticks.at(-1)];
      if (!a || !b || a.value === b.value) throw new Error('the Y axis has too few ticks');
      return [...svg.querySelectorAll(`circle.recharts-line-dot[stroke="${color}"]`)].map((dot) => {
        const y = Number(dot.getAttribute('cy'));
        return a.value + ((y - a.y) * (b.value - a.value)) / (b.y - a.y);
      });
    }, stroke);
}

/** Both lines drawn through exactly the API's points. */
async function expectDrawn(data: MonitorReport) {
  await expect
    .poll(async () => (await lineValues(VIOLET)).length, { timeout: 20_000 })
    .toBe(data.points.length);
  const round = (values: number[]) => values.map((v) => Math.round(v * 10) / 10);
  expect(round(await lineValues(VIOLET))).toEqual(data.points.map((p) => p.activeUsers));
  expect(round(await lineValues(GREEN))).toEqual(data.points.map((p) => p.pushUsers));
  await expect
    .poll(() => page.getByTestId('monitor-disables-total').textContent())
    .toBe(`Всего за период: ${data.pushDisablesTotal}`);
}

/** Hovers chart `testId` over its point `index` and reads the tooltip. */
async function tooltipAt(testId: string, index: number, count: number): Promise<string> {
  const surface = page.locator(`[data-testid="${testId}"] .recharts-cartesian-grid`);
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error('no chart');
  const step = box.width / (testId === 'monitor-users' ? count - 1 : count);
  const x = testId === 'monitor-users' ? box.x + index * step : box.x + (index + 0.5) * step;
  // Just inside the plot at its edges: the first and the last dot sit on them.
  await page.mouse.move(Math.min(Math.max(x, box.x + 2), box.x + box.width - 2), box.y + box.height / 2);
  const tooltip = page.locator(`[data-testid="${testId}"] .recharts-tooltip-wrapper`);
  await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toMatch(/\d/);
  return (await tooltip.textContent()) ?? '';
}

beforeAll(async () => {
  api = await adminApi();
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword());
});
afterAll(async () => {
  await api?.PUT('/api/settings/monitor', { body: { minAppVersion: null } });
  await browser?.close();
});

describe('«Монитор основных метрик» (M-3)', () => {
  it('draws the last 30 days by day, then by week, with the points and the total the API gives', async () => {
    await page.getByRole('menuitem', { name: 'Монитор' }).click();
    await page.getByRole('heading', { name: 'Монитор основных метрик' }).waitFor();
    await expect.poll(() => page.getByText('Учитываются версии приложения от 0.1.0').count()).toBe(1);
    const range = await shownRange();
    const days = await report({ ...range, period: 'day' });
    expect(days.points).toHaveLength(30);
    expect(days.points.filter((p) => p.activeUsers > 0).length).toBeGreaterThan(20);
    await expectDrawn(days);
    await expect.poll(() => page.getByText('Активные пользователи', { exact: true }).count()).toBe(1);

    const last = days.points.length - 1;
    const lastDay = days.points[last];
    const tip = await tooltipAt('monitor-users', last, days.points.length);
    expect(tip).toContain(shown(lastDay?.startsOn ?? ''));
    expect(tip).toContain(`Активные пользователи : ${lastDay?.activeUsers}`);
    expect(tip).toContain(`С включёнными push-уведомлениями : ${lastDay?.pushUsers}`);
    const busiest = days.points.reduce(
      (best, p, i) => (p.pushDisables > (days.points[best]?.pushDisables ?? 0) ? i : best),
      0,
    );
    expect(await tooltipAt('monitor-disables', busiest, days.points.length)).toContain(
      `Отключили push : ${days.points[busiest]?.pushDisables}`,
    );

    await page.locator('.ant-segmented').getByText('По неделям', { exact: true }).click();
    await page.waitForURL(/period=week/);
    const weeks = await report({ ...range, period: 'week' });
    expect(weeks.points.length).toBeGreaterThanOrEqual(5);
    await expectDrawn(weeks);
    expect(await tooltipAt('monitor-users', 0, weeks.points.length)).toContain(
      `Неделя ${shown(weeks.points[0]?.startsOn ?? '').slice(0, 5)}`,
    );
    expect(t.consoleErrors).toEqual([]);
  });

  it('takes a period from the filter into the URL, and counts from the minimum version set in «Настройки»', async () => {
    const end = new Date(Date.now() - 7 * 86_400_000);
    const start = new Date(end.getTime() - 13 * 86_400_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const inputs = page.locator('.ant-picker-range input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill(shown(day(start)));
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill(shown(day(end)));
    await inputs.nth(1).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('to') === day(end));
    expect(new URL(page.url()).searchParams.get('from')).toBe(day(start));
    await page.locator('.ant-segmented').getByText('По дням', { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('period'));
    const query = { from: day(start), to: day(end), period: 'day' as const };
    const before = await report(query);
    expect(before.points).toHaveLength(14);
    await expectDrawn(before);

    const monitorUrl = page.url();
    await page.goto(monitorUrl.replace(/\/monitor.*$/, '/settings?tab=monitor'));
    const field = page.getByLabel('Минимальная версия приложения');
    await field.fill('4.8');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Минимальная версия сохранена').waitFor();
    await expect
      .poll(
        async () => {
          const now = await report(query);
          return now.recomputing ? 'recomputing' : now.minAppVersion;
        },
        { timeout: 15_000 },
      ) // the recompute runs in the background: slower on a loaded CI machine
      .toBe('4.8');
    const after = await report(query);
    const sum = (r: MonitorReport) => r.points.reduce((n, p) => n + p.activeUsers, 0);
    expect(sum(after)).toBeLessThan(sum(before));

    await page.goto(monitorUrl);
    await page.getByText('Учитываются версии приложения от 4.8').waitFor();
    await expectDrawn(after);
    expect(t.consoleErrors).toEqual([]);
  });
});
