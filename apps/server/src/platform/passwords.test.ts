// Password hashes: scrypt with its parameters stored beside the salt, so a hash made at one cost
// verifies whatever the cost is now (the tests hash cheaply; servers at 15).
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { dummyPasswordHash, hashPassword, PASSWORD_HASH_COST, verifyPassword } from './passwords';

const nOf = (hash: string) => Number(hash.split('$')[1]);

describe('password hashes', () => {
  it('are scrypt with N = 32,768 unless told otherwise, and verify at the cost they were made with', async () => {
    expect(PASSWORD_HASH_COST).toBe(15);
    const strong = await hashPassword('correct-horse-battery');
    expect(strong).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    const cheap = await hashPassword('correct-horse-battery', 10);
    expect(nOf(cheap)).toBe(1024);
    for (const hash of [strong, cheap]) {
      expect(await verifyPassword('correct-horse-battery', hash)).toBe(true);
      expect(await verifyPassword('correct-horse-batterY', hash)).toBe(false);
    }
    // Two hashes of one password differ (each has its own salt).
    expect(await hashPassword('correct-horse-battery', 10)).not.toBe(cheap);
    // An unknown login is checked against a hash of the same cost (the same time either way).
    expect(nOf(dummyPasswordHash())).toBe(32768);
    expect(nOf(dummyPasswordHash(10))).toBe(1024);
  });

  it('cost 15 by default; a cost under 14 is refused outside the tests', () => {
    expect(loadConfig({}, '/').passwordHashCost).toBe(15);
    expect(loadConfig({ PASSWORD_HASH_COST: '16' }, '/').passwordHashCost).toBe(16);
    expect(loadConfig({ PASSWORD_HASH_COST: '10', NODE_ENV: 'test' }, '/').passwordHashCost).toBe(10);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '10' }, '/')).toThrow(ConfigError);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '10' }, '/')).toThrow(/PASSWORD_HASH_COST=10/);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '9', NODE_ENV: 'test' }, '/')).toThrow(/from 10 to 20/);
  });
});
