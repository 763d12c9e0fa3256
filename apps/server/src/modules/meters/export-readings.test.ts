// Issue 13: the period's readings as an .xlsx for the accounting system, read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { readXlsx } from '../../../test/xlsx';

let t: TestApp;
let admin: Client;
let objectA: string;
let objectB: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date('2026-07-10T09:00:00Z') });
  ({ admin } = await makeOrganization(t));
  objectA = (await makeObject(admin, { name: 'ЖК «Альфа»' })).id;
  objectB = (await makeObject(admin, { name: 'ЖК «Бета»' })).id;
  const legalEntity = (await makeLegalEntity(admin)).id;
  const flat = await makePremise(admin, objectA, { street: 'ул. Ленина', house: '10', number: '15' });
  await makeAccount(admin, flat.id, legalEntity, { number: 'ЛС-15' });
  const accounts = (await admin.get(`/api/premises/${flat.id}/accounts`)).body;
  const water = (
    await admin.post(`/api/premises/${flat.id}/meters`, {
      resource: 'cold_water',
      serialNumber: 'ХВ-15',
      accountId: accounts[0].id,
    })
  ).body;
  const power = (
    await admin.post(`/api/premises/${flat.id}/meters`, {
      resource: 'electricity',
      tariffs: 2,
      serialNumber: 'Э-15',
    })
  ).body;
  await admin.post(`/api/meters/${water.id}/readings`, { takenOn: '2026-05-20', values: ['10.5'] });
  await admin.post(`/api/meters/${water.id}/readings`, { takenOn: '2026-06-20', values: ['12.25'] });
  await admin.post(`/api/meters/${power.id}/readings`, { takenOn: '2026-06-21', values: ['100', '40'] });
  await admin.post(`/api/meters/${water.id}/readings`, { takenOn: '2026-07-01', values: ['13'] });
  const other = await makePremise(admin, objectB, { street: 'ул. Мира', house: '1', number: '2' });
  const gas = (await admin.post(`/api/premises/${other.id}/meters`, { resource: 'gas', serialNumber: 'Г-2' }))
    .body;
  await admin.post(`/api/meters/${gas.id}/readings`, { takenOn: '2026-06-05', values: ['7'] });
});
afterAll(() => t.close());

describe('GET /api/meter-readings/export.xlsx', () => {
  it('writes a row per tariff with the previous and current readings, by object', async () => {
    const response = await admin.get('/api/meter-readings/export.xlsx?period=2026-06');
    expect(response.status).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain('meter-readings-2026-06');
    const sheet = await readXlsx(response);
    expect(sheet.headers).toEqual([
      'Объект',
      'Адрес',
      'Номер помещения',
      'Лицевой счёт',
      'Заводской номер счётчика',
      'Ресурс',
      'Тариф',
      'Предыдущее показание',
      'Текущее показание',
      'Дата показания',
      'Источник',
    ]);
    const june = (day: number) => new Date(Date.UTC(2026, 5, day));
    expect(sheet.rows).toEqual([
      [
        'ЖК «Альфа»',
        'ул. Ленина, д. 10',
        '15',
        'ЛС-15',
        'ХВ-15',
        'ХВС',
        'Единый',
        10.5,
        12.25,
        june(20),
        'CRM',
      ],
      [
        'ЖК «Альфа»',
        'ул. Ленина, д. 10',
        '15',
        null,
        'Э-15',
        'Электроэнергия',
        'День (Т1)',
        null,
        100,
        june(21),
        'CRM',
      ],
      [
        'ЖК «Альфа»',
        'ул. Ленина, д. 10',
        '15',
        null,
        'Э-15',
        'Электроэнергия',
        'Ночь (Т2)',
        null,
        40,
        june(21),
        'CRM',
      ],
      ['ЖК «Бета»', 'ул. Мира, д. 1', '2', null, 'Г-2', 'Газ', 'Единый', null, 7, june(5), 'CRM'],
    ]);
    expect(sheet.numFmt(2, 9)).toBe('0.000');
  });

  it('one object only; the export permission is needed', async () => {
    const one = await readXlsx(
      await admin.get(`/api/meter-readings/export.xlsx?period=2026-06&objectId=${objectB}`),
    );
    expect(one.rows.map((r) => r[4])).toEqual(['Г-2']);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get('/api/meter-readings/export.xlsx?period=2026-06')).status).toBe(403);
    const other = (await makeOrganization(t)).admin;
    const theirs = await readXlsx(await other.get('/api/meter-readings/export.xlsx?period=2026-06'));
    expect(theirs.rows).toEqual([]);
    expect(
      (await admin.get(`/api/meter-readings/export.xlsx?period=2026-06&objectId=${objectA}`)).status,
    ).toBe(200);
  });
});
