import { PERMISSION_NAMES } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send } from '../../../test/helpers';
import { queryRows } from '../../db/database';

describe('roles and permissions (R-1, R-2, T-1)', () => {
  let t: TestApp;
  let admin: Client;
  let otherAdmin: Client;
  let dispatcher: Client;
  let systemRoleId: string;

  const roleNames = async () =>
    ((await admin.get('/api/roles')).body as { name: string }[]).map((r) => r.name);

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin } = await makeOrganization(t, 'УК Роли'));
    ({ admin: otherAdmin } = await makeOrganization(t, 'УК Чужая'));
    dispatcher = await makeStaff(t, admin, ['premises.view', 'clients.view']);
    systemRoleId = (await admin.get('/api/auth/me')).body.role.id;
  });
  afterAll(() => t.close());

  it('R-2: GET /api/permissions lists every permission with Russian labels and groups', async () => {
    const response = await admin.get('/api/permissions');
    expect(response.status).toBe(200);
    expect(response.body.map((p: { name: string }) => p.name)).toEqual(PERMISSION_NAMES);
    expect(response.body).toContainEqual({
      name: 'clients.pii.name',
      label: 'Просмотр персональных данных (ФИО)',
      group: 'clients',
      groupLabel: 'Клиенты',
    });
  });

  it('R-1: creates, reads, lists, renames and deletes a role; permissions stored sorted', async () => {
    const created = await admin.post('/api/roles', {
      name: '  Диспетчер  ',
      permissions: ['premises.view', 'clients.view', 'clients.edit'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Диспетчер', system: false, staffCount: 0 });
    expect(created.body.permissions).toEqual(['premises.view', 'clients.view', 'clients.edit']);
    const [stored] = await queryRows<{ permissions: string[] }>(
      t.db,
      sql`select permissions from roles where id = ${created.body.id}`,
    );
    expect(stored?.permissions).toEqual(['clients.edit', 'clients.view', 'premises.view']);

    const id = created.body.id;
    expect((await admin.get(`/api/roles/${id}`)).body).toEqual(created.body);
    expect(await roleNames()).toContain('Диспетчер');

    const patched = await admin.patch(`/api/roles/${id}`, { name: 'Старший диспетчер', permissions: [] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id, name: 'Старший диспетчер', permissions: [] });

    expect((await admin.delete(`/api/roles/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/roles/${id}`)).status).toBe(404);
    expect(await roleNames()).not.toContain('Старший диспетчер');
  });

  it('R-1: the list counts staff per role and shows the system role with every permission', async () => {
    const roles = (await admin.get('/api/roles')).body as {
      id: string;
      system: boolean;
      staffCount: number;
    }[];
    const system = roles.find((r) => r.system);
    expect(system).toMatchObject({ id: systemRoleId, staffCount: 1, permissions: PERMISSION_NAMES });
    const dispatcherRoleId = (await dispatcher.get('/api/auth/me')).body.role.id;
    expect(roles.find((r) => r.id === dispatcherRoleId)?.staffCount).toBe(1);
  });

  it('R-1: the built-in administrator role cannot be changed or deleted (409)', async () => {
    const patched = await admin.patch(`/api/roles/${systemRoleId}`, { name: 'Не админ', permissions: [] });
    expect(patched.status).toBe(409);
    expect(patched.body).toMatchObject({
      code: 'SYSTEM_ROLE_READONLY',
      title: 'Встроенную роль администратора нельзя изменить или удалить',
    });
    expect((await admin.delete(`/api/roles/${systemRoleId}`)).body.code).toBe('SYSTEM_ROLE_READONLY');
    const system = (await admin.get(`/api/roles/${systemRoleId}`)).body;
    expect(system).toMatchObject({ name: 'Администратор', system: true, permissions: PERMISSION_NAMES });
  });

  it('R-1: a role assigned to staff cannot be deleted (409 ROLE_IN_USE)', async () => {
    const roleId = (await dispatcher.get('/api/auth/me')).body.role.id;
    const response = await admin.delete(`/api/roles/${roleId}`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ROLE_IN_USE');
    expect((await admin.get(`/api/roles/${roleId}`)).status).toBe(200);
  });

  it('R-1: role names are unique per organisation, whatever the case (400 NAME_TAKEN)', async () => {
    expect((await admin.post('/api/roles', { name: 'Бухгалтер', permissions: [] })).status).toBe(201);
    const before = await roleNames();
    const taken = await admin.post('/api/roles', { name: 'бухгалтер', permissions: [] });
    expect(taken.status).toBe(400);
    expect(taken.body.code).toBe('NAME_TAKEN');
    expect(taken.body.errors).toEqual([
      { field: 'name', code: 'NAME_TAKEN', message: 'Роль с таким названием уже есть' },
    ]);
    expect(await roleNames()).toEqual(before);

    const other = (await admin.post('/api/roles', { name: 'Инженер', permissions: [] })).body;
    const rename = await admin.patch(`/api/roles/${other.id}`, { name: 'БУХГАЛТЕР' });
    expect(rename.body.code).toBe('NAME_TAKEN');
    expect((await admin.get(`/api/roles/${other.id}`)).body.name).toBe('Инженер');
    // Another organisation may use the same name (T-1).
    expect((await otherAdmin.post('/api/roles', { name: 'Бухгалтер', permissions: [] })).status).toBe(201);
  });

  it('R-2: bad input is refused with field errors in Russian and nothing is stored', async () => {
    const before = await roleNames();
    const cases = [
      [{ name: '', permissions: [] }, 'name', 'Заполните поле'],
      [{ name: '   ', permissions: [] }, 'name', 'Заполните поле'],
      [{ name: 'Роль', permissions: ['root.everything'] }, 'permissions.0', 'Выберите значение из списка'],
      [
        { name: 'Роль', permissions: ['clients.view', 'clients.view'] },
        'permissions',
        'Значения не должны повторяться',
      ],
      [{ permissions: [] }, 'name', 'Обязательное поле'],
    ] as const;
    for (const [body, field, message] of cases) {
      const response = await admin.post('/api/roles', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, message }));
    }
    expect(await roleNames()).toEqual(before);
  });

  it('R-2: an administrator cannot remove «staff.manage» from their own role (409)', async () => {
    const manager = await makeStaff(t, admin, ['staff.manage', 'premises.view']);
    const roleId = (await manager.get('/api/auth/me')).body.role.id;
    const response = await manager.patch(`/api/roles/${roleId}`, { permissions: ['premises.view'] });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('OWN_ACCESS_CHANGE');
    expect((await admin.get(`/api/roles/${roleId}`)).body.permissions).toEqual([
      'premises.view',
      'staff.manage',
    ]);
    const kept = await manager.patch(`/api/roles/${roleId}`, { permissions: ['staff.manage'] });
    expect(kept.status).toBe(200);
    // Nor may they add what they do not hold (issue 10).
    const added = await manager.patch(`/api/roles/${roleId}`, {
      permissions: ['staff.manage', 'clients.view'],
    });
    expect(added.status).toBe(403);
    expect(added.body.code).toBe('PERMISSION_NOT_HELD');
    expect((await admin.get(`/api/roles/${roleId}`)).body.permissions).toEqual(['staff.manage']);
    // Another administrator may take it away.
    expect((await admin.patch(`/api/roles/${roleId}`, { permissions: [] })).status).toBe(200);
    expect((await manager.get('/api/roles')).status).toBe(403);
  });

  it('R-2: a changed role takes effect on the next request of a logged-in staff member', async () => {
    const roleId = (await dispatcher.get('/api/auth/me')).body.role.id;
    expect((await dispatcher.get('/api/staff')).status).toBe(403);
    await admin.patch(`/api/roles/${roleId}`, { permissions: ['premises.view', 'staff.manage'] });
    expect((await dispatcher.get('/api/staff')).status).toBe(200);
    expect((await dispatcher.get('/api/auth/me')).body.permissions).toEqual([
      'premises.view',
      'staff.manage',
    ]);
    await admin.patch(`/api/roles/${roleId}`, { permissions: ['premises.view', 'clients.view'] });
    expect((await dispatcher.get('/api/staff')).status).toBe(403);
  });

  describe('access to every endpoint (R-2, T-1)', () => {
    let roleId: string;
    const endpoints = () =>
      [
        ['GET', '/api/permissions'],
        ['GET', '/api/roles'],
        ['POST', '/api/roles', { name: 'Взломщик', permissions: ['staff.manage'] }],
        ['GET', `/api/roles/${roleId}`],
        ['PATCH', `/api/roles/${roleId}`, { name: 'Взломано', permissions: ['staff.manage'] }],
        ['DELETE', `/api/roles/${roleId}`],
      ] as const;

    beforeAll(async () => {
      roleId = (await admin.post('/api/roles', { name: 'Охрана', permissions: ['premises.view'] })).body.id;
    });

    it('R-1: without a session every endpoint answers 401 UNAUTHENTICATED', async () => {
      for (const [method, url, payload] of endpoints()) {
        const response = await send(t, { method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('R-2: a role without «staff.manage» gets 403 FORBIDDEN everywhere, nothing changes', async () => {
      const before = await roleNames();
      for (const [method, url, payload] of endpoints()) {
        const response = await dispatcher.request({ method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
      expect(await roleNames()).toEqual(before);
      expect((await admin.get(`/api/roles/${roleId}`)).body.permissions).toEqual(['premises.view']);
    });

    it('T-1: an administrator of another organisation gets 404 and never the data', async () => {
      for (const [method, url, payload] of endpoints().slice(3)) {
        const response = await otherAdmin.request({ method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
        expect(JSON.stringify(response.body)).not.toContain('Охрана');
      }
      expect((await admin.get(`/api/roles/${roleId}`)).body).toMatchObject({
        name: 'Охрана',
        permissions: ['premises.view'],
      });
      const theirs = (await otherAdmin.get('/api/roles')).body.map((r: { id: string }) => r.id);
      expect(theirs).not.toContain(roleId);
      expect(theirs).not.toContain(systemRoleId);
    });
  });
});
