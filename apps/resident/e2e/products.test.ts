// Issue 12, browser: the products staff switch in the CRM (T-3) show and hide the app's blocks
// (shared/products.ts) — «Мои заказы» with «Заявки в УК», the guest choices with «Мероприятия» —
// on a phone, as a new owner of a flat in «УК Демо». The demo's products are put back at the end.
import type { ProductCode as Product } from '@domovoy/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, baseUrl, codeFromOutbox, launchBrowser, openPhone } from './phone';

type Admin = Awaited<ReturnType<typeof adminApi>>;
let browser: Browser;

async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what: string) {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(error)}`);
  return data;
}

/** Staff switch the organisation's products in «Настройки → Приложение жителей» (its API). */
async function setProducts(admin: Admin, products: Product[]) {
  const brand = await ok(admin.GET('/api/settings/brand'), 'brand');
  await ok(
    admin.PUT('/api/settings/brand', { body: { name: brand.name, color: brand.color, products } }),
    'products',
  );
  return brand.products;
}

/** A new flat with a new owner, who has a device session in the app (by the code from the outbox). */
async function newOwner(admin: Admin) {
  const object = await ok(
    admin.POST('/api/objects', { body: { name: `ЖК «Продуктовый ${Date.now()}»`, address: 'г. Тестовск' } }),
    'object',
  );
  const flat = await ok(
    admin.POST('/api/premises', {
      body: { objectId: object.id, type: 'flat', street: 'ул. Продуктовая', house: '3', number: '12' },
    }),
    'premise',
  );
  const phone = `+7956${String(Date.now()).slice(-7)}`;
  const client = await ok(
    admin.POST('/api/clients', { body: { fullName: 'Продуктова Вера Ильинична', phone } }),
    'client',
  );
  await ok(
    admin.POST('/api/premises/{id}/clients', {
      params: { path: { id: flat.id } },
      body: { clientId: client.id, role: 'owner' },
    }),
    'link',
  );
  const askedAt = new Date(Date.now() - 5_000);
  const asked = await fetch(`${baseUrl()}/api/resident/v1/auth/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, organization: 'demo' }),
  });
  if (!asked.ok) throw new Error(`auth/code: ${asked.status}`);
  const verified = await fetch(`${baseUrl()}/api/resident/v1/auth/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, organization: 'demo', code: await codeFromOutbox(phone, askedAt) }),
  });
  if (!verified.ok) throw new Error(`auth/verify: ${verified.status}`);
  return ((await verified.json()) as { token: string }).token;
}

/** What the app shows of the two products: «Мои заказы» in the profile, «Гость» in the adding form. */
async function shown(page: Page) {
  await page.goto(`${baseUrl()}/app/demo/profile`);
  await page.locator('.profile-name').waitFor();
  // The people block comes last: once it is there, the profile has its products.
  await page.locator('.people-motivation').waitFor();
  const orders = await page.getByText('Мои заказы', { exact: true }).isVisible();
  const guestsInvited = (await page.locator('.people-motivation').textContent())?.includes('гостей') ?? false;
  await page.goto(`${baseUrl()}/app/demo/people/new`);
  const roles = page.locator('.adm-space', {
    has: page.locator('.adm-radio', { hasText: 'Житель / член семьи' }),
  });
  await roles.waitFor();
  const guestRole = (await roles.locator('.adm-radio-content').allTextContents()).includes('Гость');
  return { orders, guestsInvited, guestRole };
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resident app: products', () => {
  it('hides «Мои заказы» and the guest choices when staff switch «Заявки в УК» and «Мероприятия» off, shows them again when on', async () => {
    const admin = await adminApi();
    const token = await newOwner(admin);
    const { context, page, consoleErrors } = await openPhone(browser);
    await page.goto(`${baseUrl()}/app/demo/sign-in`);
    await page.evaluate((session) => localStorage.setItem('domovoy.resident.session.demo', session), token);
    const before = await setProducts(admin, ['requests', 'events']);
    try {
      expect(await shown(page)).toEqual({ orders: true, guestsInvited: true, guestRole: true });
      await setProducts(admin, []);
      expect(await shown(page)).toEqual({ orders: false, guestsInvited: false, guestRole: false });
      // «Мои заказы» opened by its address says the product is off.
      await page.goto(`${baseUrl()}/app/demo/orders`);
      await page.getByText('Заявки в УК не подключены').waitFor();
      await setProducts(admin, ['events']);
      expect(await shown(page)).toEqual({ orders: false, guestsInvited: true, guestRole: true });
      await setProducts(admin, ['requests']);
      expect(await shown(page)).toEqual({ orders: true, guestsInvited: false, guestRole: false });
    } finally {
      await setProducts(admin, before);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
