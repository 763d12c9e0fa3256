// Issue 12, browser: the premise card's «Клиенты» and the client card's «Помещения» say where each
// link came from and who added it (L-4) — «Приложение» and the resident who added the person in the
// app (signed in by a code from the SMS outbox, through the resident API), «CRM» and the staff
// member for a link made in the CRM, «Импорт» for one an import made; a role without «ФИО» sees
// the resident's name as asterisks that say why on hover (R-3, masked by the server), here and as
// the author in «История». At 1366×768 the tables fit the window.
import { type ApiClient, createApiClient } from '@domovoy/api-client';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
  unique,
} from './browser';

const u = unique();
const phone = (prefix: string) => `+7 ${prefix} ${u.slice(0, 3)}-${u.slice(3, 5)}-${u.slice(5)}1`;
/** Names take letters only (C-5): the run's digits as letters. */
const letters = [...u].map((d) => 'абвгдежзик'[Number(d)]).join('');
const OWNER = `Владельцев Остап ${letters}`;
const PERSON = `Приложенцев Пётр ${letters}`;
const viewer = { login: `noname${u}`, password: 'noname-password' };

let browser: Browser;
let t: TestPage;
let page: Page;
let api: ApiClient;
let staffName = '';
let premiseId = '';
let ownerId = '';
let personId = '';

/** The owner signs in to the demo organisation's app with the code the SMS outbox shows staff. */
async function signInResident(phoneNumber: string): Promise<ApiClient> {
  const resident = createApiClient({ baseUrl: baseUrl() });
  const sent = await resident.POST('/api/resident/v1/auth/code', {
    body: { phone: phoneNumber, organization: 'demo' },
  });
  if (!sent.response.ok) throw new Error(`code: ${JSON.stringify(sent.error)}`);
  const digits = phoneNumber.replace(/\D/g, '').slice(-10);
  const outbox = await api.GET('/api/sms-messages', { params: { query: { pageSize: 50 } } });
  const message = outbox.data?.items.find((m) => m.phone.replace(/\D/g, '').endsWith(digits));
  const code = /\b(\d{6})\b/.exec(message?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the outbox for ${phoneNumber}`);
  const verified = await resident.POST('/api/resident/v1/auth/verify', {
    body: { phone: phoneNumber, organization: 'demo', code },
  });
  if (!verified.data) throw new Error(`verify: ${JSON.stringify(verified.error)}`);
  return createApiClient({ baseUrl: baseUrl(), token: verified.data.token });
}

beforeAll(async () => {
  api = await adminApi();
  staffName = (await api.GET('/api/auth/me')).data?.staff.fullName ?? '';
  const objects = await api.GET('/api/objects');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: `ул. Источников-${u}`,
      house: '4',
      number: '12',
    },
  });
  premiseId = premise.data?.id ?? '';
  // The owner is linked by staff in the CRM …
  const owner = await api.POST('/api/clients', { body: { fullName: OWNER, phone: phone('916') } });
  if (!owner.data) throw new Error(`owner: ${JSON.stringify(owner.error)}`);
  ownerId = owner.data.id;
  const link = await api.POST('/api/premises/{id}/clients', {
    params: { path: { id: premiseId } },
    body: { clientId: ownerId, role: 'owner' },
  });
  if (!link.data) throw new Error(`link: ${JSON.stringify(link.error)}`);
  // … and adds a family member in the app (APP-8).
  const app = await signInResident(phone('916'));
  const added = await app.POST('/api/resident/v1/people', {
    body: { phone: phone('917'), fullName: PERSON, role: 'resident', premiseId },
  });
  if (!added.data) throw new Error(`people: ${JSON.stringify(added.error)}`);
  personId = added.data.clientId;
  // A role that may see phones but not names.
  const role = await api.POST('/api/roles', {
    body: { name: `Без ФИО ${u}`, permissions: ['premises.view', 'clients.view', 'clients.pii.contacts'] },
  });
  if (!role.data) throw new Error(`role: ${JSON.stringify(role.error)}`);
  const staff = await api.POST('/api/staff', {
    body: {
      login: viewer.login,
      fullName: 'Безымянова Анна',
      roleId: role.data.id,
      password: viewer.password,
    },
  });
  if (!staff.data) throw new Error(`staff: ${JSON.stringify(staff.error)}`);

  browser = await launchBrowser();
  t = await openPage(browser, { width: 1366, height: 768 });
  page = t.page;
});
afterAll(async () => {
  await browser?.close();
});

/** The «Добавлен» cell of the row that has `text` (or an element), found by the header's place in the table. */
async function sourceCell(panel: Locator, text: string | Locator) {
  const row = panel.locator('.ant-table-row', typeof text === 'string' ? { hasText: text } : { has: text });
  await row.waitFor();
  const headers = await panel.locator('.ant-table-thead th').allTextContents();
  const column = headers.indexOf('Добавлен');
  expect(column).toBeGreaterThanOrEqual(0);
  return row.locator('td').nth(column);
}

const DATE = /\d\d\.\d\d\.\d{4}/;

/** No horizontal scrollbar, neither the window's nor the table's own. */
const overflow = (panel: Locator) =>
  Promise.all([
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    panel.locator('.ant-table-content').evaluate((el) => el.scrollWidth - el.clientWidth),
  ]);

describe('where a link came from (L-4)', () => {
  it('the premise card: «Приложение» and the resident for the person added in the app, «CRM» and the staff member for the owner', async () => {
    await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}?tab=clients`);
    const panel = page.getByRole('tabpanel', { name: /Клиенты/ });
    const person = await sourceCell(panel, PERSON);
    await person.getByText('Приложение').waitFor();
    await expect(person.textContent()).resolves.toMatch(DATE);
    await person.getByText(OWNER).waitFor();
    const owner = await sourceCell(panel, 'Собственник');
    await owner.getByText('CRM').waitFor();
    await owner.getByText(staffName, { exact: true }).waitFor();
    await expect(owner.textContent()).resolves.not.toContain('Приложение');
    await expect(overflow(panel)).resolves.toEqual([0, 0]);
    // «История» names the resident as the author of the link.
    await page.getByRole('tab', { name: 'История' }).click();
    await page
      .getByRole('tabpanel', { name: 'История' })
      .locator('.ant-table-row', { hasText: `Клиент привязан к помещению: ${PERSON}` })
      .getByText(`Клиент в приложении: ${OWNER}`, { exact: true })
      .waitFor();
    expect(t.consoleErrors).toEqual([]);
  });

  it('the client card: the same on each premise of the person and of the owner; «Импорт» without a name', async () => {
    await page.goto(`${baseUrl()}/clients/${personId}?tab=premises`);
    const panel = page.getByRole('tabpanel', { name: /Помещения/ });
    const person = await sourceCell(panel, `Источников-${u}`);
    await person.getByText('Приложение').waitFor();
    await person.getByText(OWNER).waitFor();
    await expect(overflow(panel)).resolves.toEqual([0, 0]);

    await page.goto(`${baseUrl()}/clients/${ownerId}?tab=premises`);
    const owner = await sourceCell(page.getByRole('tabpanel', { name: /Помещения/ }), `Источников-${u}`);
    await owner.getByText('CRM').waitFor();
    await owner.getByText(staffName, { exact: true }).waitFor();

    // A demo client's link an import made: «Импорт», no one named.
    const imported = await api.GET('/api/clients', {
      params: { query: { source: ['import'], pageSize: 20 } },
    });
    let found: { clientId: string; premiseAddress: string } | undefined;
    for (const client of imported.data?.items ?? []) {
      const links = await api.GET('/api/clients/{id}/premises', { params: { path: { id: client.id } } });
      found = links.data?.find((l) => l.addedBy.kind === 'import');
      if (found) break;
    }
    if (!found) throw new Error('the demo has no link an import made');
    await page.goto(`${baseUrl()}/clients/${found.clientId}?tab=premises`);
    const byImport = await sourceCell(
      page.getByRole('tabpanel', { name: /Помещения/ }),
      page.getByRole('link', { name: found.premiseAddress, exact: true }),
    );
    await expect(byImport.textContent()).resolves.toMatch(/^Импорт · \d\d\.\d\d\.\d{4}$/);
    expect(t.consoleErrors).toEqual([]);
  });

  it('a role without «ФИО» sees the resident as asterisks that say why, and the staff member by name', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await logIn(page, viewer.login, viewer.password, `/premises/${premiseId}?tab=clients`);
    const panel = page.getByRole('tabpanel', { name: /Клиенты/ });
    const person = await sourceCell(panel, 'Житель / член семьи');
    await person.getByText('Приложение').waitFor();
    await expect(person.textContent()).resolves.not.toContain(OWNER);
    await person.getByText('********').hover();
    await page
      .getByRole('tooltip')
      .getByText('ФИО скрыто: у вашей роли нет права «Просмотр персональных данных (ФИО)»')
      .waitFor();
    const owner = await sourceCell(panel, 'Собственник');
    await owner.getByText('CRM').waitFor();
    await owner.getByText(staffName, { exact: true }).waitFor();
    await expect(panel.textContent()).resolves.not.toMatch(/Владельцев|Приложенцев/);
    // «История»: the resident author masked the same way.
    await page.mouse.move(0, 0);
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'История' }).click();
    const history = page.getByRole('tabpanel', { name: 'История' });
    const entry = history.locator('.ant-table-row', { hasText: 'Клиент в приложении: ********' });
    await entry.getByText('********', { exact: true }).hover();
    await page
      .getByRole('tooltip')
      .getByText('ФИО скрыто: у вашей роли нет права «Просмотр персональных данных (ФИО)»')
      .waitFor();
    await expect(history.textContent()).resolves.not.toMatch(/Владельцев|Приложенцев/);
    expect(t.consoleErrors).toEqual([]);
  });
});
