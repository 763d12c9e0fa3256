import { PREMISE_TYPE_NAMES } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { multipart, PDF_BYTES } from '../../../test/multipart';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

const count = async (client: Client) => (await client.get('/api/premises?pageSize=1')).body.total as number;

// One valid address per type (P-4): the fields each type has.
const ADDRESSES: Record<string, Record<string, string>> = {
  flat: { street: 'ул. Мира', house: '1', building: '2', number: '15' },
  parking: { street: 'ул. Мира', house: '1', number: '34' },
  storage: { house: '1', number: '7' },
  apartment: { house: '1А', number: '101' },
  commercial: { house: '1', number: '1Н' },
  house: { street: 'ул. Сосновая', house: '5' },
  townhouse: { street: 'ул. Кедровая', house: '3', number: '2' },
  duplex: { street: 'ул. Кедровая', house: '4', number: '1' },
  room: { house: '1', number: '15', room: '3' },
  plot: { street: 'СНТ «Ромашка»', number: '12' },
};

describe('P-4, P-5: creating premises of every type', () => {
  it.each(PREMISE_TYPE_NAMES)('creates a premise of type %s with its address fields', async (type) => {
    const response = await admin.post('/api/premises', {
      objectId,
      type,
      ...ADDRESSES[type],
      totalArea: 40.456,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ type, objectId, totalArea: 40.46, floor: 0, onlinePayment: true });
    for (const [field, value] of Object.entries(ADDRESSES[type] ?? {}))
      expect(response.body[field]).toBe(value);
  });

  it('writes the full address the way a person reads it', async () => {
    const room = await makePremise(admin, objectId, {
      type: 'room',
      street: 'ул. Мира',
      house: '2',
      building: '1',
      number: '5',
      room: '2',
    });
    expect(room.fullAddress).toBe('ул. Мира, д. 2, корп. 1, кв. 5, ком. 2');
    const plot = await makePremise(admin, objectId, {
      type: 'plot',
      street: 'СНТ «Ромашка»',
      house: null,
      number: '77',
    });
    expect(plot.fullAddress).toBe('СНТ «Ромашка», уч. 77');
  });

  it('refuses address fields that do not fit the type, and changes nothing', async () => {
    const before = await count(admin);
    const house = await admin.post('/api/premises', {
      objectId,
      type: 'house',
      house: '5',
      number: '3',
      entrance: '1',
    });
    expect(house.status).toBe(400);
    expect(house.body.code).toBe('ADDRESS_FIELD_NOT_ALLOWED');
    expect(house.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['entrance', 'number']);
    expect(house.body.errors[0].message).toBe('Не заполняется для типа «Дом»');
    const plot = await admin.post('/api/premises', { objectId, type: 'plot', house: '5', number: '3' });
    expect(plot.body.errors).toEqual([
      { field: 'house', code: 'ADDRESS_FIELD_NOT_ALLOWED', message: 'Не заполняется для типа «Участок»' },
    ]);
    const flat = await admin.post('/api/premises', {
      objectId,
      type: 'flat',
      house: '5',
      number: '3',
      room: '1',
    });
    expect(flat.body.errors[0].field).toBe('room');
    expect(await count(admin)).toBe(before);
  });

  it('requires the address fields a type needs', async () => {
    const response = await admin.post('/api/premises', { objectId, type: 'flat', street: 'ул. Мира' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'house', code: 'REQUIRED', message: 'Заполните поле «Дом»' },
        { field: 'number', code: 'REQUIRED', message: 'Заполните поле «Номер квартиры»' },
      ]),
    );
  });

  it('refuses an unknown type, a negative area and living area above total', async () => {
    const before = await count(admin);
    const unknown = await admin.post('/api/premises', { objectId, type: 'castle', house: '1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'type', code: 'ENUM', message: 'Выберите значение из списка' },
    ]);
    const negative = await admin.post('/api/premises', {
      objectId,
      type: 'house',
      house: '9',
      totalArea: -3,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0]).toMatchObject({ field: 'totalArea', message: 'Значение не меньше 0' });
    const living = await admin.post('/api/premises', {
      objectId,
      type: 'house',
      house: '9',
      totalArea: 50,
      livingArea: 60,
    });
    expect(living.status).toBe(400);
    expect(living.body.errors[0]).toMatchObject({ field: 'livingArea', code: 'LIVING_AREA_TOO_LARGE' });
    expect(await count(admin)).toBe(before);
  });

  it('refuses a duplicate address in the same object and a duplicate external id', async () => {
    await makePremise(admin, objectId, { house: '77', number: '1', externalId: 'ext-77-1' });
    const same = await admin.post('/api/premises', {
      objectId,
      type: 'flat',
      street: 'ул. Ленина',
      house: '77',
      number: '1',
    });
    expect(same.status).toBe(400);
    expect(same.body.code).toBe('PREMISE_ADDRESS_TAKEN');
    const ext = await admin.post('/api/premises', {
      objectId,
      type: 'flat',
      house: '77',
      number: '2',
      externalId: 'ext-77-1',
    });
    expect(ext.status).toBe(400);
    expect(ext.body.errors[0]).toMatchObject({ field: 'externalId', code: 'EXTERNAL_ID_TAKEN' });
  });

  it('refuses an object of another organisation (T-1)', async () => {
    const other = await makeOrganization(t);
    const foreignObject = await makeObject(other.admin);
    const response = await admin.post('/api/premises', {
      objectId: foreignObject.id,
      type: 'house',
      house: '1',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'objectId', code: 'REFERENCE_NOT_FOUND' });
  });

  it('P-5: online payment works for residents only when both the premise and its object allow it', async () => {
    const offObject = await makeObject(admin, { onlinePayment: false });
    const premise = await makePremise(admin, offObject.id, { onlinePayment: true });
    expect(premise).toMatchObject({ onlinePayment: true, onlinePaymentEffective: false });
    const onObject = await makePremise(admin, objectId, { onlinePayment: true });
    expect(onObject.onlinePaymentEffective).toBe(true);
    const offPremise = await makePremise(admin, objectId, { onlinePayment: false });
    expect(offPremise.onlinePaymentEffective).toBe(false);
  });
});

describe('P-6: editing «Общие сведения»', () => {
  it('saves every field; an empty floor becomes 0; shows who and when', async () => {
    const premise = await makePremise(admin, objectId, { floor: 5 });
    const response = await admin.patch(`/api/premises/${premise.id}`, {
      entrance: '2',
      floor: null,
      rooms: 3,
      totalArea: 72.5,
      livingArea: 40,
      onlinePayment: false,
      note: 'Ключи у консьержа',
      tags: ['Угловая'],
      externalId: 'ext-p6',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      entrance: '2',
      floor: 0,
      rooms: 3,
      totalArea: 72.5,
      livingArea: 40,
      onlinePayment: false,
      note: 'Ключи у консьержа',
      tags: ['Угловая'],
      externalId: 'ext-p6',
    });
    expect(response.body.updatedBy.name).toBe('Администратор Тестовый');
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(
      Date.parse(premise.createdAt as string),
    );
    const card = await admin.get(`/api/premises/${premise.id}`);
    expect(card.body).toMatchObject({ floor: 0, note: 'Ключи у консьержа' });
  });

  it('keeps a zero as a zero: 0 rooms, 0 m², 0 registered residents are values, not «не указано»', async () => {
    const premise = await makePremise(admin, objectId, { rooms: 2, totalArea: 10 });
    const response = await admin.patch(`/api/premises/${premise.id}`, {
      rooms: 0,
      livingArea: 0,
      registeredResidents: 0,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ rooms: 0, livingArea: 0, registeredResidents: 0 });
    const card = await admin.get(`/api/premises/${premise.id}`);
    expect(card.body).toMatchObject({ rooms: 0, livingArea: 0, registeredResidents: 0 });
    const cleared = await admin.patch(`/api/premises/${premise.id}`, { rooms: null });
    expect(cleared.body.rooms).toBeNull();
    const wrong = await admin.patch(`/api/premises/${premise.id}`, { rooms: 'две' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('rooms');
  });

  it('changes the type when the address fits the new one, refuses when it does not', async () => {
    const premise = await makePremise(admin, objectId, { house: '88', number: '4' });
    const toHouse = await admin.patch(`/api/premises/${premise.id}`, { type: 'house' });
    expect(toHouse.status).toBe(400);
    expect(toHouse.body.errors[0]).toMatchObject({ field: 'number', code: 'ADDRESS_FIELD_NOT_ALLOWED' });
    const ok = await admin.patch(`/api/premises/${premise.id}`, {
      type: 'house',
      number: null,
      house: '88А',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ type: 'house', number: null, fullAddress: 'ул. Ленина, д. 88А' });
  });

  it('answers 404 for an unknown premise and 400 for a malformed id', async () => {
    expect(
      (await admin.patch('/api/premises/00000000-0000-4000-8000-000000000000', { note: 'x' })).status,
    ).toBe(404);
    const malformed = await admin.get('/api/premises/not-an-id');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('id');
  });
});

describe('P-7: deleting a premise', () => {
  it('deletes its accounts, documents and tag links in one go; its history stays', async () => {
    const legalEntity = await makeLegalEntity(admin);
    const premise = await makePremise(admin, objectId, { tags: ['Удаляемая'] });
    const account = await makeAccount(admin, premise.id, legalEntity.id, { number: 'P7-001' });
    const upload = await admin.request({
      method: 'POST',
      url: `/api/premises/${premise.id}/documents`,
      ...multipart({ title: 'План' }, { name: 'plan.pdf', type: 'application/pdf', data: PDF_BYTES }),
    });
    expect(upload.status).toBe(201);
    const client = (await admin.post('/api/clients', { fullName: 'Жилец Удаляемый' })).body;
    expect((await admin.post(`/api/premises/${premise.id}/clients`, { clientId: client.id })).status).toBe(
      201,
    );

    const response = await admin.delete(`/api/premises/${premise.id}`);
    expect(response.status).toBe(204);
    expect((await admin.get(`/api/premises/${premise.id}`)).status).toBe(404);
    expect((await admin.patch(`/api/accounts/${account.id}`, { number: 'X' })).status).toBe(404);
    expect((await admin.get(`/api/documents/${upload.body.id}/file`)).status).toBe(404);
    expect((await admin.get('/api/premises?search=P7-001')).body.total).toBe(0);

    const history = await admin.get(`/api/premises/${premise.id}/history`);
    expect(history.status).toBe(200);
    const summaries = history.body.map((e: { summary: string }) => e.summary);
    expect(summaries.slice(0, 4)).toEqual(
      expect.arrayContaining([
        'Удалено помещение',
        'Удалён лицевой счёт P7-001',
        'Удалён документ План',
        'Клиент отвязан от помещения: Жилец Удаляемый, Собственник',
      ]),
    );
    // Residents lose the premise: the client stays, without it.
    expect((await admin.get(`/api/clients/${client.id}/premises`)).body).toEqual([]);
    expect((await admin.get(`/api/clients/${client.id}`)).status).toBe(200);
  });
});

describe('R-4: change history of a premise', () => {
  it('records who changed which field from what to what, newest first', async () => {
    const premise = await makePremise(admin, objectId, { totalArea: 50 });
    await admin.patch(`/api/premises/${premise.id}`, { totalArea: 51.5, note: 'Новое' });
    await admin.patch(`/api/premises/${premise.id}`, { note: 'Новое' });
    const history = await admin.get(`/api/premises/${premise.id}/history`);
    expect(history.body).toHaveLength(2);
    const [update, create] = history.body;
    expect(create).toMatchObject({
      action: 'create',
      summary: 'Создано помещение',
      actor: { name: 'Администратор Тестовый' },
    });
    expect(update.action).toBe('update');
    expect(update.summary).toBe('Изменено помещение: Общая площадь, Примечание');
    expect(update.changes).toEqual([
      { field: 'totalArea', old: 50, new: 51.5 },
      { field: 'note', old: null, new: 'Новое' },
    ]);
  });

  it('is visible to a role with section access only, not to staff of another organisation', async () => {
    const premise = await makePremise(admin, objectId);
    const viewer = await makeStaff(t, admin, ['premises.view']);
    expect((await viewer.get(`/api/premises/${premise.id}/history`)).status).toBe(200);
    const other = await makeOrganization(t);
    const foreign = await other.admin.get(`/api/premises/${premise.id}/history`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
  });
});
