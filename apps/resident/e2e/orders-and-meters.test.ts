// Issue 13, browser: «Мои заказы» (APP-4) and the meters of «Мое помещение» (APP-3) on a phone,
// as a new owner of a flat and a parking space in «УК Демо» — a request created with a photo (made
// small on the device), staff move it through the CRM's API and the resident sees the new status,
// the changed request first in «По умолчанию» until opened, switching the premise, the sortings, a
// comment, its notification leading to it, a rating once done and the request in «Архивные»;
// readings refused outside the window, below the previous one (kept as typed, the server's reason
// shown), a jump asked to confirm, and taken in the window; then both screens read offline.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, baseUrl, codeFromOutbox, keptForOffline, launchBrowser, openPhone } from './phone';

let browser: Browser;
type Admin = Awaited<ReturnType<typeof adminApi>>;

/** A mobile number no demo client has: +7 957 and seven digits of the clock. */
const freshPhone = () => `+7957${String(Date.now()).slice(-7)}`;

/** Today's day of the month in Moscow, as the server counts the readings' window. */
const moscowDay = () =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', day: 'numeric' }).format(new Date()));

async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what: string) {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(error)}`);
  return data;
}

/** A new flat and parking space with a new owner (linked to the flat first) who has a device session in the app (by the code from the outbox). */
async function newOwner(admin: Admin) {
  const object = await ok(
    admin.POST('/api/objects', { body: { name: `ЖК «Заявочный ${Date.now()}»`, address: 'г. Тестовск' } }),
    'object',
  );
  const flat = (number: string, type: 'flat' | 'parking' = 'flat') =>
    ok(
      admin.POST('/api/premises', {
        body: { objectId: object.id, type, street: 'ул. Счётчиковая', house: '5', number, totalArea: 48 },
      }),
      'premise',
    );
  const premise = await flat(String(Date.now()).slice(-4));
  const parking = await flat(`М-${String(Date.now()).slice(-3)}`, 'parking');
  const phone = freshPhone();
  const client = await ok(
    admin.POST('/api/clients', { body: { fullName: 'Заявкина Ольга Петровна', phone } }),
    'client',
  );
  for (const id of [premise.id, parking.id]) {
    await ok(
      admin.POST('/api/premises/{id}/clients', {
        params: { path: { id } },
        body: { clientId: client.id, role: 'owner' },
      }),
      'link',
    );
  }
  const askedAt = new Date(Date.now() - 5_000);
  const asked = await fetch(`${baseUrl()}/api/resident/v1/auth/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, organization: 'demo' }),
  });
  if (!asked.ok) throw new Error(`auth/code: ${asked.status}`);
  const code = await codeFromOutbox(phone, askedAt);
  const verified = await fetch(`${baseUrl()}/api/resident/v1/auth/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, organization: 'demo', code }),
  });
  if (!verified.ok) throw new Error(`auth/verify: ${verified.status}`);
  const { token } = (await verified.json()) as { token: string };
  return { premiseId: premise.id, token };
}

/** A 1600×1200 PNG drawn in the page, as a phone's gallery would give. */
async function bigPicture(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1600, 1200);
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#2980b9';
      context.fillRect(0, 0, 1600, 1200);
    }
    return Array.from(
      new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()),
    );
  });
  return Buffer.from(bytes);
}

const back = (page: Page) => page.locator('.adm-nav-bar-back').tap();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resident app: orders and meters', () => {
  it('creates a request with a photo, sees staff change it (first while unseen), comments, rates it done; submits readings in the window, refused below the previous, a jump asked to confirm; reads both offline', async () => {
    const admin = await adminApi();
    const { premiseId, token } = await newOwner(admin);
    const auth = { authorization: `Bearer ${token}` };

    const { context, page, consoleErrors } = await openPhone(browser);
    await page.goto(`${baseUrl()}/app/demo/sign-in`);
    await page.evaluate((session) => localStorage.setItem('domovoy.resident.session.demo', session), token);

    // Профиль → «Мои заказы» (the demo organisation has «Заявки в УК» on): nothing yet.
    await page.goto(`${baseUrl()}/app/demo/profile`);
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page.getByText('Мои заказы').tap();
    await page.getByRole('heading', { name: 'Мои заказы' }).waitFor();
    await page.getByRole('tab', { name: 'Заявки в УК' }).waitFor();
    await page.getByText('Активных заявок нет').waitFor();

    // A new request: the type and the text are asked for; a photo goes up made small.
    await page.getByRole('button', { name: 'Создать заявку' }).tap();
    await page.getByRole('heading', { name: 'Новая заявка' }).waitFor();
    await page.getByRole('button', { name: 'Отправить заявку' }).tap();
    await page.getByText('Выберите тип заявки').waitFor();
    await page.getByText('Опишите, что случилось').waitFor();
    await page.getByText('Сантехника').tap();
    await page.getByRole('textbox', { name: 'Опишите проблему' }).fill('Течёт кран на кухне');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: await bigPicture(page) });
    await page.getByRole('img', { name: 'Фото 1' }).waitFor();
    await page.getByRole('button', { name: 'Отправить заявку' }).tap();
    const title = page.getByRole('heading', { name: /^Заявка № \d+$/ });
    await title.waitFor();
    const number = Number((await title.textContent())?.replace(/\D/g, ''));
    const card = page.getByRole('article', { name: `Заявка № ${number}` });
    await card.getByText('Ожидание').waitFor();
    await card.getByText('Течёт кран на кухне').waitFor();
    await card.locator('.order-photo img').waitFor();
    const orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const stored = await page.evaluate(
      async ([id, session]) => {
        const headers = { authorization: `Bearer ${session}` };
        const order = await (await fetch(`/api/resident/v1/orders/${id}`, { headers })).json();
        const photo = await fetch(`/api/resident/v1/orders/${id}/photos/${order.photos[0].id}`, { headers });
        const bitmap = await createImageBitmap(await photo.blob());
        return { type: photo.headers.get('content-type'), width: bitmap.width, height: bitmap.height };
      },
      [orderId, token] as const,
    );
    expect(stored).toEqual({ type: 'image/jpeg', width: 1024, height: 768 });

    // A second, newer request (through the API): «По умолчанию» shows it first while nothing changed.
    const types = (await (
      await fetch(`${baseUrl()}/api/resident/v1/orders/types`, { headers: auth })
    ).json()) as {
      id: string;
      name: string;
    }[];
    const created = await fetch(`${baseUrl()}/api/resident/v1/orders`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        premiseId,
        typeId: (types.find((t) => t.name === 'Электрика') ?? types[0])?.id,
        description: 'Не горит свет в подъезде',
      }),
    });
    expect(created.status).toBe(201);
    const second = (await created.json()) as { id: string; number: number };
    await back(page);
    await page.getByRole('heading', { name: 'Мои заказы' }).waitFor();
    const items = page.locator('.order-item');
    await expect.poll(() => items.count()).toBe(2);
    await expect(items.first().textContent()).resolves.toContain(`№ ${second.number}`);

    // Switching the premise switches the list: the parking space has no requests yet.
    const premiseSelect = page.getByRole('combobox', { name: 'Помещение' });
    await expect(premiseSelect.inputValue()).resolves.toBe(premiseId);
    const parkingId = await premiseSelect.locator('option:not(:checked)').getAttribute('value');
    await premiseSelect.selectOption(parkingId ?? '');
    await page.getByText('Активных заявок нет').waitFor();
    // A long list comes page by page: 31 requests show as 30 and «Показать ещё».
    const typeId = (types.find((t) => t.name === 'Уборка') ?? types[0])?.id;
    for (let i = 1; i <= 31; i++) {
      const made = await fetch(`${baseUrl()}/api/resident/v1/orders`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ premiseId: parkingId, typeId, description: `Мусор у машиноместа, раз ${i}` }),
      });
      expect(made.status).toBe(201);
    }
    await page.reload();
    await expect.poll(() => items.count()).toBe(30);
    await page.getByRole('button', { name: 'Показать ещё' }).tap();
    await expect.poll(() => items.count()).toBe(31);
    await expect(page.getByRole('button', { name: 'Показать ещё' }).count()).resolves.toBe(0);
    await premiseSelect.selectOption(premiseId);
    await expect.poll(() => items.count()).toBe(2);

    // Staff take the first into work (the CRM's API): it comes first, marked as changed.
    await ok(
      admin.POST('/api/service-requests/{id}/status', {
        params: { path: { id: orderId } },
        body: { status: 'in_progress' },
      }),
      'in progress',
    );
    await ok(
      admin.POST('/api/service-requests/{id}/comments', {
        params: { path: { id: orderId } },
        body: { body: 'Сантехник придёт завтра с 10 до 12' },
      }),
      'staff comment',
    );
    await page.reload();
    const first = page.locator('.order-item').first();
    await expect.poll(() => first.textContent()).toContain(`№ ${number}`);
    await first.getByText('В работе').waitFor();
    expect(await first.getAttribute('class')).toContain('order-unseen');
    await first.getByLabel('Есть изменения').waitFor();

    // The sortings drop the split: oldest first, newest first.
    await page.getByRole('button', { name: 'Сначала старые' }).tap();
    await expect.poll(() => page.locator('.order-item').first().textContent()).toContain(`№ ${number}`);
    await page.getByRole('button', { name: 'Сначала новые' }).tap();
    await expect
      .poll(() => page.locator('.order-item').first().textContent())
      .toContain(`№ ${second.number}`);
    await page.getByRole('button', { name: 'По умолчанию' }).tap();

    // Opened, the card shows the staff's comment and is seen: no longer first.
    await page.locator('.order-item', { hasText: `№ ${number}` }).tap();
    await card.getByText('В работе').waitFor();
    await card.getByText('Сантехник придёт завтра с 10 до 12').waitFor();
    // An empty comment is not sent; a comment is.
    await card.getByRole('button', { name: 'Отправить' }).tap();
    await card.getByText('Напишите комментарий или добавьте фото').waitFor();
    await card.getByRole('textbox', { name: 'Комментарий' }).fill('Буду дома, спасибо');
    await card.getByRole('button', { name: 'Отправить' }).tap();
    await card.locator('.order-comment-mine', { hasText: 'Буду дома, спасибо' }).waitFor();
    await expect(card.getByRole('textbox', { name: 'Комментарий' }).inputValue()).resolves.toBe('');
    await back(page);
    await expect
      .poll(() => page.locator('.order-item').first().textContent())
      .toContain(`№ ${second.number}`);
    expect(await page.locator('.order-unseen').count()).toBe(0);

    // Done: the resident rates it once (stars + review); it moves to «Архивные».
    await ok(
      admin.POST('/api/service-requests/{id}/status', {
        params: { path: { id: orderId } },
        body: { status: 'done' },
      }),
      'done',
    );
    // A tapped push opens the card with `?read=` (public/push-sw.js): the notification is read.
    const notifications = () =>
      page.evaluate(async () => {
        const token = localStorage.getItem('domovoy.resident.session.demo');
        const answer = await fetch('/api/resident/v1/notifications?pageSize=20', {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await answer.json()) as { items: { id: string; title: string; readAt: string | null }[] })
          .items;
      });
    const doneTitle = `Заявка № ${number}: Выполнено`;
    const pushed = (await notifications()).find((n) => n.title === doneTitle);
    expect(pushed?.readAt).toBeNull();
    await page.goto(`${baseUrl()}/app/demo/orders/${orderId}?read=${pushed?.id}`);
    await card.getByText('Выполнено').waitFor();
    await expect.poll(() => page.url()).toBe(`${baseUrl()}/app/demo/orders/${orderId}`);
    await expect
      .poll(async () => (await notifications()).find((n) => n.title === doneTitle)?.readAt)
      .not.toBeNull();

    // Its notification («Заявка № N: Выполнено») opens the card.
    await page.goto(`${baseUrl()}/app/demo/notifications`);
    await page
      .getByRole('region', { name: 'Уведомления' })
      .locator('.notification', { hasText: `Заявка № ${number}: Выполнено` })
      .tap();
    await card.getByText('Выполнено').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/demo/orders/${orderId}`);
    await card.getByRole('button', { name: 'Оценить' }).tap();
    await card.getByText('Выберите оценку от 1 до 5 звёзд').waitFor();
    await card.getByRole('button', { name: '4 из 5' }).tap();
    await card.getByRole('textbox', { name: 'Отзыв' }).fill('Быстро и аккуратно');
    await card.getByRole('button', { name: 'Оценить' }).tap();
    await card.getByRole('img', { name: 'Оценка 4 из 5' }).waitFor();
    await card.getByText('Быстро и аккуратно').waitFor();
    await expect(card.getByRole('button', { name: 'Оценить' }).count()).resolves.toBe(0);
    const rated = await ok(
      admin.GET('/api/service-requests/{id}', { params: { path: { id: orderId } } }),
      'rated',
    );
    expect(rated).toMatchObject({ rating: 4, review: 'Быстро и аккуратно', status: 'done' });
    await page.goto(`${baseUrl()}/app/demo/orders`);
    await page.getByRole('tab', { name: 'Архивные' }).tap();
    await page
      .locator('.order-item', { hasText: `№ ${number}` })
      .getByText('Выполнено')
      .waitFor();
    await page.getByRole('tab', { name: 'Активные' }).tap();
    await page.locator('.order-item', { hasText: `№ ${second.number}` }).waitFor();
    await back(page);

    // Meters: one with a reading by staff; the window closed today, then open.
    const meter = await ok(
      admin.POST('/api/premises/{id}/meters', {
        params: { path: { id: premiseId } },
        body: { resource: 'cold_water', serialNumber: 'ХВ-771', place: 'Санузел' },
      }),
      'meter',
    );
    // Two readings a month apart: about 10 m³ a month is this meter's usual consumption.
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    for (const [days, value] of [
      [65, '90'],
      [35, '100.5'],
    ] as const) {
      await ok(
        admin.POST('/api/meters/{id}/readings', {
          params: { path: { id: meter.id } },
          body: { takenOn: daysAgo(days), values: [value] },
        }),
        'staff reading',
      );
    }
    const today = moscowDay();
    const closed =
      today <= 15 ? { windowFromDay: 20, windowToDay: 25 } : { windowFromDay: 1, windowToDay: 5 };
    const settings = await ok(admin.GET('/api/settings/meters'), 'settings');
    await ok(admin.PUT('/api/settings/meters', { body: { ...settings, ...closed } }), 'window closed');
    try {
      await page.getByText('О помещении').tap();
      await page.getByRole('heading', { name: 'Мое помещение' }).waitFor();
      const meters = page.getByRole('region', { name: 'Счётчики' });
      await page.locator('.adm-list-item', { hasText: 'Приборы учёта' }).getByText('1').waitFor();
      await expect.poll(() => meters.locator('.meter').count()).toBe(1);
      const item = meters.locator('.meter', { hasText: '№ ХВ-771' });
      await item.getByText('ХВС').waitFor();
      await item.getByText(/100,5 м³/).waitFor();
      await meters
        .getByText(
          `Показания принимаются с ${closed.windowFromDay} по ${closed.windowToDay} число каждого месяца. Сейчас приём закрыт`,
        )
        .waitFor();
      await expect(item.getByRole('button', { name: 'Передать' }).count()).resolves.toBe(0);

      const open = { windowFromDay: Math.max(1, today - 1), windowToDay: Math.min(31, today + 1) };
      await ok(admin.PUT('/api/settings/meters', { body: { ...settings, ...open } }), 'window open');
      await page.reload();
      await meters
        .getByText(
          `Показания принимаются с ${open.windowFromDay} по ${open.windowToDay} число каждого месяца`,
        )
        .waitFor();
      await item.getByRole('button', { name: 'Передать' }).tap();
      const value = item.getByRole('textbox', { name: 'Показание' });
      await value.fill('abc');
      await item.getByRole('button', { name: 'Передать' }).tap();
      await item.getByText('введите число, например 123,45').waitFor();
      await value.fill('99');
      await item.getByRole('button', { name: 'Передать' }).tap();
      await item
        .getByRole('alert')
        .getByText(/меньше предыдущего/)
        .waitFor();
      await expect(value.inputValue()).resolves.toBe('99');
      // Far above the usual: asked to confirm; «Исправить» keeps the value to correct it.
      await value.fill('500');
      await item.getByRole('button', { name: 'Передать' }).tap();
      const dialog = page.locator('.adm-dialog');
      await dialog.getByText(/намного больше обычного/).waitFor();
      await dialog.getByRole('button', { name: 'Исправить' }).tap();
      await dialog.waitFor({ state: 'detached' });
      await expect(value.inputValue()).resolves.toBe('500');
      await value.fill('104,25');
      await value.press('Enter');
      await page.getByText('Показания переданы').waitFor();
      await item.getByText(/104,25 м³/).waitFor();
      const readings = await ok(
        admin.GET('/api/meters/{id}/readings', { params: { path: { id: meter.id } } }),
        'readings',
      );
      expect(readings.map((r) => ({ values: r.values, source: r.source }))).toEqual([
        { values: ['104.250'], source: 'app' },
        { values: ['100.500'], source: 'crm' },
        { values: ['90.000'], source: 'crm' },
      ]);
    } finally {
      await admin.PUT('/api/settings/meters', { body: settings });
    }

    // Offline: the orders list, a card and the meters read from what the service worker kept.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page
      .getByRole('region', { name: 'Счётчики' })
      .getByText(/104,25 м³/)
      .waitFor();
    await page.goto(`${baseUrl()}/app/demo/orders`);
    await page.locator('.order-item', { hasText: `№ ${second.number}` }).tap();
    await page.getByText('Не горит свет в подъезде').waitFor();
    // The card may show what the app kept before its answer arrives: go offline only once the
    // service worker holds the answers read offline below (else the card's request, still on its
    // way, fails into an empty cache and the browser logs it).
    const kept = () => keptForOffline(page);
    await expect
      .poll(kept)
      .toEqual(
        expect.arrayContaining([
          '/api/resident/v1/orders',
          `/api/resident/v1/orders/${second.id}`,
          `/api/resident/v1/premises/${premiseId}/meters`,
        ]),
      );
    await context.setOffline(true);
    const offlineBanner = page.getByRole('status').getByText('Нет сети — показаны последние данные');
    await page.goto(`${baseUrl()}/app/demo/orders`).catch(() => page.reload());
    await offlineBanner.waitFor();
    await page.locator('.order-item', { hasText: `№ ${second.number}` }).tap();
    await page.getByText('Не горит свет в подъезде').waitFor();
    await page.goto(`${baseUrl()}/app/demo/premises/${premiseId}`).catch(() => undefined);
    await page
      .getByRole('region', { name: 'Счётчики' })
      .getByText(/104,25 м³/)
      .waitFor();
    await offlineBanner.waitFor();
    await context.setOffline(false);

    // The browser logs the refusals the test asked for: the lower reading's 400, the jump's 409.
    const expected = (e: string) => /status of (400|409) .*\/meters\/[^/]+\/readings\)$/.test(e);
    expect(consoleErrors.filter((e) => !expected(e))).toEqual([]);
    await context.close();
  });
});
