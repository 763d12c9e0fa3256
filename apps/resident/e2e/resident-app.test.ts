// Issue 12, browser: the resident app on a phone (390×844, touch) — sign in with the code from
// the SMS outbox, the demo resident's premises, a request to add a premise shown pending, the
// profile after a reload with the network off (offline shell + the last /me), a password set in
// «Мои данные», «Выйти», and sign-in by that password.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, codeFromOutbox, launchBrowser, openPhone } from './phone';

/** The demo resident of the README, an owner in «УК Демо». */
const PHONE = '+79990000001';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resident app', () => {
  it('signs in by SMS code, lists premises, sends a request, reads the profile offline, sets a password, signs out and in by it', async () => {
    const { context, page, consoleErrors } = await openPhone(browser);

    // Sign-in: `/app/demo/` opens the organisation and, without a session, the sign-in screen.
    await page.goto(`${baseUrl()}/app/demo/`);
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/demo/sign-in');
    const phone = page.getByRole('textbox', { name: 'Номер телефона' });
    await phone.fill('9990000001');
    await expect(phone.inputValue()).resolves.toBe('+7 (999) 000-00-01');
    const askedAt = new Date(Date.now() - 5_000);
    await page.getByRole('button', { name: 'Получить код' }).tap();
    await page.getByText(/Получить новый код можно через \d:\d\d/).waitFor();
    const code = await codeFromOutbox(PHONE, askedAt);
    await page.getByRole('textbox', { name: 'Код из SMS' }).fill(code);

    // Профиль: the name, the selected premise, the entries.
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.getByText('Мои помещения').waitFor();
    const token = await page.evaluate(() => localStorage.getItem('domovoy.resident.session.demo'));
    expect(token).toBeTruthy();

    // Мои помещения: the demo resident's premises, the current one checked.
    await page.getByText('Мои помещения').tap();
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    const premises = page.getByRole('region', { name: 'Мои помещения' }).locator('.adm-list-item');
    await premises.first().waitFor();
    expect(await premises.count()).toBeGreaterThan(0);
    await expect(page.getByRole('img', { name: 'Выбрано' }).count()).resolves.toBe(1);

    // «+»: a request to add a premise, then shown pending.
    const address = `г. Тестовск, ул. Браузерная, д. ${String(Date.now()).slice(-5)}`;
    await page.getByRole('button', { name: 'Добавить помещение' }).first().tap();
    await page.getByRole('heading', { name: 'Добавить помещение' }).waitFor();
    await page.getByRole('textbox', { name: 'Адрес дома' }).fill(address);
    await page.getByRole('textbox', { name: 'Помещение' }).fill('кв. 7');
    await page.getByText('Житель / член семьи').tap();
    await page.getByRole('button', { name: 'Отправить заявку' }).tap();
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    const pending = page.getByRole('region', { name: 'Заявки на добавление' }).locator('.adm-list-item', {
      hasText: address,
    });
    await pending.getByText('На рассмотрении').waitFor();
    await expect(pending.textContent()).resolves.toContain('Житель / член семьи');

    // Offline: once the service worker controls the page and has kept /me, a reload with the
    // network off still shows the profile, and says the data may be old.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${baseUrl()}/app/demo/profile`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.waitForFunction(
      async () => (await caches.open('resident-me').then((c) => c.keys())).length > 0,
    );
    const name = await page.locator('.profile-name').textContent();
    expect(name).toBeTruthy();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').getByText('Нет сети — показаны последние данные').waitFor();
    await page.locator('.profile-name', { hasText: name ?? '' }).waitFor();
    await page.getByText('Мои помещения').waitFor();
    await context.setOffline(false);
    await page.getByRole('status').waitFor({ state: 'detached' });

    // «Мои данные» → «Задать пароль» (no current one needed: there is none yet).
    await page.getByText('Мои данные').tap();
    await page.getByRole('region', { name: 'Мои данные' }).getByText('+7 999 000-00-01').waitFor();
    await page.getByText('Задать пароль').tap();
    await page.getByRole('textbox', { name: 'Новый пароль' }).fill('resident-pass-1');
    await page.getByRole('textbox', { name: 'Пароль ещё раз' }).fill('resident-pass-1');
    await page.getByRole('button', { name: 'Сохранить пароль' }).tap();
    await page.getByText('Сменить пароль').waitFor();
    await page.locator('.adm-nav-bar-back').tap(); // the title bar's arrow
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();

    // «Выйти»: the session and the kept /me are gone from this device.
    await page.getByRole('button', { name: 'Выйти' }).tap();
    await page.locator('.adm-dialog').getByRole('button', { name: 'Выйти' }).tap();
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('domovoy.resident.session.demo'))).toBeNull();
    expect(await page.evaluate(() => caches.has('resident-me'))).toBe(false);

    // «Войти по паролю» with the password just set.
    await page.getByRole('button', { name: 'Войти по паролю' }).tap();
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill('+7 999 000-00-01');
    await page.getByRole('textbox', { name: 'Пароль' }).fill('resident-pass-1');
    await page.getByRole('button', { name: 'Войти', exact: true }).tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.locator('.profile-name', { hasText: name ?? '' }).waitFor();

    // The browser logs the requests that failed while offline; nothing else may be an error.
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
