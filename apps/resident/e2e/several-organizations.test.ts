// Issue 12, T-3 «единое приложение», browser: the demo resident has premises in «УК Демо» and
// «УК Северный берег». «Мои помещения» lists both under their brands; a tap on the second one's
// premise switches the session (no new code), the brand and the current premise, and back; «Выйти»
// then signs the device out of both.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, codeFromOutbox, launchBrowser, openPhone, waitOutLastCode } from './phone';

const PHONE = '+79990000001';
const DEMO = { slug: 'demo', color: '#2e7d32', name: 'Мой дом — УК Демо' };
const SEVER = { slug: 'sever', color: '#00838f', name: 'Северный берег' };
let browser: Browser;

const primaryColor = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--adm-color-primary').trim(),
  );

async function wearsBrand(page: Page, brand: { color: string; name: string }) {
  await page.waitForFunction(
    (color) =>
      getComputedStyle(document.documentElement).getPropertyValue('--adm-color-primary').trim() === color,
    brand.color,
  );
  await page.locator('.brand-name', { hasText: brand.name }).waitFor();
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(brand.color);
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toMatch(
    /^\/app\/[a-z]+\/manifest\.webmanifest$/,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('several УО in one app', () => {
  it('lists the premises of both organisations, switches to the second one’s premise with its brand, and back', async () => {
    const { context, page, consoleErrors } = await openPhone(browser);
    await page.goto(`${baseUrl()}/app/demo/`);
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    await waitOutLastCode(PHONE);
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill('9990000001');
    const askedAt = new Date(Date.now() - 5_000);
    await page.getByRole('button', { name: 'Получить код' }).tap();
    await page.getByRole('textbox', { name: 'Код из SMS' }).fill(await codeFromOutbox(PHONE, askedAt));
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await wearsBrand(page, DEMO);
    const demoToken = await page.evaluate(() => localStorage.getItem('domovoy.resident.session.demo'));
    expect(demoToken).toBeTruthy();

    // «Мои помещения»: this organisation first, its current premise checked; the other under its brand.
    await page.getByText('Мои помещения').first().tap();
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    const demoList = page.getByLabel(DEMO.name, { exact: true });
    const severList = page.getByLabel(SEVER.name, { exact: true });
    await severList.waitFor();
    expect(await demoList.locator('.adm-list-item').count()).toBeGreaterThanOrEqual(2);
    expect(await demoList.getByRole('img', { name: 'Выбрано' }).count()).toBe(1);
    expect(await severList.getByRole('img', { name: 'Выбрано' }).count()).toBe(0);
    const severPremise = severList.locator('.adm-list-item').first();
    const severAddress =
      (await severPremise.locator('.adm-list-item-description div').first().textContent()) ?? '';
    expect(severAddress).toContain('ул. Беринга');

    // A tap on the second organisation's premise: its app, brand and premise, without a code.
    await severPremise.tap();
    await page.waitForURL(`${baseUrl()}/app/sever/profile`);
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await wearsBrand(page, SEVER);
    await page.getByText(severAddress).first().waitFor(); // the current premise on the profile
    expect(await page.evaluate(() => localStorage.getItem('domovoy.resident.session.sever'))).toBeTruthy();
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
      '/app/sever/manifest.webmanifest',
    );
    const manifest = await page.evaluate(async () => (await fetch('/app/sever/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: SEVER.name, theme_color: SEVER.color, start_url: '/app/sever/' });

    // There «Мои помещения» checks the premise switched to and lists «УК Демо» after it.
    await page.getByText('Мои помещения').first().tap();
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    await page.getByLabel(SEVER.name, { exact: true }).getByRole('img', { name: 'Выбрано' }).waitFor();
    const lists = page.getByRole('region', { name: 'Мои помещения' }).locator('.adm-list[aria-label]');
    expect(await lists.evaluateAll((all) => all.map((l) => l.getAttribute('aria-label')))).toEqual([
      SEVER.name,
      DEMO.name,
    ]);

    // Back to the first: the device's session there is still live, so it is used again.
    await page.getByLabel(DEMO.name, { exact: true }).locator('.adm-list-item').first().tap();
    await page.waitForURL(`${baseUrl()}/app/demo/profile`);
    await wearsBrand(page, DEMO);
    expect(await primaryColor(page)).toBe(DEMO.color);
    expect(await page.evaluate(() => localStorage.getItem('domovoy.resident.session.demo'))).toBe(demoToken);
    // The profile counts the premises of both УО.
    const counted = page
      .locator('.adm-list-item', { hasText: 'Мои помещения' })
      .locator('.adm-list-item-content-extra');
    expect(Number(await counted.textContent())).toBeGreaterThanOrEqual(3);

    // «Выйти» signs the device out of both УО: both sessions end on the server and leave the device.
    const severToken = await page.evaluate(() => localStorage.getItem('domovoy.resident.session.sever'));
    await page.getByRole('button', { name: 'Выйти' }).tap();
    await page.locator('.adm-dialog').getByRole('button', { name: 'Выйти' }).tap();
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('domovoy.resident.session.')),
      ),
    ).toEqual([]);
    for (const token of [demoToken, severToken]) {
      const me = await fetch(`${baseUrl()}/api/resident/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(401);
    }

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
