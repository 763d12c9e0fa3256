// Issue 13: meters (ИПУ) of a premise and their readings through the CRM API — the lower-value
// rule and replacement, the jump confirmation, per-tariff values, history, permissions, T-1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

let t: TestApp;
let admin: Client;
let objectId: string;
let legalEntityId: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date('2026-06-20T09:00:00Z') });
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
  legalEntityId = (await makeLegalEntity(admin)).id;
});
afterAll(() => t.close());

async function meterOn(premiseId: string, body: Record<string, unknown> = {}) {
  const response = await admin.post(`/api/premises/${premiseId}/meters`, {
    resource: 'cold_water',
    serialNumber: `СЧ-${Math.floor(Math.random() * 1e8)}`,
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const reading = (meterId: string, takenOn: string, values: string[], extra: Record<string, unknown> = {}) =>
  admin.post(`/api/meters/${meterId}/readings`, { takenOn, values, ...extra });

describe('meters of a premise', () => {
  it('adds, edits and deletes a meter, with the premise card history', async () => {
    const premise = await makePremise(admin, objectId);
    const account = await makeAccount(admin, premise.id, legalEntityId, { number: 'ЛС-7001' });
    const meter = await meterOn(premise.id, {
      resource: 'hot_water',
      serialNumber: '  ГВ-100  ',
      place: 'Санузел',
      accountId: account.id,
      verifiedOn: '2025-01-10',
      nextVerificationOn: '2031-01-10',
    });
    expect(meter).toMatchObject({
      resource: 'hot_water',
      tariffs: 1,
      serialNumber: 'ГВ-100',
      place: 'Санузел',
      accountNumber: 'ЛС-7001',
      replacedOn: null,
      lastReading: null,
    });
    const edited = await admin.patch(`/api/meters/${meter.id}`, { place: 'Кухня', externalId: 'M-1' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ place: 'Кухня', externalId: 'M-1' });

    const list = await admin.get(`/api/premises/${premise.id}/meters`);
    expect(list.body.map((m: { id: string }) => m.id)).toEqual([meter.id]);

    expect((await admin.delete(`/api/meters/${meter.id}`)).status).toBe(204);
    expect((await admin.get(`/api/premises/${premise.id}/meters`)).body).toEqual([]);
    const history = await admin.get(`/api/premises/${premise.id}/history`);
    const summaries = history.body.map((h: { summary: string }) => h.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Добавлен счётчик ГВ-100',
        'Изменён счётчик: Место установки, Внешний идентификатор',
        'Удалён счётчик ГВ-100',
      ]),
    );
  });

  it('refuses tariffs other than one for anything but electricity, and an account of another premise', async () => {
    const premise = await makePremise(admin, objectId);
    const other = await makePremise(admin, objectId);
    const account = await makeAccount(admin, other.id, legalEntityId);
    const gas = await admin.post(`/api/premises/${premise.id}/meters`, {
      resource: 'gas',
      tariffs: 2,
      serialNumber: 'Г-1',
    });
    expect(gas.status).toBe(400);
    expect(gas.body.errors[0].field).toBe('tariffs');
    const foreign = await admin.post(`/api/premises/${premise.id}/meters`, {
      resource: 'gas',
      serialNumber: 'Г-1',
      accountId: account.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('REFERENCE_NOT_FOUND');
  });

  it('an external id is unique in the organisation', async () => {
    const premise = await makePremise(admin, objectId);
    await meterOn(premise.id, { externalId: 'EXT-DUP' });
    const again = await admin.post(`/api/premises/${premise.id}/meters`, {
      resource: 'gas',
      serialNumber: 'Г-2',
      externalId: 'EXT-DUP',
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('EXTERNAL_ID_TAKEN');
  });
});

describe('readings', () => {
  it('refuses a value lower than the previous one, and a back-dated one above the next', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    expect((await reading(meter.id, '2026-03-20', ['100'])).status).toBe(201);
    expect((await reading(meter.id, '2026-05-20', ['110,5'])).status).toBe(201);
    const lower = await reading(meter.id, '2026-06-01', ['110.4']);
    expect(lower.status).toBe(400);
    expect(lower.body.code).toBe('METER_READING_LOWER');
    // Values as a Russian reader writes them, not as stored («110.400», «110.500»).
    expect(lower.body.detail).toContain('Показание 110,4 меньше предыдущего 110,5 от 20.05.2026');
    const between = await reading(meter.id, '2026-04-20', ['111']);
    expect(between.status).toBe(400);
    expect(between.body.code).toBe('METER_READING_ABOVE_NEXT');
    expect(between.body.detail).toBe('Показание 111 больше показания 110,5 от 20.05.2026');
    const fits = await reading(meter.id, '2026-04-20', ['105']);
    expect(fits.status).toBe(201);
    expect(fits.body).toMatchObject({ values: ['105.000'], source: 'crm', authorKind: 'staff' });
    const future = await reading(meter.id, '2026-06-21', ['120']);
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('takenOn');
  });

  it('a replaced meter keeps its readings; the new one starts from its own first reading', async () => {
    const premise = await makePremise(admin, objectId);
    const old = await meterOn(premise.id, { serialNumber: 'OLD-1' });
    await reading(old.id, '2026-04-01', ['500']);
    const replaced = await admin.post(`/api/meters/${old.id}/replace`, {
      replacedOn: '2026-05-01',
      meter: { resource: 'cold_water', serialNumber: 'NEW-1' },
      initialValues: ['0.5'],
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(201);
    expect(replaced.body).toMatchObject({ serialNumber: 'NEW-1', lastReading: { values: ['0.500'] } });
    // Lower than the old meter's 500 is right for the new one.
    expect((await reading(replaced.body.id, '2026-06-01', ['3'])).status).toBe(201);
    const list = (await admin.get(`/api/premises/${premise.id}/meters`)).body;
    expect(list.map((m: { serialNumber: string }) => m.serialNumber)).toEqual(['NEW-1', 'OLD-1']);
    expect(list[1]).toMatchObject({ replacedOn: '2026-05-01', replacedById: replaced.body.id });
    expect((await admin.get(`/api/meters/${old.id}/readings`)).body).toHaveLength(1);
    // After the replacement day the old meter takes no readings, and it cannot be replaced twice.
    expect((await reading(old.id, '2026-05-10', ['510'])).body.code).toBe('METER_REPLACED');
    const twice = await admin.post(`/api/meters/${old.id}/replace`, {
      replacedOn: '2026-06-01',
      meter: { resource: 'cold_water', serialNumber: 'NEW-2' },
    });
    expect(twice.body.code).toBe('METER_REPLACED');
  });

  it('a jump far above the usual consumption asks for confirmation', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    await reading(meter.id, '2026-02-15', ['100']);
    await reading(meter.id, '2026-03-15', ['105']);
    await reading(meter.id, '2026-04-15', ['110']);
    // About 5 m³ a month: 24 in a month is within 5×, 60 is not.
    expect((await reading(meter.id, '2026-05-15', ['134'])).status).toBe(201);
    const jump = await reading(meter.id, '2026-06-15', ['200']);
    expect(jump.status).toBe(409);
    expect(jump.body.code).toBe('METER_READING_JUMP');
    const confirmed = await reading(meter.id, '2026-06-15', ['200'], { confirmJump: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.jumpConfirmed).toBe(true);
  });

  it('too little history: no jump check', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    await reading(meter.id, '2026-06-01', ['1']);
    await reading(meter.id, '2026-06-10', ['2']);
    expect((await reading(meter.id, '2026-06-12', ['9000'])).status).toBe(201);
  });

  it('the jump factor comes from the settings', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    await reading(meter.id, '2026-03-01', ['0']);
    await reading(meter.id, '2026-04-01', ['10']);
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/settings/meters',
      payload: { windowFromDay: null, windowToDay: null, jumpFactor: 20 },
    });
    expect(saved.status).toBe(200);
    expect((await reading(meter.id, '2026-05-01', ['150'])).status).toBe(201);
    await admin.request({
      method: 'PUT',
      url: '/api/settings/meters',
      payload: { windowFromDay: null, windowToDay: null, jumpFactor: 5 },
    });
  });

  it('electricity with three tariffs: a value per tariff, each checked on its own', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id, { resource: 'electricity', tariffs: 3 });
    expect((await reading(meter.id, '2026-05-01', ['100'])).body.errors[0].field).toBe('values');
    expect((await reading(meter.id, '2026-05-01', ['100', '50', '30'])).status).toBe(201);
    const night = await reading(meter.id, '2026-06-01', ['120', '49', '35']);
    expect(night.status).toBe(400);
    expect(night.body.errors[0].field).toBe('values.1');
    expect(night.body.detail).toContain('«Ночь (Т2)»');
    const ok = await reading(meter.id, '2026-06-01', ['120', '60', '35']);
    expect(ok.body.values).toEqual(['120.000', '60.000', '35.000']);
    // Tariffs do not change once there are readings.
    const change = await admin.patch(`/api/meters/${meter.id}`, { tariffs: 2 });
    expect(change.body.code).toBe('METER_HAS_READINGS');
  });

  it('deletes a wrong reading, with history', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id, { serialNumber: 'DEL-1' });
    const wrong = await reading(meter.id, '2026-06-01', ['999']);
    expect((await admin.delete(`/api/meter-readings/${wrong.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/meters/${meter.id}/readings`)).body).toEqual([]);
    const history = await admin.get(`/api/premises/${premise.id}/history`);
    const summaries = history.body.map((h: { summary: string }) => h.summary);
    expect(summaries).toContain('Удалено показание счётчика ХВС № DEL-1');
    expect(summaries).toContain('Внесено показание счётчика ХВС № DEL-1');
  });
});

describe('permissions and tenancy', () => {
  it('needs «Помещения: редактирование» for meters and the readings permission for readings', async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get(`/api/premises/${premise.id}/meters`)).status).toBe(200);
    expect(
      (await viewer.post(`/api/premises/${premise.id}/meters`, { resource: 'gas', serialNumber: 'x' }))
        .status,
    ).toBe(403);
    expect((await viewer.post(`/api/meters/${meter.id}/readings`, { values: ['1'] })).status).toBe(403);
    const reader = await makeStaff(t, admin, ['premises.view', 'meters.readings']);
    const entered = await reader.post(`/api/meters/${meter.id}/readings`, { values: ['1'] });
    expect(entered.status).toBe(201);
    expect(entered.body.takenOn).toBe('2026-06-20');
    expect((await reader.delete(`/api/meters/${meter.id}`)).status).toBe(403);
    const settings = await reader.request({
      method: 'PUT',
      url: '/api/settings/meters',
      payload: { windowFromDay: 15, windowToDay: 25, jumpFactor: 5 },
    });
    expect(settings.status).toBe(403);
    expect((await reader.get('/api/settings/meters')).status).toBe(200);
  });

  it("another organisation's meters and readings are not found", async () => {
    const premise = await makePremise(admin, objectId);
    const meter = await meterOn(premise.id);
    const entered = await reading(meter.id, '2026-06-01', ['1']);
    const other = (await makeOrganization(t)).admin;
    expect((await other.get(`/api/premises/${premise.id}/meters`)).status).toBe(404);
    expect((await other.get(`/api/meters/${meter.id}/readings`)).status).toBe(404);
    expect((await other.patch(`/api/meters/${meter.id}`, { place: 'x' })).status).toBe(404);
    expect((await other.post(`/api/meters/${meter.id}/readings`, { values: ['2'] })).status).toBe(404);
    expect((await other.delete(`/api/meter-readings/${entered.body.id}`)).status).toBe(404);
    expect((await other.delete(`/api/meters/${meter.id}`)).status).toBe(404);
  });

  it('settings: both window days or none', async () => {
    const half = await admin.request({
      method: 'PUT',
      url: '/api/settings/meters',
      payload: { windowFromDay: 15, windowToDay: null, jumpFactor: 5 },
    });
    expect(half.status).toBe(400);
    expect(half.body.errors[0].field).toBe('windowToDay');
  });
});
