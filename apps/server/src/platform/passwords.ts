import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt from node:crypto (ARCHITECTURE "Auth"). Parameters are stored with the hash so that
// they can be raised later without invalidating old passwords.
const PARAMS = { r: 8, p: 1, keyLength: 32 } as const;
const MAX_MEM = 64 * 1024 * 1024;

/**
 * scrypt's cost as log2 N: 15 (N = 32,768, ~100 ms on a server core). The tests lower it (config
 * PASSWORD_HASH_COST, refused below 14 outside tests): they create a staff member in most cases.
 */
export const PASSWORD_HASH_COST = 15;

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem: MAX_MEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, cost = PASSWORD_HASH_COST): Promise<string> {
  const salt = randomBytes(16);
  const { r, p, keyLength } = PARAMS;
  const N = 2 ** cost;
  const key = await derive(password, salt, keyLength, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to verify against when the login is unknown, so both paths take the same time. */
export const dummyPasswordHash = (cost = PASSWORD_HASH_COST) =>
  `scrypt$${2 ** cost}$${PARAMS.r}$${PARAMS.p}$${randomBytes(16).toString('base64url')}$${randomBytes(32).toString('base64url')}`;

export function generatePassword(): string {
  // 16 characters from a set without look-alikes (0/O, 1/l/I).
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
