import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { objects, premises } from '../../db/schema';

describe('objects (T-1, T-2, P-5)', () => {
  let t: TestApp;
  let admin: Client;
  let stranger: Client;
  let groupId: string;
  let quarterId: string;

  /** Every object row of the admin's organisation, to prove a refused request changed nothing. */
  const storedObjects = () =>
    t.db
      .select()
      .from(objects)
      .where(eq(objects.organizationId, admin.organizationId))
      .orderBy(asc(objects.id));
  const createObject = async (body: Record<string, unknown>) => {
    const response = await admin.post('/api/objects', { address: '', ...body });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  /** POST creates an object, PATCH changes the one given. */
  const write = (method: 'POST' | 'PATCH', id: string, payload: Record<string, unknown>) =>
    admin.request({ method, url: method === 'POST' ? '/api/objects' : `/api/objects/${id}`, payload });
  /** A bare premise row: the premises API is another module (sort_key is required). */
  const addPremise = async (organizationId: string, objectId: string, number: string) => {
    const values = { organizationId, objectId, type: 'flat', number, numberNorm: number, sortKey: number };
    const [row] = await t.db.insert(premises).values(values).returning({ id: premises.id });
    return row?.id as string;
  };

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin } = await makeOrganization(t));
    ({ admin: stranger } = await makeOrganization(t));
    groupId = (await admin.post('/api/object-groups', { name: 'Центр' })).body.id;
    quarterId = (await admin.post('/api/quarters', { name: 'Квартал 5' })).body.id;
  });
  afterAll(() => t.close());

  it('creates an object with online payment on by default (P-5), reads and edits it', async () => {
    const created = await admin.post('/api/objects', {
      name: '  ЖК Лесной  ',
      address: ' г. Тверь, ул. Лесная, 1 ',
      groupId,
      quarterId,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'ЖК Лесной',
      address: 'г. Тверь, ул. Лесная, 1',
      onlinePayment: true,
      groupId,
      groupName: 'Центр',
      quarterId,
      quarterName: 'Квартал 5',
      imageUrl: null,
      premiseCount: 0,
    });
    const id = created.body.id;
    expect((await admin.get(`/api/objects/${id}`)).body).toEqual(created.body);

    // A patch changes only what it names; it must not switch payment back on or drop the group.
    const off = await admin.patch(`/api/objects/${id}`, { onlinePayment: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ name: 'ЖК Лесной', onlinePayment: false, groupId, quarterId });
    const renamed = await admin.patch(`/api/objects/${id}`, { name: 'ЖК Лесной-2', groupId: null });
    expect(renamed.body).toMatchObject({
      name: 'ЖК Лесной-2',
      onlinePayment: false,
      groupId: null,
      groupName: null,
    });
    expect((await admin.get(`/api/objects/${id}`)).body).toEqual(renamed.body);

    const switchedOff = await admin.post('/api/objects', {
      name: 'ЖК Без оплаты',
      address: '',
      onlinePayment: false,
    });
    expect(switchedOff.body.onlinePayment).toBe(false);
  });

  it('lists objects by name with premise counts; filters by group, quarter and search', async () => {
    const { admin: own } = await makeOrganization(t);
    const group = (await own.post('/api/object-groups', { name: 'Север' })).body.id;
    const quarter = (await own.post('/api/quarters', { name: 'Первый' })).body.id;
    const make = async (body: Record<string, unknown>) => (await own.post('/api/objects', body)).body.id;
    const yug = await make({ name: 'Южный', address: 'ул. Садовая, 5', groupId: group });
    await make({ name: 'арбат', address: 'пр. Мира, 1', quarterId: quarter, groupId: group });
    await make({ name: 'Берёзка 100%', address: 'ул. Лесная, 2' });
    for (const number of ['1', '2', '3']) await addPremise(own.organizationId, yug, number);

    const names = async (query: string) =>
      ((await own.get(`/api/objects${query}`)).body as { name: string }[]).map((o) => o.name);
    const all = await own.get('/api/objects');
    expect(all.status).toBe(200);
    expect(all.body.map((o: { name: string }) => o.name)).toEqual(['арбат', 'Берёзка 100%', 'Южный']);
    expect(all.body.map((o: { premiseCount: number }) => o.premiseCount)).toEqual([0, 0, 3]);
    expect(await names(`?groupId=${group}`)).toEqual(['арбат', 'Южный']);
    expect(await names(`?groupId=${group}&quarterId=${quarter}`)).toEqual(['арбат']);
    expect(await names(`?search=${encodeURIComponent('САДОВАЯ')}`)).toEqual(['Южный']);
    expect(await names(`?search=${encodeURIComponent('лес')}`)).toEqual(['Берёзка 100%']);
    // «%» is a letter to the user, not a wildcard.
    expect(await names(`?search=${encodeURIComponent('%')}`)).toEqual(['Берёзка 100%']);
    expect(await names(`?groupId=${randomUUID()}`)).toEqual([]);
  });

  it('refuses an unknown group or quarter, or one of another organisation (REFERENCE_NOT_FOUND)', async () => {
    const id = await createObject({ name: 'ЖК Ссылки', groupId, quarterId });
    const foreignGroup = (await stranger.post('/api/object-groups', { name: 'Чужая' })).body.id;
    const foreignQuarter = (await stranger.post('/api/quarters', { name: 'Чужой' })).body.id;
    const before = await storedObjects();
    const cases: ['POST' | 'PATCH', Record<string, unknown>][] = [
      ['POST', { name: 'Х', address: '', groupId: randomUUID() }],
      ['POST', { name: 'Х', address: '', groupId: foreignGroup }],
      ['PATCH', { quarterId: foreignQuarter }],
      ['PATCH', { quarterId: randomUUID() }],
    ];
    for (const [method, payload] of cases) {
      const response = await write(method, id, payload);
      const field = 'groupId' in payload ? 'groupId' : 'quarterId';
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REFERENCE_NOT_FOUND');
      const message = field === 'groupId' ? 'Группа объектов не найдена' : 'Квартал не найден';
      expect(response.body.errors).toEqual([{ field, code: 'REFERENCE_NOT_FOUND', message }]);
    }
    expect(await storedObjects()).toEqual(before);
  });

  it('rejects bad input with Russian field errors and stores nothing', async () => {
    const id = await createObject({ name: 'ЖК Проверка' });
    const before = await storedObjects();
    const cases: ['POST' | 'PATCH', Record<string, unknown>, string, string][] = [
      ['POST', { name: '  ', address: '' }, 'name', 'Заполните поле'],
      ['POST', { address: '' }, 'name', 'Обязательное поле'],
      ['POST', { name: 'Х' }, 'address', 'Обязательное поле'],
      ['PATCH', { name: '' }, 'name', 'Заполните поле'],
      ['PATCH', { groupId: 'центр' }, 'groupId', 'Выберите значение из списка'],
      ['PATCH', { onlinePayment: 'иногда' }, 'onlinePayment', 'Выберите «да» или «нет»'],
      ['PATCH', { address: 'д'.repeat(501) }, 'address', 'Не длиннее 500 символов'],
    ];
    for (const [method, payload, field, message] of cases) {
      const response = await write(method, id, payload);
      expect(response.status, `${field}: ${message}`).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toEqual([expect.objectContaining({ field, message })]);
    }
    expect(await storedObjects()).toEqual(before);
  });

  it('counts premises and refuses to delete an object that has them (OBJECT_HAS_PREMISES)', async () => {
    const id = await createObject({ name: 'ЖК С квартирами' });
    const premiseIds = [
      await addPremise(admin.organizationId, id, '1'),
      await addPremise(admin.organizationId, id, '2'),
    ];
    expect((await admin.get(`/api/objects/${id}`)).body.premiseCount).toBe(2);

    const refused = await admin.delete(`/api/objects/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'OBJECT_HAS_PREMISES',
      title: 'К объекту относятся помещения: сначала удалите или перенесите их',
    });
    expect((await admin.get(`/api/objects/${id}`)).status).toBe(200);

    for (const premiseId of premiseIds) await t.db.delete(premises).where(eq(premises.id, premiseId));
    expect((await admin.delete(`/api/objects/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/objects/${id}`)).status).toBe(404);
    expect((await admin.delete(`/api/objects/${id}`)).status).toBe(404);
  });

  it('access: 401 without a session, reads for every staff member, writes need settings.manage', async () => {
    const id = await createObject({ name: 'ЖК Доступ' });
    const viewer = await makeStaff(t, admin, ['premises.view', 'premises.edit']);
    const calls = [
      { method: 'GET', url: '/api/objects', write: false },
      { method: 'POST', url: '/api/objects', payload: { name: 'Новый', address: '' }, write: true },
      { method: 'GET', url: `/api/objects/${id}`, write: false },
      { method: 'PATCH', url: `/api/objects/${id}`, payload: { name: 'Иначе' }, write: true },
      { method: 'DELETE', url: `/api/objects/${id}`, write: true },
    ] as const;
    const before = await storedObjects();
    for (const call of calls) {
      expect((await send(t, call)).status, `${call.method} ${call.url}`).toBe(401);
      const response = await viewer.request(call);
      expect(response.status, `${call.method} ${call.url}`).toBe(call.write ? 403 : 200);
      if (call.write) expect(response.body.code).toBe('FORBIDDEN');
    }
    expect(await storedObjects()).toEqual(before);
  });

  it("T-1: another organisation's admin gets 404 and no data", async () => {
    const id = await createObject({ name: 'ЖК Чужой секрет', groupId });
    const before = await storedObjects();
    for (const call of [
      () => stranger.get(`/api/objects/${id}`),
      () => stranger.patch(`/api/objects/${id}`, { name: 'Взлом' }),
      () => stranger.delete(`/api/objects/${id}`),
    ]) {
      const response = await call();
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(JSON.stringify(response.body)).not.toContain('Чужой секрет');
    }
    expect((await stranger.get('/api/objects')).body.map((o: { id: string }) => o.id)).not.toContain(id);
    expect((await stranger.get(`/api/objects?groupId=${groupId}`)).body).toEqual([]);
    expect(await storedObjects()).toEqual(before);
  });
});
