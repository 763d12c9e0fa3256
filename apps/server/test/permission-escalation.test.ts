// The permission-escalation matrix (issue 10): for each permission alone — and with the one that
// opens the page where rights are given (roles and staff: «staff.manage», API keys:
// «settings.manage») — everything it must not be able to grant or reach; nothing changes.
import {
  API_KEY_SCOPE_PERMISSIONS,
  type ApiKeyScope,
  PERMISSION_NAMES,
  type Permission,
} from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import {
  type Client,
  loginAs,
  makeOrganization,
  makeStaff,
  type Response,
  send,
  TEST_PASSWORD,
} from './helpers';

const SCOPES = Object.keys(API_KEY_SCOPE_PERMISSIONS) as ApiKeyScope[];
/** Each case logs a new staff member in (scrypt) and sends some twenty requests: slow on a loaded machine. */
const HEAVY = 120_000;
let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}-${Date.now().toString(36)}`;

type Attack = { what: string; call: (c: Client) => Promise<Response>; code: string };

describe('permission escalation (issue 10): nobody grants what they do not hold', () => {
  let t: TestApp;
  let admin: Client;
  let systemRoleId: string;
  let bigRoleId: string;
  /** A second administrator: the one whose password, login and access are attacked. */
  let chief: { id: string; login: string };
  /** A staff member with every permission but not the administrator role. */
  let senior: { id: string; login: string };
  /** A staff member with an empty role, whom anyone managing staff may manage. */
  let junior: { id: string; login: string; roleId: string };

  const me = async (c: Client) => (await c.get('/api/auth/me')).body;
  const addStaff = async (roleId: string) => {
    const login = unique('target');
    const body = { login, fullName: 'Цель Проверки', roleId, password: TEST_PASSWORD };
    const created = await admin.post('/api/staff', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { id: created.body.id as string, login };
  };

  /** Everything an attacker could change, as the administrator reads it. */
  const snapshot = async () => {
    const roles = (await admin.get('/api/roles')).body;
    const staff = (await admin.get('/api/staff?pageSize=200')).body.items.map(
      ({ lastLoginAt, ...rest }: { lastLoginAt: unknown }) => rest,
    );
    const keys = (await admin.get('/api/api-keys')).body;
    return { roles, staff, keys };
  };

  const canLogIn = async (login: string) =>
    (await send(t, { method: 'POST', url: '/api/auth/login', payload: { login, password: TEST_PASSWORD } }))
      .status === 200;

  /** The attacks on roles and staff of an actor managing staff whose role lacks `missing`. */
  const staffAttacks = (ownRoleId: string, ownId: string, missing: Permission): Attack[] => [
    {
      what: 'creates a role with a permission it lacks',
      call: (c) => c.post('/api/roles', { name: unique('Захват'), permissions: [missing] }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'adds a permission to its own role',
      call: (c) => c.patch(`/api/roles/${ownRoleId}`, { permissions: [...PERMISSION_NAMES] }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'takes a permission it lacks away from another role',
      call: (c) => c.patch(`/api/roles/${bigRoleId}`, { permissions: [] }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'moves itself to the administrator role',
      call: (c) => c.patch(`/api/staff/${ownId}`, { roleId: systemRoleId }),
      code: 'ADMIN_ONLY',
    },
    {
      what: 'moves itself to a role with more permissions',
      call: (c) => c.patch(`/api/staff/${ownId}`, { roleId: bigRoleId }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'moves another staff member to the administrator role',
      call: (c) => c.patch(`/api/staff/${junior.id}`, { roleId: systemRoleId }),
      code: 'ADMIN_ONLY',
    },
    {
      what: 'moves another staff member to a role with more permissions',
      call: (c) => c.patch(`/api/staff/${junior.id}`, { roleId: bigRoleId }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'creates an administrator',
      call: (c) =>
        c.post('/api/staff', {
          login: unique('x'),
          fullName: 'Кукла',
          roleId: systemRoleId,
          password: 'p4ssword-1',
        }),
      code: 'ADMIN_ONLY',
    },
    {
      what: 'creates staff with a role of more permissions',
      call: (c) =>
        c.post('/api/staff', {
          login: unique('x'),
          fullName: 'Кукла',
          roleId: bigRoleId,
          password: 'p4ssword-1',
        }),
      code: 'PERMISSION_NOT_HELD',
    },
    ...(
      [
        ['sets an administrator’s password', { password: 'taken-over-1' }],
        ['changes an administrator’s login', { login: unique('stolen') }],
        ['blocks an administrator', { active: false }],
        ['renames an administrator', { fullName: 'Бывший Администратор' }],
        ['demotes an administrator', { roleId: junior.roleId }],
      ] as const
    ).map(([what, body]) => ({
      what,
      call: (c: Client) => c.patch(`/api/staff/${chief.id}`, body),
      code: 'ADMIN_ONLY',
    })),
    {
      what: 'deletes an administrator',
      call: (c) => c.delete(`/api/staff/${chief.id}`),
      code: 'ADMIN_ONLY',
    },
    {
      what: 'sets the password of staff with more permissions',
      call: (c) => c.patch(`/api/staff/${senior.id}`, { password: 'taken-over-1' }),
      code: 'PERMISSION_NOT_HELD',
    },
    {
      what: 'deletes staff with more permissions',
      call: (c) => c.delete(`/api/staff/${senior.id}`),
      code: 'PERMISSION_NOT_HELD',
    },
  ];

  const keyAttacks = (held: ReadonlySet<Permission>): Attack[] =>
    [...SCOPES.map((scope) => [scope]), SCOPES]
      .filter((scopes) => scopes.some((scope) => API_KEY_SCOPE_PERMISSIONS[scope].some((p) => !held.has(p))))
      .map((scopes) => ({
        what: `creates an API key with ${scopes.join(' + ')}`,
        call: (c: Client) => c.post('/api/api-keys', { name: unique('Утечка'), scopes }),
        code: 'PERMISSION_NOT_HELD',
      }));

  const forbidden = (attacks: Attack[]) => attacks.map((attack) => ({ ...attack, code: 'FORBIDDEN' }));

  /** Runs the attacks; each is refused with 403 and the expected code, and nothing changes. */
  const expectRefused = async (c: Client, attacks: Attack[]) => {
    const before = await snapshot();
    for (const attack of attacks) {
      const response = await attack.call(c);
      expect(response.status, `${attack.what}: ${JSON.stringify(response.body)}`).toBe(403);
      expect(response.body.code, attack.what).toBe(attack.code);
    }
    expect(await snapshot()).toEqual(before);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin } = await makeOrganization(t, 'УК Эскалация'));
    systemRoleId = (await me(admin)).role.id;
    bigRoleId = (await admin.post('/api/roles', { name: 'Все права', permissions: PERMISSION_NAMES })).body
      .id;
    const emptyRoleId = (await admin.post('/api/roles', { name: 'Без прав', permissions: [] })).body.id;
    chief = await addStaff(systemRoleId);
    senior = await addStaff(bigRoleId);
    junior = { ...(await addStaff(emptyRoleId)), roleId: emptyRoleId };
  });
  afterAll(() => t.close());

  describe.each(PERMISSION_NAMES)('a role with «%s»', (permission) => {
    it(
      'alone: every attack is refused (403), nothing changes',
      async () => {
        const actor = await makeStaff(t, admin, [permission]);
        const self = await me(actor);
        const held = new Set<Permission>([permission]);
        const missing = PERMISSION_NAMES.find((p) => !held.has(p)) as Permission;
        // Without the page's own permission the answer is FORBIDDEN; with it, the grant rule's.
        const staff = staffAttacks(self.role.id, self.staff.id, missing);
        const keys = keyAttacks(held);
        await expectRefused(actor, [
          ...(permission === 'staff.manage' ? staff : forbidden(staff)),
          ...(permission === 'settings.manage' ? keys : forbidden(keys)),
        ]);
      },
      HEAVY,
    );

    it(
      'with «staff.manage»: grants no role or permission beyond its own, manages no one above it',
      async () => {
        const granted: Permission[] = [...new Set<Permission>([permission, 'staff.manage'])];
        const actor = await makeStaff(t, admin, granted);
        const self = await me(actor);
        const missing = PERMISSION_NAMES.find((p) => !granted.includes(p)) as Permission;
        await expectRefused(actor, staffAttacks(self.role.id, self.staff.id, missing));
        expect((await me(actor)).permissions.sort()).toEqual([...granted].sort());

        // What it holds it may grant: a role with it, staff with that role, their password.
        const role = await actor.post('/api/roles', { name: unique('Своё'), permissions: [permission] });
        expect(role.status, JSON.stringify(role.body)).toBe(201);
        const widened = await actor.patch(`/api/roles/${junior.roleId}`, { permissions: [permission] });
        expect(widened.status).toBe(200);
        expect((await admin.patch(`/api/roles/${junior.roleId}`, { permissions: [] })).status).toBe(200);
        const login = unique('grantee');
        const body = { login, fullName: 'Новый Сотрудник', roleId: role.body.id, password: TEST_PASSWORD };
        const created = await actor.post('/api/staff', body);
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const reset = await actor.patch(`/api/staff/${created.body.id}`, { password: 'a-new-secret-1' });
        expect(reset.status).toBe(200);
        // A permission it lacks may stay on a role it renames.
        expect((await actor.patch(`/api/roles/${bigRoleId}`, { name: unique('Все права') })).status).toBe(
          200,
        );
        expect((await admin.get(`/api/roles/${bigRoleId}`)).body.permissions).toEqual(PERMISSION_NAMES);
      },
      HEAVY,
    );

    it(
      'with «settings.manage»: creates no API key whose scope exercises what it lacks',
      async () => {
        const held = new Set<Permission>([permission, 'settings.manage']);
        const actor = await makeStaff(t, admin, [...held]);
        const attacks = keyAttacks(held);
        expect(attacks.length).toBe(SCOPES.length + 1);
        await expectRefused(actor, attacks);
      },
      HEAVY,
    );
  });

  it('after every attack the administrator and the senior still log in with their own passwords', async () => {
    expect(await canLogIn(chief.login)).toBe(true);
    expect(await canLogIn(senior.login)).toBe(true);
  });

  it('a role holding every permission of a scope may create that key, and no other', async () => {
    for (const scope of SCOPES) {
      const actor = await makeStaff(t, admin, ['settings.manage', ...API_KEY_SCOPE_PERMISSIONS[scope]]);
      const created = await actor.post('/api/api-keys', { name: unique('Ключ'), scopes: [scope] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const other = SCOPES.filter((s) => s !== scope);
      expect((await actor.post('/api/api-keys', { name: unique('Ключ'), scopes: other })).body.code).toBe(
        'PERMISSION_NOT_HELD',
      );
    }
  });

  it('the refusal names the permissions that are missing, in Russian', async () => {
    const actor = await makeStaff(t, admin, ['staff.manage']);
    const response = await actor.post('/api/roles', { name: unique('Р'), permissions: ['clients.pii.name'] });
    expect(response.body).toMatchObject({
      status: 403,
      code: 'PERMISSION_NOT_HELD',
      title: 'Нельзя выдать права, которых нет у вас самих',
      detail: 'У вас нет прав: «Просмотр персональных данных (ФИО)»',
    });
  });

  it('an administrator may do all of it', async () => {
    const role = await admin.post('/api/roles', { name: unique('Полная'), permissions: PERMISSION_NAMES });
    expect(role.status).toBe(201);
    expect((await admin.patch(`/api/staff/${junior.id}`, { roleId: bigRoleId })).status).toBe(200);
    expect((await admin.patch(`/api/staff/${junior.id}`, { roleId: junior.roleId })).status).toBe(200);
    const deputy = await addStaff(systemRoleId);
    const newLogin = unique('deputy');
    for (const body of [{ password: 'reset-by-admin-1' }, { login: newLogin }, { active: false }]) {
      const response = await admin.patch(`/api/staff/${deputy.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(200);
    }
    expect((await admin.get(`/api/staff/${deputy.id}`)).body).toMatchObject({
      login: newLogin,
      active: false,
    });
    expect((await admin.delete(`/api/staff/${deputy.id}`)).status).toBe(204);
    for (const scopes of [...SCOPES.map((s) => [s]), SCOPES]) {
      expect((await admin.post('/api/api-keys', { name: unique('Ключ'), scopes })).status).toBe(201);
    }
    // Another administrator, who is one, may manage the first one too.
    const chiefClient = await loginAs(t, chief.login, TEST_PASSWORD);
    const adminId = (await me(admin)).staff.id;
    expect(
      (await chiefClient.patch(`/api/staff/${adminId}`, { fullName: 'Администратор Главный' })).status,
    ).toBe(200);
  });
});
