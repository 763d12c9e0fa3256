import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';

// T-2: object groups and quarters are two resources with one behaviour; both run every test.
const KINDS = [
  { path: '/api/object-groups', field: 'groupId', nameTaken: 'Группа объектов с таким названием уже есть' },
  { path: '/api/quarters', field: 'quarterId', nameTaken: 'Квартал с таким названием уже есть' },
] as const;

describe('object groups and quarters (T-1, T-2)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  describe.each(KINDS)('$path', ({ path, field, nameTaken }) => {
    let admin: Client;
    let stranger: Client;
    const names = async () => ((await admin.get(path)).body as { name: string }[]).map((s) => s.name);
    const create = async (name: string) => (await admin.post(path, { name })).body.id as string;

    beforeAll(async () => {
      ({ admin } = await makeOrganization(t));
      ({ admin: stranger } = await makeOrganization(t));
    });

    it('creates, reads, renames and lists them by name, case-insensitively, with object counts', async () => {
      const south = await admin.post(path, { name: '  Южный  ' });
      expect(south.status).toBe(201);
      expect(south.body).toEqual({ id: expect.any(String), name: 'Южный', objectCount: 0 });
      await create('авиаторов');
      await create('Береговой');
      for (const name of ['ЖК 1', 'ЖК 2']) {
        expect((await admin.post('/api/objects', { name, address: '', [field]: south.body.id })).status).toBe(
          201,
        );
      }

      const list = await admin.get(path);
      expect(list.status).toBe(200);
      // Byte order would put «авиаторов» last; people expect the alphabet.
      expect(list.body.map((s: { name: string }) => s.name)).toEqual(['авиаторов', 'Береговой', 'Южный']);
      expect(list.body[2]).toEqual({ id: south.body.id, name: 'Южный', objectCount: 2 });

      const renamed = await admin.patch(`${path}/${south.body.id}`, { name: 'Южный-2' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toEqual({ id: south.body.id, name: 'Южный-2', objectCount: 2 });
      expect((await admin.get(`${path}/${south.body.id}`)).body).toEqual(renamed.body);
    });

    it('refuses a duplicate name in any letter case on create and rename (NAME_TAKEN)', async () => {
      await create('Северный');
      const other = await create('Восточный');
      const before = await names();

      const duplicate = await admin.post(path, { name: 'СЕВЕРНЫЙ ' });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.code).toBe('NAME_TAKEN');
      expect(duplicate.body.errors).toEqual([{ field: 'name', code: 'NAME_TAKEN', message: nameTaken }]);
      const rename = await admin.patch(`${path}/${other}`, { name: 'северный' });
      expect(rename.status).toBe(400);
      expect(rename.body.errors[0].field).toBe('name');
      expect(await names()).toEqual(before);

      // T-1: names are unique within an organisation only.
      expect((await stranger.post(path, { name: 'Северный' })).status).toBe(201);
    });

    it('rejects a blank or missing name with a Russian field error and stores nothing', async () => {
      const id = await create('Западный');
      const before = await names();
      const cases = [
        { call: () => admin.post(path, { name: '   ' }), message: 'Заполните поле' },
        { call: () => admin.post(path, {}), message: 'Обязательное поле' },
        { call: () => admin.patch(`${path}/${id}`, { name: '' }), message: 'Заполните поле' },
        { call: () => admin.post(path, { name: 'я'.repeat(201) }), message: 'Не длиннее 200 символов' },
      ];
      for (const { call, message } of cases) {
        const response = await call();
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'name', message })]);
      }
      expect(await names()).toEqual(before);
    });

    it('deleting one detaches its objects in the same transaction and keeps them', async () => {
      const id = await create('Снос');
      const object = await admin.post('/api/objects', {
        name: 'ЖК Остаётся',
        address: 'ул. Мира, 1',
        [field]: id,
      });
      expect(object.body[field]).toBe(id);

      expect((await admin.delete(`${path}/${id}`)).status).toBe(204);
      expect((await admin.get(`${path}/${id}`)).status).toBe(404);
      expect((await admin.delete(`${path}/${id}`)).status).toBe(404);
      const kept = await admin.get(`/api/objects/${object.body.id}`);
      expect(kept.status).toBe(200);
      expect(kept.body).toMatchObject({ name: 'ЖК Остаётся', [field]: null });
    });

    it('access: 401 without a session, reads for every staff member, writes need settings.manage', async () => {
      const id = await create('Доступ');
      const viewer = await makeStaff(t, admin, ['premises.view']);
      const calls = [
        { method: 'GET', url: path, write: false },
        { method: 'POST', url: path, payload: { name: 'Новый' }, write: true },
        { method: 'GET', url: `${path}/${id}`, write: false },
        { method: 'PATCH', url: `${path}/${id}`, payload: { name: 'Иначе' }, write: true },
        { method: 'DELETE', url: `${path}/${id}`, write: true },
      ] as const;
      const before = await admin.get(path);
      for (const call of calls) {
        expect((await send(t, call)).status, `${call.method} ${call.url}`).toBe(401);
        const response = await viewer.request(call);
        expect(response.status, `${call.method} ${call.url}`).toBe(call.write ? 403 : 200);
        if (call.write) expect(response.body.code).toBe('FORBIDDEN');
      }
      expect((await admin.get(path)).body).toEqual(before.body);
    });

    it("T-1: another organisation's admin gets 404 and no data", async () => {
      const id = await create('Чужой секрет');
      for (const call of [
        () => stranger.get(`${path}/${id}`),
        () => stranger.patch(`${path}/${id}`, { name: 'Взлом' }),
        () => stranger.delete(`${path}/${id}`),
        () => stranger.get(`${path}/${randomUUID()}`),
      ]) {
        const response = await call();
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
        expect(JSON.stringify(response.body)).not.toContain('Чужой секрет');
      }
      const theirs = await stranger.get(path);
      expect(theirs.body.map((s: { id: string }) => s.id)).not.toContain(id);
      expect((await admin.get(`${path}/${id}`)).body.name).toBe('Чужой секрет');
    });
  });
});
