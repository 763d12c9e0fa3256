// Issue 12, browser: «Люди» (APP-6..APP-8) on a phone as the demo resident, an owner — the block in
// the profile, «Люди» of the premise, a tenant added with a rent date (and the link in the CRM's
// API marked as added by the resident in the app), a phone whose CRM card has another name refused
// with the exact text, the person's card, access revoked, and «Все» with «Доступы».
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, baseUrl, codeFromOutbox, launchBrowser, openPhone } from './phone';

/** The demo resident of the README, an owner in «УК Демо». */
const PHONE = '+79990000001';
const NAME_MISMATCH =
  'Номер уже зарегистрирован с другими ФИО. Проверьте корректность введенных данных и попробуйте еще раз или создайте заявку в управляющую компанию';
let browser: Browser;

/**
 * A device session by the code from the outbox, through the API (the sign-in screen is the other
 * test's): a code asked for within the last minute (that test's) is waited out.
 */
async function signIn(): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const askedAt = new Date(Date.now() - 5_000);
    const asked = await fetch(`${baseUrl()}/api/resident/v1/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: PHONE, organization: 'demo' }),
    });
    if (asked.status === 429) {
      const { retryAfterSeconds } = (await asked.json()) as { retryAfterSeconds?: number };
      await new Promise((resolve) => setTimeout(resolve, ((retryAfterSeconds ?? 60) + 1) * 1000));
      continue;
    }
    if (!asked.ok) throw new Error(`auth/code: ${asked.status}`);
    const code = await codeFromOutbox(PHONE, askedAt);
    const verified = await fetch(`${baseUrl()}/api/resident/v1/auth/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: PHONE, organization: 'demo', code }),
    });
    if (!verified.ok) throw new Error(`auth/verify: ${verified.status}`);
    return ((await verified.json()) as { token: string }).token;
  }
  throw new Error('no sign-in code for the demo resident');
}

/** A mobile number no demo client has: +7 958 and seven digits of the clock. */
const freshPhone = () => `958${String(Date.now()).slice(-7)}`;

/** The «+» of a people screen: the sheet of people added before, if any, then a new person. */
async function addNewPerson(page: Page) {
  await page.getByRole('button', { name: 'Добавить человека' }).tap();
  const sheet = page.getByRole('region', { name: 'Кого добавить' });
  const form = page.getByRole('heading', { name: 'Новый человек' });
  await Promise.race([sheet.waitFor(), form.waitFor()]);
  if (await sheet.isVisible()) await sheet.getByRole('button', { name: 'Добавить нового человека' }).tap();
  await form.waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('resident app: people', () => {
  it('adds a tenant with a rent date to «Люди», refuses a CRM phone with another name, opens the card and revokes the access', async () => {
    const token = await signIn();
    const me = (await (
      await fetch(`${baseUrl()}/api/resident/v1/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { premises: { id: string; role: string }[]; client: { fullName: string } };
    const premise = me.premises.find((p) => p.role === 'owner') ?? me.premises[0];
    if (!premise) throw new Error('the demo resident has no premises');

    const { context, page, consoleErrors } = await openPhone(browser);
    await page.goto(`${baseUrl()}/app/demo/sign-in`);
    await page.evaluate(
      ([session, premiseId]) => {
        localStorage.setItem('domovoy.resident.session.demo', session);
        localStorage.setItem('domovoy.resident.premise.demo', premiseId);
      },
      [token, premise.id] as const,
    );

    // Профиль: the block «Люди» of the selected premise, inviting to add people and guests.
    await page.goto(`${baseUrl()}/app/demo/profile`);
    await page.getByRole('heading', { name: 'Профиль' }).waitFor();
    await page
      .getByText('Добавьте гостей для участия в мероприятиях или людей для управления помещением')
      .waitFor();
    await page.getByText('Люди помещения').tap();

    // «Люди»: the resident among the owners, as «Вы».
    await page.getByRole('heading', { name: 'Люди' }).waitFor();
    const people = page.getByRole('region', { name: 'Люди помещения' });
    const owners = people.locator('.adm-list', { has: page.getByText('Собственник', { exact: true }) });
    await owners.locator('.adm-list-item', { hasText: 'Вы' }).waitFor();

    // A new tenant with a rent date: the phone as the sign-in screen masks it, the premise prefilled.
    const digits = freshPhone();
    // A name is letters only: the clock's digits spelled as letters keep it unique.
    const tenantName = `Арендаторов Семён ${[...digits.slice(-4)].map((d) => 'абвгдежзик'[Number(d)]).join('')}ович`;
    await addNewPerson(page);
    const phone = page.getByRole('textbox', { name: 'Телефон' });
    await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
    await phone.fill(digits);
    await expect(phone.inputValue()).resolves.toBe(
      `+7 (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`,
    );
    await page.getByRole('textbox', { name: 'Дата рождения' }).fill('1991-04-12');
    await page.getByRole('textbox', { name: 'ФИО' }).fill(tenantName);
    await page.getByText('Мужской').tap();
    await page.getByText('Арендатор', { exact: true }).tap();
    await page.getByRole('textbox', { name: 'Дата арендной платы' }).fill('2027-01-20');
    await expect(page.locator('.adm-radio-checked').count()).resolves.toBe(2); // the role, the premise prefilled
    await page.getByRole('button', { name: 'Готово' }).tap();

    // Back in «Люди»: the tenant in their group with the rent date.
    await page.getByRole('heading', { name: 'Люди' }).waitFor();
    const tenants = people.locator('.adm-list', { has: page.getByText('Арендатор', { exact: true }) });
    const tenant = tenants.locator('.adm-list-item', { hasText: tenantName });
    await tenant.waitFor();
    await expect(tenant.textContent()).resolves.toContain('Дата арендной платы: 20 января 2027');

    // The CRM's API: the link came from the app, added by the demo resident (not by staff, L-4).
    const admin = await adminApi();
    const { data: links } = await admin.GET('/api/premises/{id}/clients', {
      params: { path: { id: premise.id } },
    });
    const link = links?.find((l) => l.clientName === tenantName);
    expect(link?.role).toBe('tenant');
    expect(link?.rentDate).toBe('2027-01-20');
    expect(link?.addedBy).toEqual({ kind: 'resident', name: me.client.fullName });

    // A phone of a CRM client with another name: refused with the exact text, shown on the form.
    const { data: clients } = await admin.GET('/api/clients', { params: { query: { pageSize: 50 } } });
    const known = clients?.items.find((c) => c.type === 'individual' && c.phone && c.phone !== PHONE);
    if (!known?.phone) throw new Error('no demo client with a phone');
    await addNewPerson(page);
    await page.getByRole('textbox', { name: 'Телефон' }).fill(known.phone);
    await page.getByRole('textbox', { name: 'ФИО' }).fill('Другой Человек Иванович');
    await page.getByRole('button', { name: 'Готово' }).tap();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(NAME_MISMATCH);
    await page.locator('.adm-nav-bar-back').tap();

    // «Все»: the tenant with the number of premises shared with the resident; a tap opens the card:
    // phone to call, when the profile was made, «Доступ к помещениям».
    await page.getByRole('heading', { name: 'Люди' }).waitFor();
    await page.getByRole('button', { name: 'Все', exact: true }).tap();
    const everyone = page
      .getByRole('region', { name: 'Все люди' })
      .locator('.adm-list-item', { hasText: tenantName });
    await expect(everyone.textContent()).resolves.toContain('1 общее помещение');
    await everyone.tap();
    await page.getByRole('heading', { name: 'Пользователь' }).waitFor();
    const card = page.getByRole('region', { name: 'Карточка пользователя' });
    await card.getByText(tenantName).waitFor();
    await expect(card.getByRole('link', { name: /\+7 958/ }).getAttribute('href')).resolves.toBe(
      `tel:+7${digits}`,
    );
    await card.getByText(/Профиль создан \d+ \S+ \d{4}/).waitFor();
    await card.getByText('Доступ к помещениям').tap();

    // The link the resident added: another rent date, then «Закрыть доступ», confirmed — the
    // premise is gone from the person's premises and the link from the CRM.
    await page.getByRole('heading', { name: 'Доступ к помещениям' }).waitFor();
    const access = page.getByRole('region', { name: 'Доступ к помещениям' }).locator('.person-premise');
    await expect(access.first().textContent()).resolves.toContain('Дата арендной платы: 20 января 2027');
    await access.first().tap();
    await page.getByText('Изменить роль или дату арендной платы').tap();
    const change = page.getByRole('region', { name: 'Изменить доступ' });
    await change.getByRole('textbox', { name: 'Дата арендной платы' }).fill('2027-02-15');
    await change.getByRole('button', { name: 'Сохранить' }).tap();
    await change.waitFor({ state: 'detached' });
    await expect.poll(() => access.first().textContent()).toContain('Дата арендной платы: 15 февраля 2027');
    await access.first().tap();
    await page.getByText('Закрыть доступ', { exact: true }).tap();
    await page.locator('.adm-dialog').getByRole('button', { name: 'Закрыть доступ' }).tap();
    await page.getByText('Общих помещений нет').waitFor();
    const { data: after } = await admin.GET('/api/premises/{id}/clients', {
      params: { path: { id: premise.id } },
    });
    expect(after?.some((l) => l.clientName === tenantName)).toBe(false);

    // A notification's link to «Все»: everyone and «Доступы», the resident's premises with the role.
    await page.goto(`${baseUrl()}/app/demo/people/all`);
    await page.getByRole('heading', { name: 'Люди' }).waitFor();
    await page.getByRole('tab', { name: 'Доступы' }).tap();
    const mine = page.getByRole('region', { name: 'Доступы' }).locator('.adm-list-item');
    await expect(mine.first().textContent()).resolves.toMatch(/Собственник|Житель|Арендатор|Представитель/);
    await mine.first().tap();
    await page.getByRole('region', { name: 'Люди помещения' }).waitFor();

    // The refused name mismatch (409) is the only error the browser logs.
    const refused = (e: string) => e.includes('status of 409') && e.includes('/api/resident/v1/people');
    expect(consoleErrors.filter((e) => !refused(e))).toEqual([]);
    await context.close();
  });
});
