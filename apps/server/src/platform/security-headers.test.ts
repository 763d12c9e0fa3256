import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { makeOrganization, send } from '../../test/helpers';

// Issue 10, hole 8: a strict Content-Security-Policy and the usual headers on every answer —
// pages, the API reference, API answers and refusals alike.
describe('security headers', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await buildTestApp();
    ({
      admin: { token },
    } = await makeOrganization(t));
  });
  afterAll(() => t.close());

  const policyOf = (headers: Record<string, unknown>) =>
    new Map(
      String(headers['content-security-policy'] ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name, values.join(' ')]),
    );

  it('sends them on pages, the API reference, API answers, refusals and 404s', async () => {
    const answers = await Promise.all([
      send(t, { method: 'GET', url: '/' }),
      send(t, { method: 'GET', url: '/api/docs/' }),
      send(t, { method: 'GET', url: '/api/openapi.json' }),
      send(t, { method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } }),
      send(t, { method: 'GET', url: '/api/premises' }),
      send(t, { method: 'GET', url: '/api/no-such-thing' }),
      send(t, {
        method: 'POST',
        url: '/api/auth/login',
        payload: '{',
        headers: { 'content-type': 'application/json' },
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 401, 404, 400]);
    for (const { headers } of answers) {
      const policy = policyOf(headers);
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      expect(policy.get('base-uri')).toBe("'self'");
      expect(policy.has('upgrade-insecure-requests')).toBe(false);
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('asks for HTTPS only where the session cookie is secure', async () => {
    const secure = await buildTestApp({ COOKIE_SECURE: '1' });
    try {
      const answer = await send(secure, { method: 'GET', url: '/api/openapi.json' });
      expect(answer.headers['strict-transport-security']).toBe('max-age=15552000');
    } finally {
      await secure.close();
    }
  });
});
