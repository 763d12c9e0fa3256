// Issue 14, S-3, browser: «Уведомления → Настройки» on a phone — the OS permission (granted to the
// page here, as the phone's dialog would) and a type switched off reach the server: the CRM's
// «Информирование» shows them for this device. (Headless Chromium has no push service: the
// subscription itself is covered by the server's tests against a fake push service.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, baseUrl, codeFromOutbox, launchBrowser, openPhone } from './phone';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('notification settings of the device', () => {
  it('reports the permission and the types the resident keeps on', async () => {
    const api = await adminApi();
    const digits = `99${String(Date.now()).slice(-8)}`;
    const client = await api.POST('/api/clients', {
      body: { type: 'individual', fullName: 'Уведомлёнова Ольга', phone: `+7${digits}` },
    });
    expect(client.response.status).toBe(201);
    const clientId = client.data?.id ?? '';

    const { context, page, consoleErrors } = await openPhone(browser);
    await context.grantPermissions(['notifications'], { origin: baseUrl() });
    await page.goto(`${baseUrl()}/app/demo/`);
    await page.getByRole('textbox', { name: 'Номер телефона' }).fill(digits);
    const askedAt = new Date(Date.now() - 5_000);
    await page.getByRole('button', { name: 'Получить код' }).tap();
    await page
      .getByRole('textbox', { name: 'Код из SMS' })
      .fill(await codeFromOutbox(`+7${digits}`, askedAt));
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();

    await page.getByText('Уведомления', { exact: true }).first().tap();
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    await page.getByRole('button', { name: 'Настройки' }).tap();
    await page.getByRole('heading', { name: 'Настройки уведомлений' }).waitFor();
    await page.getByText('Уведомления на этом устройстве разрешены').waitFor();
    const news = page.getByRole('switch', { name: 'Новости и объявления' });
    expect(await news.getAttribute('aria-checked')).toBe('true');
    await news.tap();
    expect(await news.getAttribute('aria-checked')).toBe('false');

    // The CRM's «Информирование»: this device allows notifications, «Новости» off, the rest on.
    const enabled = async () => {
      const { data } = await api.GET('/api/clients/{id}/sessions', { params: { path: { id: clientId } } });
      const [session] = data ?? [];
      return session && [session.osPermission, session.notificationTypes.map((t) => [t.code, t.enabled])];
    };
    await expect.poll(enabled, { timeout: 10_000 }).toEqual([
      true,
      [
        ['requests', true],
        ['meters', true],
        ['bills', true],
        ['news', false],
        ['mailings', true],
        ['people', true],
        ['events', true],
      ],
    ]);
    // Kept on the device: the screen opened again shows it off.
    await page.reload();
    await page.getByRole('heading', { name: 'Настройки уведомлений' }).waitFor();
    expect(
      await page.getByRole('switch', { name: 'Новости и объявления' }).getAttribute('aria-checked'),
    ).toBe('false');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
