// Issue 16 «the CRM stays usable»: Debian's Chromium (CHROMIUM_PATH if elsewhere) opens the CRM's
// «Помещения» and «Клиенты» screens, signed in as the bench admin, and times each from opening the
// screen to its first row — against a server that serves the built CRM (apps/crm/dist).
import { chromium } from 'playwright-core';
import type { ServedDatabase } from './server-process';

export type FirstRowsFigures = {
  screen: 'premises' | 'clients';
  title: string;
  runs: number;
  medianMs: number;
  maxMs: number;
  /** What the list says of its total, e.g. «Всего: ≈ 1 000 000». */
  total: string;
};

export type CrmFirstRows = { servedBy: ServedDatabase['process']; screens: FirstRowsFigures[] };

const SCREENS = [
  ['premises', '/premises', 'Помещения'],
  ['clients', '/clients', 'Клиенты'],
] as const;

/** Opens each screen `runs` times in one signed-in page (1366×768). */
export async function measureFirstRows(
  baseUrl: string,
  { login, password, runs }: { login: string; password: string; runs: number },
): Promise<FirstRowsFigures[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Пароль').fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    const figures: FirstRowsFigures[] = [];
    for (const [screen, route, title] of SCREENS) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await page.goto(`${baseUrl}${route}`);
        await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      // Numbered pages show antd's total; a list past its count, the cursor pager's (issue 16).
      const total = await page
        .locator('.ant-pagination-total-text, .cursor-pager-total')
        .first()
        .textContent();
      figures.push({
        screen,
        title,
        runs,
        medianMs: Math.round(times[Math.floor((times.length - 1) / 2)] ?? 0),
        maxMs: Math.round(times[times.length - 1] ?? 0),
        total: total ?? '',
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}

export function printFirstRows({ servedBy, screens }: CrmFirstRows) {
  const runs = screens[0]?.runs ?? 0;
  console.log(
    `CRM in Chromium (1366×768), from opening the screen to its first row, ${runs}× each (${servedBy}):`,
  );
  for (const f of screens) {
    console.log(
      `  ${f.title.padEnd(10)} median ${f.medianMs} ms, max ${f.maxMs} ms; the list says «${f.total}»`,
    );
  }
}
