import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { makeOrganization, send, TEST_PASSWORD } from '../../test/helpers';

// Issue 10, hole 8: a write the session cookie authenticates must prove it comes from the CRM's
// own origin (OWASP CSRF Prevention: Origin, then Sec-Fetch-Site, a custom header, Referer).
describe('cross-site request forgery (cookie sessions)', () => {
  let t: TestApp;
  let adminLogin: string;
  const HOST = 'crm.example:3000';

  beforeAll(async () => {
    t = await buildTestApp();
    ({ adminLogin } = await makeOrganization(t));
  });
  afterAll(() => t.close());

  const session = async () => {
    const r = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    return r.body.token as string;
  };
  // A write that passes the check answers 400 (wrong current password); a refused one 403.
  const write = async (headers: Record<string, string>, auth: 'cookie' | 'bearer' = 'cookie') => {
    const token = await session();
    const r = await send(t, {
      method: 'POST',
      url: '/api/auth/password',
      headers: { host: HOST, ...headers, ...(auth === 'bearer' ? { authorization: `Bearer ${token}` } : {}) },
      cookies: auth === 'cookie' ? { domovoy_session: token } : {},
      payload: { currentPassword: 'not-the-password', newPassword: 'whatever-123' },
    });
    return `${r.status} ${r.body.code}`;
  };
  const REFUSED = '403 CROSS_SITE_REQUEST';
  const PASSED = '400 VALIDATION_FAILED';

  it('refuses a cookie write from another origin, a null origin, or with no sign of its origin', async () => {
    expect(await write({ origin: 'https://evil.example' })).toBe(REFUSED);
    expect(await write({ origin: 'null' })).toBe(REFUSED);
    expect(await write({ origin: 'null', 'x-domovoy-csrf': '1' })).toBe(REFUSED);
    expect(await write({ referer: 'https://evil.example/page' })).toBe(REFUSED);
    expect(await write({ referer: `http://${HOST}/staff`, 'sec-fetch-site': 'cross-site' })).toBe(REFUSED);
    expect(await write({ 'sec-fetch-site': 'same-site' })).toBe(REFUSED);
    expect(await write({})).toBe(REFUSED);
  });

  it('takes a cookie write from the own origin, Sec-Fetch-Site, the CRM header or the own Referer', async () => {
    expect(await write({ origin: `http://${HOST}` })).toBe(PASSED);
    expect(await write({ origin: 'HTTP://CRM.EXAMPLE:3000' })).toBe(PASSED);
    expect(await write({ 'sec-fetch-site': 'same-origin' })).toBe(PASSED);
    expect(await write({ 'x-domovoy-csrf': '1' })).toBe(PASSED);
    expect(await write({ referer: `http://${HOST}/staff` })).toBe(PASSED);
  });

  it('leaves Bearer tokens alone', async () => {
    expect(await write({ origin: 'null' }, 'bearer')).toBe(PASSED);
    expect(await write({ origin: 'https://evil.example' }, 'bearer')).toBe(PASSED);
  });

  it('guards logout too, although it needs no session', async () => {
    const token = await session();
    const logout = (headers: Record<string, string>) =>
      send(t, {
        method: 'POST',
        url: '/api/auth/logout',
        headers: { host: HOST, ...headers },
        cookies: { domovoy_session: token },
      });
    const alive = async () =>
      (await send(t, { method: 'GET', url: '/api/auth/session', cookies: { domovoy_session: token } })).body;
    const refused = await logout({ origin: 'null' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('CROSS_SITE_REQUEST');
    expect((await logout({ referer: 'https://evil.example/' })).status).toBe(403);
    expect(await alive()).not.toBeNull();
    expect((await logout({ origin: `http://${HOST}` })).status).toBe(204);
    expect(await alive()).toBeNull();
  });

  it("refuses another site's login form (login CSRF) but not a script's login", async () => {
    const login = (headers: Record<string, string>) =>
      send(t, {
        method: 'POST',
        url: '/api/auth/login',
        headers: { host: HOST, ...headers },
        payload: { login: adminLogin, password: TEST_PASSWORD },
      });
    expect((await login({ origin: 'https://evil.example' })).body.code).toBe('CROSS_SITE_REQUEST');
    expect((await login({ origin: 'null' })).status).toBe(403);
    expect((await login({})).status).toBe(200);
    expect((await login({ origin: `http://${HOST}` })).status).toBe(200);
  });
});

describe('cross-site checks behind a proxy', () => {
  it('compares with X-Forwarded-Host only under TRUST_PROXY, and accepts PUBLIC_URL', async () => {
    const check = async (env: Record<string, string>, headers: Record<string, string>) => {
      const t = await buildTestApp(env);
      try {
        const { adminLogin } = await makeOrganization(t);
        const login = await send(t, {
          method: 'POST',
          url: '/api/auth/login',
          payload: { login: adminLogin, password: TEST_PASSWORD },
        });
        const r = await send(t, {
          method: 'POST',
          url: '/api/auth/logout',
          headers: { host: '127.0.0.1:3000', ...headers },
          cookies: { domovoy_session: login.body.token },
        });
        return r.status;
      } finally {
        await t.close();
      }
    };
    const proxied = {
      origin: 'https://crm.example',
      'x-forwarded-host': 'crm.example',
      'x-forwarded-proto': 'https',
    };
    expect(await check({ TRUST_PROXY: '1' }, proxied)).toBe(204);
    expect(await check({}, proxied)).toBe(403);
    expect(await check({ PUBLIC_URL: 'https://crm.example' }, { origin: 'https://crm.example' })).toBe(204);
  });
});
