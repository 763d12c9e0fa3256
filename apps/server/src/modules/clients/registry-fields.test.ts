// Issue 15: the fields УО commonly have — a client's «Дополнительный телефон», a company's КПП and
// ОГРН (ОГРНИП of an ИП), a premise's кадастровый номер and «Зарегистрировано человек»: checked
// with Russian messages, saved, in the history, masked as R-3 masks their neighbours, and
// carried by the integration API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  fixturePhone,
  makeObject,
  makePremise,
  VALID_INN,
  VALID_KPP,
  VALID_OGRN,
} from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';

const MASK = '********';
const OGRNIP = '304500116000157';
const IP_INN = '123456789047';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

describe('client: «Дополнительный телефон», КПП, ОГРН', () => {
  it('saves a second phone normalised, a company’s КПП and ОГРН, an ИП’s ОГРНИП', async () => {
    const company = await admin.post('/api/clients', {
      type: 'legal',
      fullName: 'ООО «Реестр»',
      inn: VALID_INN,
      kpp: '7736 01 001',
      ogrn: '1-027700-132195',
      extraPhone: '8 (916) 123-45-67',
    });
    expect(company.status, JSON.stringify(company.body)).toBe(201);
    expect(company.body).toMatchObject({
      kpp: VALID_KPP,
      ogrn: VALID_OGRN,
      extraPhone: '+7 916 123-45-67',
    });
    const ip = await admin.post('/api/clients', {
      type: 'entrepreneur',
      fullName: 'Предприниматель Иван',
      inn: IP_INN,
      ogrn: OGRNIP,
    });
    expect(ip.status, JSON.stringify(ip.body)).toBe(201);
    expect(ip.body).toMatchObject({ ogrn: OGRNIP, kpp: null, extraPhone: null });
  });

  it.each([
    [
      'a bad second phone',
      { extraPhone: '123-45' },
      'extraPhone',
      'PHONE_FORMAT',
      'Телефон — 10 цифр после +7 или 8',
    ],
    [
      'a КПП of a person',
      { kpp: VALID_KPP },
      'kpp',
      'KPP_NOT_FOR_TYPE',
      'КПП указывается только у организации',
    ],
    [
      'an ОГРН of a person',
      { ogrn: VALID_OGRN },
      'ogrn',
      'OGRN_NOT_FOR_TYPE',
      'ОГРН указывается только у юридического лица и ИП',
    ],
    [
      'a КПП of 8 characters',
      { type: 'legal', fullName: 'ООО «Восемь»', kpp: '77360100' },
      'kpp',
      'KPP_FORMAT',
      'КПП должен состоять из 9 символов: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры',
    ],
    [
      'a wrong ОГРН check digit',
      { type: 'legal', fullName: 'ООО «Ошибка»', ogrn: '1027700132196' },
      'ogrn',
      'OGRN_CHECKSUM',
      'Неверное контрольное число ОГРН',
    ],
    [
      'an ОГРНИП of a company',
      { type: 'legal', fullName: 'ООО «Путаница»', ogrn: OGRNIP },
      'ogrn',
      'OGRN_KIND_MISMATCH',
      'У юридического лица ОГРН из 13 цифр',
    ],
    [
      'an ОГРН of an ИП',
      { type: 'entrepreneur', fullName: 'Предприниматель Пётр', ogrn: VALID_OGRN },
      'ogrn',
      'OGRN_KIND_MISMATCH',
      'У ИП ОГРНИП из 15 цифр',
    ],
    [
      'a КПП of an ИП',
      { type: 'entrepreneur', fullName: 'Предприниматель Олег', kpp: VALID_KPP },
      'kpp',
      'KPP_NOT_FOR_TYPE',
      'КПП указывается только у организации',
    ],
  ])('refuses %s as problem+json with a Russian message', async (_, fields, field, code, message) => {
    const response = await admin.post('/api/clients', { fullName: 'Петров Пётр', ...fields });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field, code, message }]);
  });

  it('writes the three fields to the history (R-4)', async () => {
    const created = await admin.post('/api/clients', { type: 'legal', fullName: 'ООО «История»' });
    const id = created.body.id as string;
    const patched = await admin.patch(`/api/clients/${id}`, {
      kpp: VALID_KPP,
      ogrn: VALID_OGRN,
      extraPhone: '+79161112233',
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const [last] = (await admin.get(`/api/clients/${id}/history`)).body;
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'extraPhone', old: null, new: '+79161112233' },
        { field: 'kpp', old: null, new: VALID_KPP },
        { field: 'ogrn', old: null, new: VALID_OGRN },
      ]),
    );
  });

  it('masks the second phone as the main one for a role without «контактная информация» (R-3)', async () => {
    const main = fixturePhone();
    const created = await admin.post('/api/clients', {
      fullName: 'Скрытов Второй',
      phone: main,
      extraPhone: '+7 916 000-11-22',
    });
    const id = created.body.id as string;
    await admin.patch(`/api/clients/${id}`, { extraPhone: '+7 916 000-11-23' });
    const staff = await makeStaff(t, admin, ['clients.view', 'clients.edit', 'clients.pii.name']);
    const card = (await staff.get(`/api/clients/${id}`)).body;
    expect(card).toMatchObject({ phone: MASK, extraPhone: MASK, masked: { contacts: true } });
    const [last] = (await staff.get(`/api/clients/${id}/history`)).body;
    expect(last.changes).toEqual([{ field: 'extraPhone', old: MASK, new: MASK }]);
    // A role may not write what it cannot read.
    const write = await staff.patch(`/api/clients/${id}`, { extraPhone: '+7 916 000-11-24' });
    expect(write.status).toBe(403);
    const seeing = await makeStaff(t, admin, ['clients.view', 'clients.pii.contacts']);
    expect((await seeing.get(`/api/clients/${id}`)).body.extraPhone).toBe('+7 916 000-11-23');
  });

  it('masks КПП and ОГРН with the documents for a role without «ФИО»', async () => {
    const created = await admin.post('/api/clients', {
      type: 'legal',
      fullName: 'ООО «Тайна»',
      kpp: VALID_KPP,
      ogrn: VALID_OGRN,
    });
    const staff = await makeStaff(t, admin, ['clients.view', 'clients.pii.contacts']);
    const card = (await staff.get(`/api/clients/${created.body.id}`)).body;
    expect(card).toMatchObject({ kpp: MASK, ogrn: MASK, inn: null });
  });
});

describe('premise: кадастровый номер and «Зарегистрировано человек»', () => {
  it('saves both, writes them to the history and refuses bad values with Russian messages', async () => {
    const premise = await makePremise(admin, objectId, {
      number: '101',
      cadastralNumber: ' 77:01:0001001:1234 ',
      registeredResidents: 3,
    });
    expect(premise).toMatchObject({ cadastralNumber: '77:01:0001001:1234', registeredResidents: 3 });
    const patched = await admin.patch(`/api/premises/${premise.id}`, {
      cadastralNumber: '50:21:100102:5',
      registeredResidents: 0,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const [last] = (await admin.get(`/api/premises/${premise.id}/history`)).body;
    expect(last.changes).toEqual([
      { field: 'cadastralNumber', old: '77:01:0001001:1234', new: '50:21:100102:5' },
      { field: 'registeredResidents', old: 3, new: 0 },
    ]);

    const bad = await admin.patch(`/api/premises/${premise.id}`, { cadastralNumber: '77:01:00010:1234' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'cadastralNumber',
          code: 'CADASTRAL_FORMAT',
          message:
            'Кадастровый номер — четыре части через двоеточие: 2 цифры, 2 цифры, 6 или 7 цифр, номер (например, 77:01:0001001:1234)',
        },
      ],
    });
    const many = await admin.patch(`/api/premises/${premise.id}`, { registeredResidents: 1000 });
    expect(many.status).toBe(400);
    expect(many.body.errors[0]).toMatchObject({ field: 'registeredResidents' });
    expect(many.body.errors[0].message).toMatch(/[а-я]/);
    expect((await admin.get(`/api/premises/${premise.id}`)).body).toMatchObject({
      cadastralNumber: '50:21:100102:5',
      registeredResidents: 0,
    });
  });
});

describe('the integration API carries the new fields', () => {
  let key: string;
  beforeAll(async () => {
    key = (await admin.post('/api/api-keys', { name: '1С', scopes: ['import'] })).body.key;
  });
  const post = (path: string, payload: Record<string, unknown>) =>
    send(t, {
      method: 'POST',
      url: `/api/integration/v1/${path}`,
      headers: { authorization: `Bearer ${key}` },
      payload,
    });

  it('loads a company’s КПП, ОГРН and second phone, and names a bad ОГРН per item', async () => {
    const response = await post('clients', {
      source: '1С',
      items: [
        {
          externalId: 'REG-1',
          type: 'legal',
          fullName: 'ООО «Интеграция»',
          kpp: VALID_KPP,
          ogrn: VALID_OGRN,
          extraPhone: '+7 916 222-33-44',
        },
        { externalId: 'REG-2', type: 'legal', fullName: 'ООО «Сбой»', ogrn: '1027700132196' },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [good, bad] = response.body.results;
    expect(good.status).toBe('created');
    expect(bad).toMatchObject({
      status: 'error',
      errors: [{ field: 'ogrn', code: 'OGRN_CHECKSUM', message: 'Неверное контрольное число ОГРН' }],
    });
    expect((await admin.get(`/api/clients/${good.id}`)).body).toMatchObject({
      kpp: VALID_KPP,
      ogrn: VALID_OGRN,
      extraPhone: '+7 916 222-33-44',
    });
  });

  it('loads a premise’s кадастровый номер and registered residents', async () => {
    const response = await post('premises', {
      items: [
        {
          externalId: 'REG-P-1',
          objectId,
          type: 'flat',
          house: '1',
          number: '202',
          cadastralNumber: '77:01:0001001:99',
          registeredResidents: 4,
        },
        {
          externalId: 'REG-P-2',
          objectId,
          type: 'flat',
          house: '1',
          number: '203',
          cadastralNumber: '77:01',
        },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [good, bad] = response.body.results;
    expect(bad).toMatchObject({
      status: 'error',
      errors: [{ field: 'cadastralNumber', code: 'CADASTRAL_FORMAT' }],
    });
    expect((await admin.get(`/api/premises/${good.id}`)).body).toMatchObject({
      cadastralNumber: '77:01:0001001:99',
      registeredResidents: 4,
    });
  });
});
