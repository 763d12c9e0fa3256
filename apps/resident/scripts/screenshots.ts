// `npm run screenshots -w apps/resident`: the resident app's screens on a phone (390×844), from a
// fresh demo organisation, into docs/screenshots/resident-*.png (referenced from the README).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiClient } from '@domovoy/api-client';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../crm/scripts/start-server';
import { ensureResidentBuild } from './ensure-build';

const outDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PASSWORD = 'screenshots-password';
/** The demo resident's spouse (demo-resident-home.ts), who lives in their flats of both УО. */
const SPOUSE_PHONE = '+79990000004';
/** A phone no УО knows: it signs in (AUTH-1) to an empty «Мои помещения». */
const NEWCOMER_DIGITS = '9990000099';

/**
 * Chromium draws its own controls (the date field's «дд.мм.гггг») in its UI language, not in the
 * context's locale: on Linux that comes from LANGUAGE/LANG (`--lang` elsewhere), and only when its
 * Russian strings are installed (Debian's chromium-l10n).
 */
const RUSSIAN_UI = { args: ['--lang=ru-RU'], env: { ...process.env, LANGUAGE: 'ru', LANG: 'ru_RU.UTF-8' } };
const DEBIAN_RUSSIAN_PAK = '/usr/lib/chromium/locales/ru.pak';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ru-RU' };

async function shot(page: Page, name: string) {
  await page.locator('.adm-dot-loading').first().waitFor({ state: 'detached' });
  // Pictures in <img> and behind the premises (APP-2: a CSS variable) are drawn before the shot.
  await page.evaluate(async () => {
    const behind = [...document.querySelectorAll<HTMLElement>('.premise-item-image')].flatMap((el) => {
      const url = /url\("([^"]+)"\)/.exec(el.style.getPropertyValue('--premise-image'))?.[1];
      return url ? [url] : [];
    });
    const pictures = [...behind.map((url) => Object.assign(new Image(), { src: url })), ...document.images];
    await Promise.all(pictures.map((image) => image.decode().catch(() => undefined)));
    // antd-mobile's sheets slide in by react-spring, which getAnimations() does not see: wait till
    // they stand still (no named functions in here: tsx would wrap them in its __name helper).
    let before = '';
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const after = [...document.querySelectorAll('.adm-popup-body, .adm-mask')]
        .map((el) => `${el.getBoundingClientRect().top}/${getComputedStyle(el).opacity}`)
        .join();
      if (after === before) break;
      before = after;
    }
  });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  await page.screenshot({ path: path.join(outDir, `resident-${name}.png`) });
  console.log(`  docs/screenshots/resident-${name}.png`);
}

/** The staff API of «УК Демо», as its administrator. */
async function staffApi(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return createApiClient({ baseUrl: url, token });
}

async function latestCode(url: string): Promise<string> {
  const api = await staffApi(url);
  const { data } = await api.GET('/api/sms-messages', { params: { query: { pageSize: 1 } } });
  const code = /\d{6}/.exec(data?.items[0]?.text ?? '')?.[0];
  if (!code) throw new Error('no sign-in code in the outbox');
  return code;
}

async function main() {
  await ensureResidentBuild();
  await mkdir(outDir, { recursive: true });
  const server = await startServer({ adminPassword: PASSWORD });
  if (!process.env.CHROMIUM_PATH && !existsSync(DEBIAN_RUSSIAN_PAK))
    console.warn(
      'Chromium has no Russian strings: date fields will read mm/dd/yyyy (apt-get install chromium-l10n)',
    );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      ...RUSSIAN_UI.args,
    ],
    env: RUSSIAN_UI.env,
  });
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/app/demo/`);
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill('9990000001');
    await shot(page, 'sign-in');
    // «Войти по паролю» (AUTH-1): the same phone, the password set in «Мои данные».
    await page.getByRole('button', { name: 'Войти по паролю' }).tap();
    await page.getByRole('textbox', { name: 'Пароль' }).fill('пароль-из-моих-данных');
    await shot(page, 'sign-in-password');
    await page.getByRole('button', { name: 'Войти по коду из SMS' }).tap();
    await page.getByRole('button', { name: 'Получить код' }).tap();
    await page.getByRole('textbox', { name: 'Код из SMS' }).fill(await latestCode(server.url));
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.locator('.profile-name').waitFor();
    await page.locator('.avatar-photo').waitFor();
    await page.locator('.people-motivation').waitFor();
    await shot(page, 'profile');
    await page.getByText('О помещении').tap();
    await page.getByRole('region', { name: 'Мое помещение' }).waitFor();
    await shot(page, 'premise');
    // Issue 13: its meters with the last readings, further down «Мое помещение».
    await page.locator('.meter').last().scrollIntoViewIfNeeded();
    await shot(page, 'premise-meters');
    // «Мои заказы»: the request in work with a comment not yet seen comes first; its card; a new one.
    await page.goto(`${server.url}/app/demo/orders`);
    await page.getByRole('heading', { name: 'Мои заказы' }).waitFor();
    await page.getByText('Течёт смеситель на кухне').waitFor();
    await shot(page, 'orders');
    await page.getByText('Течёт смеситель на кухне').tap();
    await page.getByText('Сантехник придёт завтра').waitFor();
    await shot(page, 'order');
    await page.goto(`${server.url}/app/demo/orders/new`);
    await page.getByRole('heading', { name: 'Новая заявка' }).waitFor();
    await shot(page, 'new-order');
    await page.goto(`${server.url}/app/demo/notifications`);
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    await shot(page, 'notifications');
    await page.goto(`${server.url}/app/demo/profile`);
    await page.locator('.profile-name').waitFor();
    await page.getByText('Мои помещения').tap();
    await page.getByRole('region', { name: 'Мои помещения' }).waitFor();
    await shot(page, 'premises');
    // «Оплатить все»: the sums of both УО (T-3), each under its brand.
    await page.getByRole('button', { name: /Оплатить все/ }).tap();
    await page.getByRole('region', { name: 'Оплатить все' }).getByText('ЖК «Северный берег»').waitFor();
    await shot(page, 'pay-all');
    await page.locator('.adm-popup-close-icon').tap();
    await page.getByRole('region', { name: 'Оплатить все' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Добавить помещение' }).first().tap();
    await page.getByRole('textbox', { name: 'Адрес дома' }).waitFor();
    await shot(page, 'add-premise');
    await page.goto(`${server.url}/app/demo/my-data`);
    await page.getByRole('region', { name: 'Мои данные' }).waitFor();
    await page.getByRole('img', { name: 'Фото' }).waitFor();
    await shot(page, 'my-data');
    // «Люди» (APP-6..APP-8): the premise's people by role, «Все», a card, the adding form.
    await page.goto(`${server.url}/app/demo/profile`);
    await page.getByText('Люди помещения').tap();
    await page.getByRole('region', { name: 'Люди помещения' }).waitFor();
    await page.locator('img.person-avatar').first().waitFor(); // the demo resident's photo
    await shot(page, 'people');
    await page.goto(`${server.url}/app/demo/people/all`);
    await page.getByRole('region', { name: 'Все люди' }).waitFor();
    await shot(page, 'people-all');
    await page.getByRole('region', { name: 'Все люди' }).locator('.adm-list-item').first().tap();
    await page.getByRole('region', { name: 'Карточка пользователя' }).waitFor();
    await shot(page, 'person');
    await page.goto(`${server.url}/app/demo/people/all?tab=access`);
    await page.getByRole('region', { name: 'Доступы' }).waitFor();
    await shot(page, 'people-access');
    // The spouse's «Доступ к помещениям»: the flat here and the one in «УК Северный берег».
    const staff = await staffApi(server.url);
    const { data: found } = await staff.GET('/api/clients', {
      params: { query: { search: SPOUSE_PHONE, pageSize: 1 } },
    });
    const spouse = found?.items[0];
    if (!spouse) throw new Error('no demo spouse');
    await page.goto(`${server.url}/app/demo/people/${spouse.id}/premises`);
    await page
      .getByRole('region', { name: 'Доступ к помещениям' })
      .getByText('ЖК «Северный берег»')
      .waitFor();
    await shot(page, 'person-premises');
    // «+» in «Люди»: the sheet to choose among the people added before.
    await page.goto(`${server.url}/app/demo/profile`);
    await page.getByText('Люди помещения').tap();
    await page.getByRole('region', { name: 'Люди помещения' }).waitFor();
    await page.getByRole('button', { name: 'Добавить человека' }).tap();
    await page.getByRole('region', { name: 'Кого добавить' }).waitFor();
    await shot(page, 'choose-person');
    // «Добавить нового человека»: the form for the premise of that «Люди».
    await page.getByRole('button', { name: 'Добавить нового человека' }).tap();
    await page.getByRole('heading', { name: 'Новый человек' }).waitFor();
    const newPerson = page.url();
    await page.getByRole('textbox', { name: 'Телефон' }).fill('9161234567');
    await page.getByRole('textbox', { name: 'ФИО' }).fill('Соколова Мария Андреевна');
    await shot(page, 'add-person');
    // A child (under 18 by the birth date): how to address them, no phone; resident or guest.
    await page.goto(newPerson);
    await page.getByRole('textbox', { name: 'Дата рождения' }).fill('2017-09-01');
    await page.getByRole('textbox', { name: 'Как обращаться к ребёнку' }).fill('Маша');
    await shot(page, 'add-child');
    // A phone the УО knows under another name: the server's sentence on the form.
    const { data: clients } = await staff.GET('/api/clients', { params: { query: { pageSize: 50 } } });
    // Phones come formatted («+7 916 123-45-67»): a mobile one of a person not the demo's own.
    const digitsOf = (phone: string | null) => (phone ?? '').replace(/\D/g, '');
    const known = clients?.items.find(
      (c) =>
        c.type === 'individual' && /^79/.test(digitsOf(c.phone)) && !digitsOf(c.phone).startsWith('7999000'),
    );
    if (!known) throw new Error('no demo client with a mobile phone');
    await page.goto(newPerson);
    await page.getByRole('textbox', { name: 'Телефон' }).fill(digitsOf(known.phone).slice(1));
    await page.getByRole('textbox', { name: 'ФИО' }).fill('Другой Человек Иванович');
    await page.getByRole('button', { name: 'Готово' }).tap();
    await page.getByRole('alert').scrollIntoViewIfNeeded();
    await shot(page, 'name-mismatch');
    // «О приложении» and the user agreement.
    await page.goto(`${server.url}/app/demo/about`);
    await page.getByText('Пользовательское соглашение').waitFor();
    await shot(page, 'about');
    await page.getByText('Пользовательское соглашение').tap();
    await page.getByRole('article', { name: 'Пользовательское соглашение' }).waitFor();
    await shot(page, 'agreement');
    // T-3: the flat in «УК Северный берег» switches the app to that УО, in its brand.
    await page.goto(`${server.url}/app/demo/premises`);
    await page.getByRole('region', { name: 'Мои помещения' }).getByText('ЖК «Северный берег»').tap();
    await page.waitForURL(/\/app\/sever\/profile$/);
    await page.locator('.profile-name').waitFor();
    await page.locator('.avatar-photo').waitFor();
    await page.locator('.people-motivation').waitFor();
    await shot(page, 'profile-sever');
    // Offline: the shell and the last /me, under the banner.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${server.url}/app/demo/profile`);
    await page.locator('.profile-name').waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').waitFor();
    await page.locator('.profile-name').waitFor();
    await shot(page, 'offline');
    // APP-2's empty state: a phone no УО knows signs in to no premises and the request button.
    const newcomer = await browser.newContext(PHONE);
    const fresh = await newcomer.newPage();
    fresh.setDefaultTimeout(30_000);
    await fresh.goto(`${server.url}/app/demo/`);
    await fresh.getByRole('textbox', { name: 'Номер телефона' }).fill(NEWCOMER_DIGITS);
    await fresh.getByRole('button', { name: 'Получить код' }).tap();
    await fresh.getByRole('textbox', { name: 'Код из SMS' }).fill(await latestCode(server.url));
    await fresh.getByRole('heading', { name: 'Профиль' }).waitFor();
    await fresh.goto(`${server.url}/app/demo/premises`);
    await fresh.getByText('Помещений пока нет').waitFor();
    await shot(fresh, 'premises-empty');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
