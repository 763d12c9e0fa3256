import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  type Client,
  loginAs,
  makeOrganization,
  makeStaff,
  send,
  TEST_PASSWORD,
} from '../../../test/helpers';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

describe('staff (R-1, T-1)', () => {
  let t: TestApp;
  let admin: Client;
  let adminLogin: string;
  let adminId: string;
  let otherAdmin: Client;
  let dispatcher: Client;
  let roleId: string;
  let plainRoleId: string;

  const total = async (c: Client = admin) => (await c.get('/api/staff')).body.total as number;
  const create = (body: Record<string, unknown>) =>
    admin.post('/api/staff', {
      login: unique('s'),
      fullName: 'Петров Пётр',
      roleId,
      password: TEST_PASSWORD,
      ...body,
    });
  const login = (name: string, password = TEST_PASSWORD) =>
    send(t, { method: 'POST', url: '/api/auth/login', payload: { login: name, password } });

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin, adminLogin } = await makeOrganization(t, 'УК Сотрудники'));
    ({ admin: otherAdmin } = await makeOrganization(t, 'УК Соседняя'));
    adminId = (await admin.get('/api/auth/me')).body.staff.id;
    roleId = (await admin.post('/api/roles', { name: 'Управляющий', permissions: ['staff.manage'] })).body.id;
    plainRoleId = (await admin.post('/api/roles', { name: 'Диспетчер', permissions: ['premises.view'] })).body
      .id;
    dispatcher = await makeStaff(t, admin, ['premises.view', 'clients.edit']);
  });
  afterAll(() => t.close());

  it('R-1: creates a staff member who can log in; the password never comes back', async () => {
    const name = unique('Ivanov');
    const created = await create({ login: name, fullName: '  Иванов Иван  ', roleId: plainRoleId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      login: name,
      fullName: 'Иванов Иван',
      roleId: plainRoleId,
      roleName: 'Диспетчер',
      active: true,
      lastLoginAt: null,
    });
    expect(Object.keys(created.body)).not.toContain('password');
    expect(Object.keys(created.body)).not.toContain('passwordHash');
    expect(JSON.stringify(created.body)).not.toMatch(/scrypt|correct-horse/);

    const loggedIn = await login(name.toUpperCase());
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.me.role.name).toBe('Диспетчер');
    const card = await admin.get(`/api/staff/${created.body.id}`);
    expect(card.body.lastLoginAt).not.toBeNull();
    expect(JSON.stringify(card.body)).not.toContain('scrypt');
  });

  it('R-1: changes login, full name and role; deletes a staff member', async () => {
    const { id } = (await create({})).body;
    const newLogin = unique('renamed');
    const patched = await admin.patch(`/api/staff/${id}`, {
      login: newLogin,
      fullName: 'Сидоров Сидор',
      roleId: plainRoleId,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id,
      login: newLogin,
      fullName: 'Сидоров Сидор',
      roleName: 'Диспетчер',
    });
    expect((await admin.get(`/api/staff/${id}`)).body.login).toBe(newLogin);

    const before = await total();
    expect((await admin.delete(`/api/staff/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/staff/${id}`)).status).toBe(404);
    expect(await total()).toBe(before - 1);
    expect((await login(newLogin)).status).toBe(401);
  });

  it('R-1: lists by full name, searches login or name case-insensitively, pages', async () => {
    const { admin: boss } = await makeOrganization(t);
    const bossRole = (await boss.post('/api/roles', { name: 'Все', permissions: [] })).body.id;
    for (const [fullName, loginName] of [
      ['Яковлева Анна', unique('anna')],
      ['Борисов Олег', unique('oleg')],
      ['борисова Вера', unique('SEARCHME')],
    ]) {
      await boss.post('/api/staff', {
        login: loginName,
        fullName,
        roleId: bossRole,
        password: TEST_PASSWORD,
      });
    }
    const all = (await boss.get('/api/staff')).body;
    expect(all.total).toBe(4);
    expect(all.items.map((s: { fullName: string }) => s.fullName)).toEqual([
      'Администратор Тестовый',
      'Борисов Олег',
      'борисова Вера',
      'Яковлева Анна',
    ]);
    const byName = (await boss.get(`/api/staff?search=${encodeURIComponent('БОРИС')}`)).body;
    expect(byName.items.map((s: { fullName: string }) => s.fullName)).toEqual([
      'Борисов Олег',
      'борисова Вера',
    ]);
    expect((await boss.get('/api/staff?search=searchme')).body.items[0].fullName).toBe('борисова Вера');
    expect((await boss.get('/api/staff?search=%25')).body.total).toBe(0);
    const page = (await boss.get('/api/staff?page=2&pageSize=3')).body;
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items.map((s: { fullName: string }) => s.fullName)).toEqual(['Яковлева Анна']);
  });

  it('R-1: bad input is refused with Russian field errors and nothing is stored', async () => {
    const before = await total();
    const cases = [
      [{ login: 'иванов' }, 'login', 'Недопустимые символы'],
      [{ login: 'ab' }, 'login', 'Не короче 3 символов'],
      [{ password: 'short' }, 'password', 'Не короче 8 символов'],
      [{ fullName: '   ' }, 'fullName', 'Заполните поле'],
      [{ roleId: 'not-a-uuid' }, 'roleId', 'Выберите значение из списка'],
      [{ fullName: undefined }, 'fullName', 'Обязательное поле'],
    ] as const;
    for (const [body, field, message] of cases) {
      const response = await create(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, message }));
    }
    expect(await total()).toBe(before);
  });

  it('R-1, T-1: logins are unique across organisations, whatever the case (400 LOGIN_TAKEN)', async () => {
    const theirRole = (await otherAdmin.post('/api/roles', { name: 'Роль', permissions: [] })).body.id;
    const before = await total(otherAdmin);
    const taken = await otherAdmin.post('/api/staff', {
      login: adminLogin.toUpperCase(),
      fullName: 'Двойник',
      roleId: theirRole,
      password: TEST_PASSWORD,
    });
    expect(taken.status).toBe(400);
    expect(taken.body.code).toBe('LOGIN_TAKEN');
    expect(taken.body.errors).toEqual([
      { field: 'login', code: 'LOGIN_TAKEN', message: 'Этот логин уже занят' },
    ]);
    expect(await total(otherAdmin)).toBe(before);

    const { id } = (await create({})).body;
    const rename = await admin.patch(`/api/staff/${id}`, { login: adminLogin.toUpperCase() });
    expect(rename.body.code).toBe('LOGIN_TAKEN');
    expect((await admin.get(`/api/staff/${id}`)).body.login).not.toBe(adminLogin.toUpperCase());
  });

  it('T-1: a role of another organisation or an unknown role is refused (400 REFERENCE_NOT_FOUND)', async () => {
    const theirRole = (await otherAdmin.post('/api/roles', { name: 'Чужая роль', permissions: [] })).body.id;
    const before = await total();
    for (const foreign of [theirRole, randomUUID()]) {
      const response = await create({ roleId: foreign });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REFERENCE_NOT_FOUND');
      expect(response.body.errors).toEqual([
        { field: 'roleId', code: 'ROLE_NOT_FOUND', message: 'Роль не найдена' },
      ]);
    }
    expect(await total()).toBe(before);
    const { id } = (await create({})).body;
    expect((await admin.patch(`/api/staff/${id}`, { roleId: theirRole })).body.code).toBe(
      'REFERENCE_NOT_FOUND',
    );
    expect((await admin.get(`/api/staff/${id}`)).body.roleId).toBe(roleId);
  });

  it('R-1: a deactivated staff member loses the session at once and cannot log in', async () => {
    const name = unique('leaver');
    const { id } = (await create({ login: name, roleId: plainRoleId })).body;
    const leaver = await loginAs(t, name, TEST_PASSWORD);
    expect((await leaver.get('/api/auth/me')).status).toBe(200);

    const blocked = await admin.patch(`/api/staff/${id}`, { active: false });
    expect(blocked.body.active).toBe(false);
    const after = await leaver.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect((await login(name)).body.code).toBe('INVALID_CREDENTIALS');

    await admin.patch(`/api/staff/${id}`, { active: true });
    expect((await login(name)).status).toBe(200);
  });

  it('R-1: a password set by the administrator ends the sessions; the new password works', async () => {
    const name = unique('forgetful');
    const { id } = (await create({ login: name })).body;
    const old = await loginAs(t, name, TEST_PASSWORD);
    expect((await admin.patch(`/api/staff/${id}`, { password: 'brand-new-secret' })).status).toBe(200);
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect((await login(name)).status).toBe(401);
    expect((await login(name, 'brand-new-secret')).status).toBe(200);
  });

  it('R-1: a deleted staff member loses the session at once', async () => {
    const name = unique('gone');
    const { id } = (await create({ login: name })).body;
    const gone = await loginAs(t, name, TEST_PASSWORD);
    expect((await admin.delete(`/api/staff/${id}`)).status).toBe(204);
    expect((await gone.get('/api/auth/me')).status).toBe(401);
  });

  it('R-1: nobody blocks, deletes or demotes themselves (409 OWN_ACCESS_CHANGE)', async () => {
    for (const response of [
      await admin.patch(`/api/staff/${adminId}`, { active: false }),
      await admin.delete(`/api/staff/${adminId}`),
      await admin.patch(`/api/staff/${adminId}`, { roleId: plainRoleId }),
    ]) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'OWN_ACCESS_CHANGE',
        title: 'Нельзя заблокировать, удалить себя или лишить себя прав администратора',
      });
    }
    expect((await admin.get(`/api/staff/${adminId}`)).body).toMatchObject({
      active: true,
      roleName: 'Администратор',
    });
    // Moving to another role that keeps «staff.manage» is allowed; the way back to the
    // administrator role is then another administrator's to give (issue 10).
    const systemRoleId = (await admin.get('/api/auth/me')).body.role.id;
    const deputyLogin = unique('deputy');
    expect((await create({ login: deputyLogin, roleId: systemRoleId })).status).toBe(201);
    const deputy = await loginAs(t, deputyLogin, TEST_PASSWORD);
    expect((await admin.patch(`/api/staff/${adminId}`, { roleId })).body.roleName).toBe('Управляющий');
    const back = await admin.patch(`/api/staff/${adminId}`, { roleId: systemRoleId });
    expect(back.status).toBe(403);
    expect(back.body.code).toBe('ADMIN_ONLY');
    expect((await deputy.patch(`/api/staff/${adminId}`, { roleId: systemRoleId })).body.roleName).toBe(
      'Администратор',
    );
  });

  describe('access to every endpoint (R-2, T-1)', () => {
    let targetId: string;
    const endpoints = () =>
      [
        ['GET', '/api/staff'],
        ['POST', '/api/staff', { login: unique('x'), fullName: 'Взлом', roleId, password: TEST_PASSWORD }],
        ['GET', `/api/staff/${targetId}`],
        ['PATCH', `/api/staff/${targetId}`, { fullName: 'Взломано', active: false }],
        ['DELETE', `/api/staff/${targetId}`],
      ] as const;

    beforeAll(async () => {
      targetId = (await create({ fullName: 'Секретов Секрет' })).body.id;
    });

    it('R-1: without a session every endpoint answers 401 UNAUTHENTICATED', async () => {
      for (const [method, url, payload] of endpoints()) {
        const response = await send(t, { method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('R-2: a role without «staff.manage» gets 403 FORBIDDEN everywhere, nothing changes', async () => {
      const before = await total();
      for (const [method, url, payload] of endpoints()) {
        const response = await dispatcher.request({ method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
      expect(await total()).toBe(before);
      expect((await admin.get(`/api/staff/${targetId}`)).body).toMatchObject({
        fullName: 'Секретов Секрет',
        active: true,
      });
    });

    it('T-1: an administrator of another organisation gets 404 and never the data', async () => {
      for (const [method, url, payload] of endpoints().slice(2)) {
        const response = await otherAdmin.request({ method, url, payload });
        expect(response.status, `${method} ${url}`).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
        expect(JSON.stringify(response.body)).not.toContain('Секретов');
      }
      expect((await admin.get(`/api/staff/${targetId}`)).body).toMatchObject({
        fullName: 'Секретов Секрет',
        active: true,
      });
      const theirs = (await otherAdmin.get('/api/staff?pageSize=200')).body.items.map(
        (s: { id: string }) => s.id,
      );
      expect(theirs).not.toContain(targetId);
      expect(theirs).not.toContain(adminId);
    });
  });
});
