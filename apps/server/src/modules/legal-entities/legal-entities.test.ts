import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { VALID_INN, VALID_KPP, VALID_OGRN } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
});
afterAll(() => t.close());

const count = async () => (await admin.get('/api/legal-entities')).body.length as number;

describe('T-2: legal entities of an organisation', () => {
  it('creates an organisation with ИНН, КПП and ОГРН, normalising separators', async () => {
    const response = await admin.post('/api/legal-entities', {
      name: ' ООО «УК Центр» ',
      inn: '7707 083 893',
      kpp: '7736 01 001',
      ogrn: '1027700132195',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'ООО «УК Центр»',
      inn: VALID_INN,
      kpp: VALID_KPP,
      ogrn: VALID_OGRN,
    });
    expect((await admin.get(`/api/legal-entities/${response.body.id}`)).body.inn).toBe(VALID_INN);
  });

  it('creates an ИП: 12-digit ИНН, 15-digit ОГРНИП, no КПП', async () => {
    const response = await admin.post('/api/legal-entities', {
      name: 'ИП Иванов',
      inn: '123456789047',
      ogrn: '304500116000157',
    });
    expect(response.status).toBe(201);
    expect(response.body.kpp).toBeNull();
  });

  it('refuses a wrong ИНН check digit and changes nothing', async () => {
    const before = await count();
    const response = await admin.post('/api/legal-entities', {
      name: 'ООО «Ошибка»',
      inn: '7707083894',
      kpp: VALID_KPP,
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual([
      { field: 'inn', code: 'INN_CHECKSUM', message: 'Неверное контрольное число ИНН: проверьте цифры' },
    ]);
    expect(await count()).toBe(before);
  });

  it.each([
    ['ИНН of 11 digits', { inn: '77070838930', kpp: VALID_KPP }, 'inn', 'INN_FORMAT'],
    ['КПП with a letter in the serial part', { inn: VALID_INN, kpp: '773601A01' }, 'kpp', 'KPP_FORMAT'],
    ['no КПП for an organisation', { inn: VALID_INN }, 'kpp', 'REQUIRED'],
    ['a КПП for an ИП', { inn: '123456789047', kpp: VALID_KPP }, 'kpp', 'KPP_NOT_FOR_INDIVIDUAL'],
    [
      'a wrong ОГРН check digit',
      { inn: VALID_INN, kpp: VALID_KPP, ogrn: '1027700132196' },
      'ogrn',
      'OGRN_CHECKSUM',
    ],
    [
      'an ОГРНИП for an organisation',
      { inn: VALID_INN, kpp: VALID_KPP, ogrn: '304500116000157' },
      'ogrn',
      'OGRN_KIND_MISMATCH',
    ],
  ])('refuses %s', async (_, fields, field, code) => {
    const before = await count();
    const response = await admin.post('/api/legal-entities', { name: 'ООО «Проверка»', ...fields });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(response.body.errors[0].message).toMatch(/[а-яА-Я]/);
    expect(await count()).toBe(before);
  });

  it('refuses a second legal entity with the same ИНН and КПП', async () => {
    await admin.post('/api/legal-entities', { name: 'ООО «Первое»', inn: '0337141930', kpp: '033701001' });
    const response = await admin.post('/api/legal-entities', {
      name: 'ООО «Второе»',
      inn: '0337141930',
      kpp: '033701001',
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('LEGAL_ENTITY_EXISTS');
  });

  it('edits a legal entity, validating the merged state', async () => {
    const created = (
      await admin.post('/api/legal-entities', { name: 'ООО «Было»', inn: VALID_INN, kpp: '773601002' })
    ).body;
    const renamed = await admin.patch(`/api/legal-entities/${created.id}`, {
      name: 'ООО «Стало»',
      ogrn: VALID_OGRN,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'ООО «Стало»', ogrn: VALID_OGRN, kpp: '773601002' });
    const broken = await admin.patch(`/api/legal-entities/${created.id}`, { inn: '7707083894' });
    expect(broken.status).toBe(400);
    expect((await admin.get(`/api/legal-entities/${created.id}`)).body.inn).toBe(VALID_INN);
  });

  it('deletes a legal entity without accounts', async () => {
    const created = (
      await admin.post('/api/legal-entities', { name: 'ООО «Временное»', inn: VALID_INN, kpp: '773601003' })
    ).body;
    expect((await admin.delete(`/api/legal-entities/${created.id}`)).status).toBe(204);
    expect((await admin.get(`/api/legal-entities/${created.id}`)).status).toBe(404);
  });
});

describe('APP-2: the payment page template', () => {
  it('takes an https URL with {account} and {sum}, clears with null or empty', async () => {
    const created = await admin.post('/api/legal-entities', {
      name: 'ООО «Оплата»',
      inn: VALID_INN,
      kpp: '773602001',
      paymentUrlTemplate: ' https://pay.example.ru/?ls={account}&sum={sum} ',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.paymentUrlTemplate).toBe('https://pay.example.ru/?ls={account}&sum={sum}');
    const id = created.body.id;
    expect((await admin.get(`/api/legal-entities/${id}`)).body.paymentUrlTemplate).toBe(
      'https://pay.example.ru/?ls={account}&sum={sum}',
    );
    const pathOnly = await admin.patch(`/api/legal-entities/${id}`, {
      paymentUrlTemplate: 'https://lk.example.ru/pay/{account}',
    });
    expect(pathOnly.body.paymentUrlTemplate).toBe('https://lk.example.ru/pay/{account}');
    // A patch of another field leaves it alone.
    expect(
      (await admin.patch(`/api/legal-entities/${id}`, { name: 'ООО «Оплата 2»' })).body.paymentUrlTemplate,
    ).toBe('https://lk.example.ru/pay/{account}');
    expect(
      (await admin.patch(`/api/legal-entities/${id}`, { paymentUrlTemplate: '' })).body.paymentUrlTemplate,
    ).toBeNull();
    expect(
      (await admin.patch(`/api/legal-entities/${id}`, { paymentUrlTemplate: null })).body.paymentUrlTemplate,
    ).toBeNull();
  });

  it.each([
    ['http://pay.example.ru/?ls={account}', 'PAYMENT_URL_HTTPS'],
    ['javascript:alert(1)//{account}', 'PAYMENT_URL_HTTPS'],
    ['https://pay.example.ru/?sum={sum}', 'PAYMENT_URL_ACCOUNT'],
    ['https://pay.example.ru/?ls={account}&fio={name}', 'PAYMENT_URL_PLACEHOLDER'],
    ['https://pay.example.ru/?ls={account', 'PAYMENT_URL_PLACEHOLDER'],
    ['https://{account}.example.ru/', 'PAYMENT_URL_FORMAT'],
    ['https://user:pw@pay.example.ru/{account}', 'PAYMENT_URL_FORMAT'],
    ['pay.example.ru/{account}', 'PAYMENT_URL_FORMAT'],
    ['https://pay example.ru/{account}', 'PAYMENT_URL_FORMAT'],
  ])('refuses %s (%s) with a Russian message', async (template, code) => {
    const response = await admin.post('/api/legal-entities', {
      name: 'ООО «Плохая ссылка»',
      inn: VALID_INN,
      kpp: '773603001',
      paymentUrlTemplate: template,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'paymentUrlTemplate', code, message: expect.stringMatching(/[А-я]/) }),
    ]);
  });
});
