// Issue 13, APP-3: the resident's meters and readings — the window in Moscow time (a test clock),
// the same rules as staff, the premise card's meter count, the author's name masked, T-1.
import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, loginAs, makeOrganization, makeStaff, TEST_PASSWORD } from '../../../test/helpers';
import { type Resident, signInResident } from '../../../test/residents';

let clock = new Date('2026-12-01T09:00:00Z');
let t: TestApp;
let admin: Client;
let adminLogin: string;
let resident: Resident;
let premiseId: string;
let otherPremiseId: string;
let water: string;
let power: string;
let oldMeter: string;
let foreignMeter: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  const made = await makeOrganization(t);
  admin = made.admin;
  adminLogin = made.adminLogin;
  const object = await makeObject(admin);
  const phone = fixturePhone();
  const client = await admin.post('/api/clients', { fullName: 'Сидоров Иван Петрович', phone });
  premiseId = (await makePremise(admin, object.id)).id;
  otherPremiseId = (await makePremise(admin, object.id)).id;
  await admin.post(`/api/premises/${premiseId}/clients`, { clientId: client.body.id, role: 'owner' });
  const add = async (premise: string, body: Record<string, unknown>) =>
    (await admin.post(`/api/premises/${premise}/meters`, body)).body.id as string;
  water = await add(premiseId, { resource: 'cold_water', serialNumber: 'ХВ-1' });
  power = await add(premiseId, { resource: 'electricity', tariffs: 2, serialNumber: 'Э-1' });
  oldMeter = await add(premiseId, { resource: 'hot_water', serialNumber: 'ГВ-старый' });
  await admin.post(`/api/meters/${oldMeter}/replace`, {
    replacedOn: '2026-11-01',
    meter: { resource: 'hot_water', serialNumber: 'ГВ-новый' },
  });
  foreignMeter = await add(otherPremiseId, { resource: 'gas', serialNumber: 'Г-1' });
  await admin.post(`/api/meters/${water}/readings`, { takenOn: '2026-11-20', values: ['10'] });
  await admin.request({
    method: 'PUT',
    url: '/api/settings/meters',
    payload: { windowFromDay: 15, windowToDay: 25, jumpFactor: 5 },
  });
  resident = await signInResident(t, phone, made.organization.slug);
});
afterAll(() => t.close());

describe('meters in the resident app', () => {
  it('lists the meters in service with their last readings and the window', async () => {
    const response = await resident.get(`/premises/${premiseId}/meters`);
    expect(response.status).toBe(200);
    const serials = response.body.meters.map((m: { serialNumber: string }) => m.serialNumber).sort();
    expect(serials).toEqual(['ГВ-новый', 'ХВ-1', 'Э-1']);
    const cold = response.body.meters.find((m: { id: string }) => m.id === water);
    expect(cold).toMatchObject({
      unit: 'м³',
      tariffNames: ['Показание'],
      lastReading: { values: ['10.000'] },
    });
    const electric = response.body.meters.find((m: { id: string }) => m.id === power);
    expect(electric).toMatchObject({ unit: 'кВт·ч', tariffNames: ['День (Т1)', 'Ночь (Т2)'] });
    expect(response.body.window).toEqual({
      fromDay: 15,
      toDay: 25,
      text: 'с 15 по 25 число каждого месяца',
      open: false,
    });
    const card = await resident.get(`/premises/${premiseId}`);
    expect(card.body.metersCount).toBe(3);
  });

  it('refuses readings outside the window, counted in Moscow time, with the window in the message', async () => {
    clock = new Date('2026-12-14T20:30:00Z'); // 23:30 on the 14th in Moscow
    const early = await resident.post(`/premises/${premiseId}/meters/${water}/readings`, { values: ['12'] });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('METER_READING_WINDOW');
    expect(early.body.detail).toBe('Показания принимаются с 15 по 25 число каждого месяца');

    clock = new Date('2026-12-14T21:30:00Z'); // 00:30 on the 15th in Moscow
    const inside = await resident.post(`/premises/${premiseId}/meters/${water}/readings`, {
      values: ['12,5'],
    });
    expect(inside.status, JSON.stringify(inside.body)).toBe(201);
    const cold = inside.body.meters.find((m: { id: string }) => m.id === water);
    expect(cold.lastReading).toEqual({ takenOn: '2026-12-15', values: ['12.500'], source: 'app' });

    // The clock moved past the staff session's idle time: a new login.
    const staff = await loginAs(t, adminLogin, TEST_PASSWORD);
    const readings = await staff.get(`/api/meters/${water}/readings`);
    expect(readings.body[0]).toMatchObject({
      source: 'app',
      authorKind: 'client',
      authorName: 'Сидоров Иван Петрович',
    });
  });

  it('the same rules as staff: lower refused, a jump confirmed, a value per tariff', async () => {
    clock = new Date('2026-12-20T09:00:00Z');
    const lower = await resident.post(`/premises/${premiseId}/meters/${water}/readings`, { values: ['12'] });
    expect(lower.status).toBe(400);
    expect(lower.body.code).toBe('METER_READING_LOWER');
    const one = await resident.post(`/premises/${premiseId}/meters/${power}/readings`, { values: ['100'] });
    expect(one.status).toBe(400);
    const two = await resident.post(`/premises/${premiseId}/meters/${power}/readings`, {
      values: ['100', '40'],
    });
    expect(two.status).toBe(201);
  });

  it('another premise, a replaced meter and another premise’s meter are refused', async () => {
    clock = new Date('2026-12-21T09:00:00Z');
    expect((await resident.get(`/premises/${otherPremiseId}/meters`)).status).toBe(404);
    const foreign = await resident.post(`/premises/${premiseId}/meters/${foreignMeter}/readings`, {
      values: ['1'],
    });
    expect(foreign.status).toBe(404);
    const old = await resident.post(`/premises/${premiseId}/meters/${oldMeter}/readings`, { values: ['1'] });
    expect(old.body.code).toBe('METER_REPLACED');
  });

  it("R-3: the resident as a reading's author is named with «ФИО» and masked without it", async () => {
    clock = new Date('2026-12-22T09:00:00Z');
    const sent = await resident.post(`/premises/${premiseId}/meters/${power}/readings`, {
      values: ['110', '45'],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const authorOf = async (staff: Client) => {
      const readings = await staff.get(`/api/meters/${power}/readings`);
      expect(readings.status).toBe(200);
      const meters = await staff.get(`/api/premises/${premiseId}/meters`);
      const last = meters.body.find((m: { id: string }) => m.id === power).lastReading;
      expect(last).toMatchObject({ authorKind: 'client', values: ['110.000', '45.000'] });
      expect(readings.body[0]).toMatchObject({ authorKind: 'client', authorName: last.authorName });
      return last.authorName;
    };
    // The clock moved past the admin session's idle time: a new login to make the roles.
    const staffAdmin = await loginAs(t, adminLogin, TEST_PASSWORD);
    const named = await makeStaff(t, staffAdmin, ['premises.view', 'clients.pii.name']);
    expect(await authorOf(named)).toBe('Сидоров Иван Петрович');
    const masked = await makeStaff(t, staffAdmin, ['premises.view', 'clients.pii.contacts']);
    expect(await authorOf(masked)).toBe(PII_MASK);
  });
});
