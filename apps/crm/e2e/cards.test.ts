// Issue 5, browser: the premise card saves with Ctrl+S and shows the change in «История»,
// deletes with a confirmation naming what goes along; the client card shows server field errors
// at the field, and a phone another card has leads to «Объединить» (C-7).
import type { ApiClient } from '@domovoy/api-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  adminPassword,
  baseUrl,
  confirmIn,
  launchBrowser,
  logIn,
  openPage,
  type TestPage,
  unique,
} from './browser';

let browser: Browser;
let t: TestPage;
let page: Page;
let api: ApiClient;
const u = unique();
const phone = (prefix: string) => `+7 ${prefix} ${u.slice(0, 3)}-${u.slice(3, 5)}-${u.slice(5)}0`;
let premiseId = '';

beforeAll(async () => {
  api = await adminApi();
  const objects = await api.GET('/api/objects');
  const legalEntities = await api.GET('/api/legal-entities');
  const premise = await api.POST('/api/premises', {
    body: {
      objectId: objects.data?.[0]?.id ?? '',
      type: 'flat',
      street: `ул. Карточная-${u}`,
      house: '1',
      number: '2',
    },
  });
  premiseId = premise.data?.id ?? '';
  await api.POST('/api/premises/{id}/accounts', {
    params: { path: { id: premiseId } },
    body: { legalEntityId: legalEntities.data?.[0]?.id ?? '', number: `77${u}02` },
  });
  browser = await launchBrowser();
  t = await openPage(browser);
  page = t.page;
  await logIn(page, 'admin', adminPassword(), `/premises/${premiseId}`);
});
afterAll(async () => {
  await browser?.close();
});

describe('premise and client cards', () => {
  it('saves «Общие сведения» with Ctrl+S and lists the change in «История»', async () => {
    const entrance = page.getByLabel('Подъезд', { exact: true });
    await entrance.fill('3');
    await entrance.press('Control+s');
    await page.getByText('Сохранено').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Подъезд', { exact: true }).inputValue(), { timeout: 30_000 })
      .toBe('3');
    await page.getByRole('tab', { name: 'История' }).click();
    const row = page.getByRole('row', { name: /Изменено помещение: Подъезд/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('— → 3');
  });

  it('uploads a document on «Документы» and finds it by its description', async () => {
    await page.getByRole('tab', { name: 'Документы' }).click();
    await page.getByRole('button', { name: 'Загрузить документ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый документ' });
    await dialog.getByLabel('Название', { exact: true }).fill('Акт осмотра');
    await dialog.getByLabel('Описание', { exact: true }).fill('Протечка в ванной');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'act.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Акт осмотра помещения'),
    });
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    const link = page.getByRole('link', { name: 'Акт осмотра' });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/api\/documents\/[0-9a-f-]{36}\/file$/);

    const search = page.getByPlaceholder('Поиск по названию и описанию');
    await search.fill('ванной');
    await search.press('Enter');
    await link.waitFor();
    await search.fill('договор');
    await search.press('Enter');
    await page.getByText('Ничего не найдено').waitFor();
  });

  it('opens the first tab for a link with an unknown «?tab=», not a blank card (issue 17)', async () => {
    await page.goto(`${baseUrl()}/premises/${premiseId}?tab=no-such-tab`);
    await page.getByRole('tab', { name: 'Общие сведения', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Удалить помещение' }).waitFor();
  });

  it('deletes the premise after a confirmation that names its accounts', async () => {
    await page.getByRole('tab', { name: 'Общие сведения' }).click();
    await page.getByRole('button', { name: 'Удалить помещение' }).click();
    const confirm = page.getByRole('dialog', { name: 'Удалить помещение?' });
    await expect(confirm.textContent()).resolves.toContain('лицевые счета (1)');
    // Step by step, so that a failure says which step did not happen: the request, its answer,
    // or the way back to the list.
    const deleted = page.waitForResponse(
      (r) => r.request().method() === 'DELETE' && r.url().endsWith(`/api/premises/${premiseId}`),
    );
    await confirmIn(confirm, 'Удалить');
    expect((await deleted).status()).toBe(204);
    await page.waitForURL(/\/premises$/);
    const gone = await api.GET('/api/premises/{id}', { params: { path: { id: premiseId } } });
    expect(gone.response.status).toBe(404);
  });

  it('checks a field in the browser before sending, and the message leaves once the value is fixed', async () => {
    const created = await api.POST('/api/clients', { body: { fullName: 'Полевой Олег Олегович' } });
    const id = created.data?.id ?? '';
    await page.goto(`${baseUrl()}/clients/${id}`);
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().endsWith(`/api/clients/${id}`)) saves.push(r.url());
    });
    const snils = page.getByLabel('СНИЛС', { exact: true });
    await snils.fill('123');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const field = page.locator('.ant-form-item').filter({ has: snils });
    const message = field.getByText('СНИЛС должен состоять из 11 цифр', { exact: false });
    await message.waitFor();
    expect(saves).toEqual([]);
    await snils.fill('112-233-445 95');
    await message.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Сохранено').waitFor();
    expect(saves).toHaveLength(1);
  });

  it('shows a server field error at its field and clears it when the field changes', async () => {
    const objects = await api.GET('/api/objects');
    const legalEntityId = (await api.GET('/api/legal-entities')).data?.[0]?.id ?? '';
    const make = async (number: string) =>
      (
        await api.POST('/api/premises', {
          body: {
            objectId: objects.data?.[0]?.id ?? '',
            type: 'flat',
            street: `ул. Ошибочная-${u}`,
            house: '1',
            number,
          },
        })
      ).data?.id ?? '';
    const [first, second] = [await make('1'), await make('2')];
    await api.POST('/api/premises/{id}/accounts', {
      params: { path: { id: first } },
      body: { legalEntityId, number: `88${u}01`, externalId: `1С-${u}` },
    });
    await page.goto(`${baseUrl()}/premises/${second}?tab=accounts`);
    await page.getByRole('button', { name: 'Добавить лицевой счёт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый лицевой счёт' });
    await dialog.getByLabel('Номер лицевого счёта').fill(`88${u}02`);
    // A field without browser checks: only the server knows the identifier is taken.
    const externalId = dialog.getByLabel('Внешний идентификатор');
    await externalId.fill(`1С-${u}`);
    t.expectRefusal(400, `/api/premises/${second}/accounts`);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    const refusal = dialog.getByText('Этот внешний идентификатор уже у другого счёта');
    await refusal.waitFor();
    await externalId.fill(`1С-${u}-2`);
    await refusal.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('warns about a phone another card has and merges this card into it (C-7)', async () => {
    const b = await api.POST('/api/clients', {
      body: { fullName: 'Основной Борис Борисович', phone: phone('926') },
    });
    const a = await api.POST('/api/clients', {
      body: { fullName: 'Дублев Борис Борисович', phone: phone('927') },
    });
    const objects = await api.GET('/api/objects');
    const premise = await api.POST('/api/premises', {
      body: {
        objectId: objects.data?.[0]?.id ?? '',
        type: 'flat',
        street: `ул. Слиянная-${u}`,
        house: '5',
        number: '6',
      },
    });
    await api.POST('/api/premises/{id}/clients', {
      params: { path: { id: premise.data?.id ?? '' } },
      body: { clientId: a.data?.id ?? '', role: 'owner' },
    });

    await page.goto(`${baseUrl()}/clients/${a.data?.id}`);
    await page.getByLabel('Телефон', { exact: true }).fill(phone('926').replace('+7 ', '8 '));
    t.expectRefusal(409, `/api/clients/${a.data?.id}`);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Этот номер телефона уже у другого клиента').first().waitFor();
    await expect(
      page.getByRole('link', { name: 'Открыть карточку клиента с этим номером' }).getAttribute('href'),
    ).resolves.toBe(`/clients/${b.data?.id}`);

    await page.getByRole('button', { name: 'Объединить' }).click();
    const confirm = page.getByRole('dialog', { name: 'Объединить карточки?' });
    await expect(confirm.textContent()).resolves.toContain('сохранит свой телефон и пароль');
    await confirmIn(confirm, 'Объединить');
    await page.getByRole('heading', { name: 'Основной Борис Борисович' }).waitFor();
    expect(page.url()).toContain(`/clients/${b.data?.id}`);
    await page.getByRole('tab', { name: /Помещения/ }).click();
    await page.getByRole('link', { name: new RegExp(`Слиянная-${u}`) }).waitFor();
    const old = await api.GET('/api/clients/{id}', { params: { path: { id: a.data?.id ?? '' } } });
    expect(old.response.status).toBe(404);
  });

  it('asks before leaving a card with unsaved edits: another section, another tab, Back, a reload (issue 17)', async () => {
    const created = await api.POST('/api/clients', { body: { fullName: 'Уходящий Ушел Ушелович' } });
    const id = created.data?.id ?? '';
    // Opened on «История», then «Общие сведения»: Back is a step inside the app.
    await page.goto(`${baseUrl()}/clients/${id}?tab=history`);
    await page.getByRole('tab', { name: 'Общие сведения' }).click();
    const note = page.getByLabel('Примечание', { exact: true });
    await note.fill('Звонить после 18:00');
    const ask = page.getByRole('dialog', { name: 'Уйти без сохранения?' });

    // The menu: «Остаться» keeps the card and what was typed.
    await page.getByRole('menuitem', { name: 'Помещения' }).click();
    await confirmIn(ask, 'Остаться');
    expect(new URL(page.url()).pathname).toBe(`/clients/${id}`);
    await expect(note.inputValue()).resolves.toBe('Звонить после 18:00');

    // Back asks too.
    await page.goBack();
    await confirmIn(ask, 'Остаться');
    await expect.poll(() => page.url()).toBe(`${baseUrl()}/clients/${id}`);
    await expect(note.inputValue()).resolves.toBe('Звонить после 18:00');

    // A reload: the browser's own question (beforeunload).
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    // Dismissed, the reload never happens: its promise only ends at the timeout.
    await page.reload({ timeout: 2000 }).catch(() => undefined);
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(note.inputValue()).resolves.toBe('Звонить после 18:00');

    // Another tab of the card unmounts the form: it asks, and «Уйти» goes.
    await page.getByRole('tab', { name: 'История' }).click();
    await confirmIn(ask, 'Уйти');
    await page.getByRole('tab', { name: 'История', selected: true }).waitFor();

    // Saved edits leave without a question.
    await page.getByRole('tab', { name: 'Общие сведения' }).click();
    await note.fill('Звонить после 19:00');
    await note.press('Control+s');
    await page.getByText('Сохранено').waitFor();
    await expect
      .poll(async () => (await api.GET('/api/clients/{id}', { params: { path: { id } } })).data?.note)
      .toBe('Звонить после 19:00');
    await page.getByRole('menuitem', { name: 'Помещения' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/premises');
    expect(await ask.count()).toBe(0);
  });

  it('opens the first tab of a client card, Settings, Clients and Staff for an unknown «?tab=» (issue 17)', async () => {
    const created = await api.POST('/api/clients', { body: { fullName: 'Вкладкин Иван' } });
    await page.goto(`${baseUrl()}/clients/${created.data?.id}?tab=no-such-tab`);
    await page.getByRole('tab', { name: 'Общие сведения', selected: true }).waitFor();
    await page.getByLabel('ФИО', { exact: true }).waitFor();
    await page.goto(`${baseUrl()}/settings?tab=no-such-tab`);
    await page.getByRole('tab', { name: 'Юрлица', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Добавить юрлицо' }).waitFor();
    await page.goto(`${baseUrl()}/clients?tab=no-such-tab`);
    await page.getByRole('tab', { name: 'Пользователи', selected: true }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await page.goto(`${baseUrl()}/staff?tab=no-such-tab`);
    await page.getByRole('tab', { name: 'Сотрудники', selected: true }).waitFor();
    await page.getByRole('button', { name: 'Добавить сотрудника' }).waitFor();
  });

  it('had no console errors', () => {
    expect(t.consoleErrors).toEqual([]);
  });
});
