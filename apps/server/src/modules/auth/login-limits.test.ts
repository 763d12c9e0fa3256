import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { type Client, makeOrganization, makeStaff, send, TEST_PASSWORD } from '../../../test/helpers';
import { authService, slowdownMs } from './auth.service';

// Issue 10, hole 3: failed logins are limited per (login, address) and per address; the owner
// logs in from elsewhere while someone guesses, and the administrator is told.
describe('failed logins (OWASP: limit the source, slow the login, tell the administrator)', () => {
  let t: TestApp;
  let admin: Client;
  const ATTACKER = '203.0.113.5';

  const login = (name: string, password: string, remoteAddress: string) =>
    send(t, { method: 'POST', url: '/api/auth/login', payload: { login: name, password }, remoteAddress });

  beforeAll(async () => {
    t = await buildTestApp();
    ({ admin } = await makeOrganization(t, 'УК Подбор'));
  });
  afterAll(() => t.close());

  it("refuses the attacker's address after 10 failures, while the owner logs in from another", async () => {
    const { adminLogin: victim } = await makeOrganization(t);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login(victim, `guess-${i}`, ATTACKER)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));

    const refused = await login(victim, TEST_PASSWORD, ATTACKER);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    const owner = await login(victim, TEST_PASSWORD, '198.51.100.7');
    expect(owner.status).toBe(200);
    // Another address of the attacker's /64 is the same source.
    const ipv6 = [...Array(10)].map((_, i) => `2001:db8:1:2::${i + 1}`);
    for (const address of ipv6) expect((await login(victim, 'guess-v6', address)).status).toBe(401);
    expect((await login(victim, TEST_PASSWORD, '2001:db8:1:2:ffff::9')).status).toBe(429);
    expect((await login(victim, TEST_PASSWORD, '2001:db8:1:3::1')).status).toBe(200);
  });

  it('answers an unknown login exactly as a known one (nothing tells which logins exist)', async () => {
    const { adminLogin: known } = await makeOrganization(t);
    const unknown = `nobody-${randomUUID().slice(0, 8)}`;
    const answers = async (name: string, address: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 11; i++) {
        const r = await login(name, 'wrong-password', address);
        seen.push(`${r.status} ${r.body.code} ${r.body.title}`);
      }
      return seen;
    };
    expect(await answers(unknown, '203.0.113.20')).toEqual(await answers(known, '203.0.113.21'));
  });

  it('limits one address trying many logins, and only that address', async () => {
    const address = '203.0.113.77';
    const names = [...Array(50)].map(() => `guess-${randomUUID().slice(0, 8)}`);
    for (let i = 0; i < names.length; i += 10) {
      const batch = await Promise.all(names.slice(i, i + 10).map((name) => login(name, 'x', address)));
      expect(batch.map((r) => r.status)).toEqual(Array(10).fill(401));
    }
    const { adminLogin: other } = await makeOrganization(t);
    const refused = await login(other, TEST_PASSWORD, address);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(other, TEST_PASSWORD, '203.0.113.78')).status).toBe(200);
  }, 120_000); // 50 password checks (scrypt)

  it('shows the administrator the failures under a login, with the last address', async () => {
    const target = await makeStaff(t, admin, ['premises.view']);
    const quiet = await makeStaff(t, admin, ['premises.view']);
    const targetCard = (await target.get('/api/auth/me')).body;
    const quietCard = (await quiet.get('/api/auth/me')).body;
    const targetLogin = targetCard.staff.login as string;
    await login(quietCard.staff.login, 'typo', '198.51.100.30');
    for (let i = 0; i < 9; i++) await login(targetLogin, `guess-${i}`, `192.0.2.${i + 1}`);

    const before = await admin.get(`/api/staff/${targetCard.staff.id}`);
    expect(before.status).toBe(200);
    expect(before.body.loginFailures).toBeNull();

    await login(targetLogin.toUpperCase(), 'guess-last', '192.0.2.200');
    const card = await admin.get(`/api/staff/${targetCard.staff.id}`);
    expect(card.body.loginFailures).toMatchObject({ count: 10, lastIp: '192.0.2.200' });
    expect(Date.now() - Date.parse(card.body.loginFailures.lastAt)).toBeLessThan(60_000);

    const list = await admin.get('/api/staff?pageSize=100');
    const byId = new Map(list.body.items.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(targetCard.staff.id)).toMatchObject({ loginFailures: { count: 10 } });
    expect(byId.get(quietCard.staff.id)).toMatchObject({ loginFailures: null });
    // The owner's successful login does not hide the attack from the administrator.
    expect((await login(targetLogin, TEST_PASSWORD, '198.51.100.31')).status).toBe(200);
    expect((await admin.get(`/api/staff/${targetCard.staff.id}`)).body.loginFailures.count).toBe(10);
  });

  it('slows a login failed from many addresses instead of locking it', async () => {
    expect(slowdownMs(20)).toBe(0);
    expect(slowdownMs(21)).toBeGreaterThan(0);
    expect(slowdownMs(23)).toBeGreaterThan(slowdownMs(22));
    expect(slowdownMs(1000)).toBe(3000);

    const { adminLogin: victim } = await makeOrganization(t);
    const delays: number[] = [];
    const auth = authService({ db: t.db, config: t.config, sleep: async (ms) => delays.push(ms) });
    const attempt = (password: string, ip: string) => auth.login({ login: victim, password, ip });
    for (let i = 0; i < 24; i++) {
      await expect(attempt('wrong-password', `198.18.0.${i + 1}`)).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    expect(delays).toEqual([slowdownMs(21), slowdownMs(22), slowdownMs(23), slowdownMs(24)]);
    await expect(attempt(TEST_PASSWORD, '198.18.1.1')).resolves.toMatchObject({ me: expect.anything() });
    expect(delays).toHaveLength(4);
  });
});
