import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeOrganization, send, TEST_PASSWORD } from '../../../test/helpers';

describe('staff login (R-1)', () => {
  let t: TestApp;
  let adminLogin: string;

  beforeAll(async () => {
    t = await buildTestApp();
    ({ adminLogin } = await makeOrganization(t, 'УК Вход'));
  });
  afterAll(() => t.close());

  it('logs in with login and password, returns a token and sets an httpOnly cookie', async () => {
    const response = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.body.token).toMatch(/^[\w-]{40,}$/);
    expect(response.body.me.organization.name).toBe('УК Вход');
    expect(response.body.me.role.system).toBe(true);
    expect(response.body.me.permissions).toContain('premises.edit');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain('domovoy_session=');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');

    const me = await send(t, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${response.body.token}` },
    });
    expect(me.status).toBe(200);
    expect(me.body.staff.login).toBe(adminLogin);
  });

  it('accepts the session cookie as well as the bearer token', async () => {
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    const me = await send(t, {
      method: 'GET',
      url: '/api/auth/me',
      cookies: { domovoy_session: login.body.token },
    });
    expect(me.status).toBe(200);
  });

  it('refuses a wrong password with a Russian problem+json', async () => {
    const response = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: 'wrong-password' },
    });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
    expect(response.body.title).toBe('Неверный логин или пароль');
  });

  it('answers 401 without a session and after logout', async () => {
    expect((await send(t, { method: 'GET', url: '/api/auth/me' })).body.code).toBe('UNAUTHENTICATED');
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    const headers = { authorization: `Bearer ${login.body.token}` };
    expect((await send(t, { method: 'POST', url: '/api/auth/logout', headers })).status).toBe(204);
    const after = await send(t, { method: 'GET', url: '/api/auth/me', headers });
    expect(after.status).toBe(401);
  });

  it("answers the CRM's session question with null, not 401, without a session and after logout", async () => {
    const none = await send(t, { method: 'GET', url: '/api/auth/session' });
    expect(none.status).toBe(200);
    expect(none.body).toBeNull();
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    const cookies = { domovoy_session: login.body.token };
    const session = await send(t, { method: 'GET', url: '/api/auth/session', cookies });
    expect(session.status).toBe(200);
    expect(session.body).toEqual(login.body.me);
    const logout = await send(t, {
      method: 'POST',
      url: '/api/auth/logout',
      cookies,
      headers: { 'x-domovoy-csrf': '1' },
    });
    expect(logout.status).toBe(204);
    const after = await send(t, { method: 'GET', url: '/api/auth/session', cookies });
    expect(after.status).toBe(200);
    expect(after.body).toBeNull();
  });

  it('stores sessions hashed, never the token itself', async () => {
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    const { sql } = await import('drizzle-orm');
    const { queryRows } = await import('../../db/database');
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from staff_sessions where token_hash = ${login.body.token}`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('changes the own password and ends the other sessions', async () => {
    const { adminLogin: login } = await makeOrganization(t);
    const first = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: TEST_PASSWORD },
    });
    const second = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: TEST_PASSWORD },
    });
    const wrong = await send(t, {
      method: 'POST',
      url: '/api/auth/password',
      headers: { authorization: `Bearer ${first.body.token}` },
      payload: { currentPassword: 'not-it-at-all', newPassword: 'new-password-1' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({
      field: 'currentPassword',
      message: 'Неверный текущий пароль',
    });
    const changed = await send(t, {
      method: 'POST',
      url: '/api/auth/password',
      headers: { authorization: `Bearer ${first.body.token}` },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'new-password-1' },
    });
    expect(changed.status).toBe(204);
    const other = await send(t, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${second.body.token}` },
    });
    expect(other.status).toBe(401);
    const same = await send(t, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${first.body.token}` },
    });
    expect(same.status).toBe(200);
    const relogin = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: 'new-password-1' },
    });
    expect(relogin.status).toBe(200);
  });

  it('validates the login body with field errors in Russian', async () => {
    const response = await send(t, { method: 'POST', url: '/api/auth/login', payload: { login: '' } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'login', code: 'MINLENGTH', message: 'Заполните поле' },
        { field: 'password', code: 'REQUIRED', message: 'Обязательное поле' },
      ]),
    );
  });

  it('purges expired sessions and finished rate-limit windows', async () => {
    const { sql } = await import('drizzle-orm');
    const { queryRows } = await import('../../db/database');
    const { authService } = await import('./auth.service');
    const rows = async (table: string) =>
      (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]?.n ??
      0;
    await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: 'wrong-once' },
    });
    expect(await rows('staff_sessions')).toBeGreaterThan(0);
    expect(await rows('rate_limits')).toBeGreaterThan(0);
    const inTwoDays = () => new Date(Date.now() + 48 * 3600_000);
    await authService({ db: t.db, config: t.config, now: inTwoDays }).purgeExpired();
    expect(await rows('staff_sessions')).toBe(0);
    expect(await rows('rate_limits')).toBe(0);
  });
});
