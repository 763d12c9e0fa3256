// Issue 12, browser: the resident app on a phone (390×844, touch) — sign in with the code from
// the SMS outbox, the demo brand's colour, «О помещении» with an account's sum due (loaded by the
// accounting import) and «Оплатить все» (with the flat in the second demo УО), the demo resident's
// premises, a request to add a premise shown pending and its rejection as a notification, /me asked
// for once per load (early, by boot.ts), the profile after a reload with the network off (offline
// shell + the last /me, a premise and the notifications), the e-mail edited (and seen on the
// resident's card in the CRM, opened in a desktop browser, with the resident as the author in its
// history), a photo made small on the device and a password set in «Мои данные», «Выйти», and
// sign-in by that password.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
  codeFromOutbox,
  keptForOffline,
  launchBrowser,
  openPhone,
  waitOutLastCode,
} from './phone';

/** The demo resident of the README, an owner in «УК Демо». */
const PHONE = '+79990000001';
/** The demo organisation's brand colour (seed-demo). */
const DEMO_BRAND_COLOR = '#2e7d32';
let browser: Browser;

/** «1 234,50 ₽» with its spaces (regular, no-break or narrow) dropped: «1234,50₽». */
const compact = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]/g, '');

/** A sum due on the first shown account of the premise, loaded as the accounting system does. */
async function loadBalance(premiseId: string, amount: string) {
  const admin = await adminApi();
  const { data: accounts } = await admin.GET('/api/premises/{id}/accounts', {
    params: { path: { id: premiseId } },
  });
  const account = accounts?.find((a) => !a.hiddenFromResidents);
  if (!account) throw new Error(`no account on premise ${premiseId}`);
  const { data: key } = await admin.POST('/api/api-keys', { body: { name: 'e2e 1С', scopes: ['import'] } });
  const response = await fetch(`${baseUrl()}/api/integration/v1/balances`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key?.key}` },
    body: JSON.stringify({
      items: [
        { legalEntityId: account.legalEntityId, accountNumber: account.number, amount, period: '2026-11' },
      ],
    }),
  });
  if (!response.ok) throw new Error(`balances: ${response.status} ${await response.text()}`);
  return account.number;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resident app', () => {
  it('signs in by SMS code, wears the brand, shows a premise with its sum due and «Оплатить все», lists premises, sends a request and hears its rejection, reads the profile offline, edits the e-mail and the photo, sets a password, signs out and in by it', async () => {
    const { context, page, consoleErrors } = await openPhone(browser);

    // Sign-in: `/app/demo/` opens the organisation and, without a session, the sign-in screen.
    await page.goto(`${baseUrl()}/app/demo/`);
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/demo/sign-in');
    const phone = page.getByRole('textbox', { name: 'Номер телефона' });
    await phone.fill('9990000001');
    await expect(phone.inputValue()).resolves.toBe('+7 (999) 000-00-01');
    await waitOutLastCode(PHONE);
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

    // The brand: the demo organisation's colour on antd-mobile's primary and the browser's bar.
    await page.waitForFunction(
      (color) =>
        getComputedStyle(document.documentElement).getPropertyValue('--adm-color-primary').trim() === color,
      DEMO_BRAND_COLOR,
    );
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(DEMO_BRAND_COLOR);
    await page.locator('.brand-name').waitFor();

    // «О помещении» (APP-3): the account number and the sum due the accounting system sent.
    const me = await fetch(`${baseUrl()}/api/resident/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const premiseId = ((await me.json()) as { premises: { id: string }[] }).premises[0]?.id;
    if (!premiseId) throw new Error('the demo resident has no premises');
    const accountNumber = await loadBalance(premiseId, '1234.50');
    await page.getByText('О помещении').tap();
    await page.getByRole('heading', { name: 'Мое помещение' }).waitFor();
    const account = page.locator('.premise-account', { hasText: accountNumber });
    await account.waitFor();
    expect(compact(await account.textContent())).toContain('1234,50₽');
    await account.tap();
    await page.getByText('Скопировано').waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();

    // Мои помещения: the demo resident's premises, the current one checked.
    await page.getByText('Мои помещения').tap();
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    const premises = page.getByRole('region', { name: 'Мои помещения' }).locator('.adm-list-item');
    await premises.first().waitFor();
    expect(await premises.count()).toBeGreaterThan(0);
    await expect(page.getByRole('img', { name: 'Выбрано' }).count()).resolves.toBe(1);

    // «Оплатить все»: the drawer with the sum due per premise.
    await page.getByRole('button', { name: /Оплатить все/ }).tap();
    const sheet = page.getByRole('region', { name: 'Оплатить все' });
    await sheet.getByText(accountNumber, { exact: false }).waitFor();
    expect(compact(await sheet.textContent())).toContain('1234,50₽');
    // T-3: and the flat in «УК Северный берег», under its brand's name.
    await sheet.getByRole('region', { name: 'Северный берег' }).getByText('ЖК «Северный берег»').waitFor();
    await page.locator('.adm-popup-close-icon').tap();
    await sheet.waitFor({ state: 'detached' });

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

    // Staff reject the request: the profile counts an unread notification, «Уведомления» shows it
    // and, opened, marks it read.
    const admin = await adminApi();
    const { data: requests } = await admin.GET('/api/registration-requests', {
      params: { query: { status: 'new', pageSize: 200 } },
    });
    const request = requests?.items.find((r) => r.addressText === address);
    if (!request) throw new Error('the request is not among the new ones');
    const rejected = await admin.POST('/api/registration-requests/{id}/reject', {
      params: { path: { id: request.id } },
      body: { reason: 'Дом не обслуживается' },
    });
    expect(rejected.response.ok).toBe(true);
    // A signed-in device asks for /me once per load, from boot.ts while the app's code is still
    // coming, and the app takes that answer instead of asking again (CDP names each request's
    // initiator: the script frames that sent it).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const meSenders: string[][] = [];
    cdp.on('Network.requestWillBeSent', (event) => {
      if (new URL(event.request.url).pathname !== '/api/resident/v1/me') return;
      meSenders.push((event.initiator.stack?.callFrames ?? []).map((frame) => new URL(frame.url).pathname));
    });
    await page.goto(`${baseUrl()}/app/demo/profile`);
    await page.getByLabel(/Непрочитанных: \d+/).waitFor();
    expect(meSenders).toHaveLength(1);
    expect(meSenders[0]).toContainEqual(expect.stringMatching(/^\/app\/assets\/boot-[\w-]+\.js$/));
    await cdp.detach();
    await page.getByText('Уведомления').tap();
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    const notices = page.getByRole('region', { name: 'Уведомления' }).locator('.notification');
    await expect(notices.first().textContent()).resolves.toContain('Заявка отклонена: Дом не обслуживается');
    await notices.first().tap(); // its link: «Мои помещения»
    await page.getByRole('heading', { name: 'Мои помещения' }).waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.getByLabel(/Непрочитанных/).waitFor({ state: 'detached' });

    // Offline: once the service worker controls the page, the screens opened through it stay
    // readable after a reload with the network off — the profile (/me), «О помещении» and
    // «Уведомления», each its last answer kept for this session — under a banner saying so.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${baseUrl()}/app/demo/profile`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.getByText('О помещении').tap();
    await page.locator('.premise-account', { hasText: accountNumber }).waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByText('Уведомления').tap();
    await notices.first().waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    const kept = () => keptForOffline(page);
    await expect
      .poll(kept)
      .toEqual(
        expect.arrayContaining([
          '/api/resident/v1/me',
          '/api/resident/v1/notifications',
          `/api/resident/v1/premises/${premiseId}`,
        ]),
      );
    // Never sign-in, nor files (photos, logos, documents).
    expect((await kept()).filter((path) => /\/auth\/|photo|logo|documents/.test(path))).toEqual([]);
    const name = await page.locator('.profile-name').textContent();
    expect(name).toBeTruthy();

    await context.setOffline(true);
    await page.reload();
    const offlineBanner = page.getByRole('status').getByText('Нет сети — показаны последние данные');
    await offlineBanner.waitFor();
    await page.locator('.profile-name', { hasText: name ?? '' }).waitFor();
    await page.getByText('Мои помещения').waitFor();
    await page.getByText('О помещении').tap();
    await page.getByRole('heading', { name: 'Мое помещение' }).waitFor();
    await page.locator('.premise-account', { hasText: accountNumber }).waitFor();
    await offlineBanner.waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByText('Уведомления').tap();
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    await expect(notices.first().textContent()).resolves.toContain('Заявка отклонена: Дом не обслуживается');
    await offlineBanner.waitFor();
    await page.locator('.adm-nav-bar-back').tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await context.setOffline(false);
    await page.getByRole('status').waitFor({ state: 'detached' });

    // «Мои данные» → «Задать пароль» (no current one needed: there is none yet).
    await page.getByText('Мои данные').tap();
    await page.getByRole('region', { name: 'Мои данные' }).getByText('+7 999 000-00-01').waitFor();

    // The e-mail edited: a wrong one is refused at its field, a good one saved and kept.
    const email = page.getByRole('textbox', { name: 'Электронная почта' });
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Сохранить' }).tap();
    await page.locator('.adm-form-item-feedback-error').first().waitFor();
    const newEmail = `resident-${Date.now()}@example.ru`;
    await email.fill(newEmail);
    await page.getByRole('button', { name: 'Сохранить' }).tap();
    await page.getByText('Сохранено').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Электронная почта' }).inputValue())
      .toBe(newEmail);
    // The CRM shows it on the resident's card, in its history with the resident as the author.
    const crm = await adminApi();
    const cardId = await page.evaluate(async () => {
      const auth = { authorization: `Bearer ${localStorage.getItem('domovoy.resident.session.demo')}` };
      return (await (await fetch('/api/resident/v1/me', { headers: auth })).json()).client.id as string;
    });
    const { data: inCrm } = await crm.GET('/api/clients/{id}', { params: { path: { id: cardId } } });
    expect(inCrm?.email).toBe(newEmail);
    const { data: history } = await crm.GET('/api/clients/{id}/history', {
      params: { path: { id: cardId } },
    });
    const edit = history?.find((entry) => entry.changes.some((change) => change.new === newEmail));
    const author = `Клиент в приложении: ${inCrm?.fullName}`;
    expect(edit?.actorName).toBe(author);
    // … and staff see it so in the CRM in a desktop browser: the e-mail on «Общие сведения», the
    // edit in «История» with the resident as the author.
    const desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
    const crmPage = await desk.newPage();
    crmPage.setDefaultTimeout(30_000);
    const crmErrors: string[] = [];
    crmPage.on('console', (m) => m.type() === 'error' && crmErrors.push(`${m.text()} (${m.location().url})`));
    crmPage.on('pageerror', (error) => crmErrors.push(`uncaught: ${error.message}`));
    await crmPage.goto(`${baseUrl()}/clients/${cardId}`);
    await crmPage.getByLabel('Логин').fill('admin');
    await crmPage.getByLabel('Пароль').fill(adminPassword());
    await crmPage.getByRole('button', { name: 'Войти' }).click();
    await crmPage.getByRole('heading', { name: inCrm?.fullName }).waitFor();
    await expect
      .poll(() => crmPage.getByLabel('Электронная почта', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe(newEmail);
    await crmPage.getByRole('tab', { name: 'История' }).click();
    const entry = crmPage
      .getByRole('tabpanel', { name: 'История' })
      .locator('.ant-table-row', { hasText: `→ ${newEmail}` });
    await entry.getByText(author, { exact: true }).waitFor();
    await expect(entry.textContent()).resolves.toContain('Электронная почта:');
    expect(crmErrors).toEqual([]);
    await desk.close();

    // The photo: a 2000×1500 picture goes up made ≤ 1024 px JPEG on the device, and shows.
    const picture = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(2000, 1500);
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#c0392b';
        context.fillRect(0, 0, 2000, 1500);
      }
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      return Array.from(bytes);
    });
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.from(picture) });
    await page.getByText('Фото сохранено').waitFor();
    await page.getByRole('img', { name: 'Фото' }).waitFor();
    const stored = await page.evaluate(async () => {
      const auth = { authorization: `Bearer ${localStorage.getItem('domovoy.resident.session.demo')}` };
      const profile = await (await fetch('/api/resident/v1/me/profile', { headers: auth })).json();
      const photo = await fetch(profile.photoUrl, { headers: auth });
      const bitmap = await createImageBitmap(await photo.blob());
      return { type: photo.headers.get('content-type'), width: bitmap.width, height: bitmap.height };
    });
    expect(stored).toEqual({ type: 'image/jpeg', width: 1024, height: 768 });
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
    expect(await page.evaluate(() => caches.has('resident-data'))).toBe(false);
    // The sign-in screen, reloaded, opens in the brand colour this device saw last.
    await page.reload();
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--adm-color-primary').trim(),
      ),
    ).toBe(DEMO_BRAND_COLOR);

    // «Войти по паролю» with the password just set.
    await page.getByRole('button', { name: 'Войти по паролю' }).tap();
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill('+7 999 000-00-01');
    await page.getByRole('textbox', { name: 'Пароль' }).fill('resident-pass-1');
    await page.getByRole('button', { name: 'Войти', exact: true }).tap();
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.locator('.profile-name', { hasText: name ?? '' }).waitFor();

    // The browser logs the requests that failed while offline and the refused wrong e-mail (400);
    // nothing else may be an error.
    const refusedEmail = (e: string) =>
      e.includes('status of 400') && e.includes('/api/resident/v1/me/profile');
    expect(consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !refusedEmail(e))).toEqual(
      [],
    );
    await context.close();
  });
});
