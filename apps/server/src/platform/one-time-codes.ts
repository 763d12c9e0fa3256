import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Short one-time codes (AUTH-1: six digits, five minutes, five tries), kept as a salted
 * HMAC-SHA256 under a server key. A password hash (scrypt, ~100 ms) would put a tenth of a second
 * of CPU on every code requested and checked; a plain hash would let anyone who reads the table
 * try all 10⁶ codes in a moment. With the key outside the database (`SECRET_KEY`) a copy of the
 * database reveals nothing; without it the key is kept in the database (see serverSecret).
 */
export function oneTimeCodes(key: Buffer) {
  const mac = (salt: Buffer, code: string) => createHmac('sha256', key).update(salt).update(code).digest();
  return {
    hash(code: string): string {
      const salt = randomBytes(16);
      return ['hmac-sha256', salt.toString('base64url'), mac(salt, code).toString('base64url')].join('$');
    },
    /** Timing-safe; a stored value of another scheme never matches. */
    verify(code: string, stored: string): boolean {
      const [scheme, salt, expected] = stored.split('$');
      if (scheme !== 'hmac-sha256' || !salt || !expected) return false;
      const actual = mac(Buffer.from(salt, 'base64url'), code);
      const wanted = Buffer.from(expected, 'base64url');
      return actual.length === wanted.length && timingSafeEqual(actual, wanted);
    },
    /** A value to compare with when there is no code, so both paths take the same time. */
    dummy: ['hmac-sha256', randomBytes(16).toString('base64url'), randomBytes(32).toString('base64url')].join(
      '$',
    ),
  };
}

export type OneTimeCodes = {
  hash(code: string): Promise<string>;
  verify(code: string, stored: string): Promise<boolean>;
  dummy: string;
};

/**
 * The codes under a key fetched on first use (the key may live in the database, which is not read
 * while the app is being built — the OpenAPI document is built without one).
 */
export function lazyOneTimeCodes(key: () => Promise<Buffer>): OneTimeCodes {
  let codes: Promise<ReturnType<typeof oneTimeCodes>> | undefined;
  const ready = () => {
    codes ??= key().then(oneTimeCodes);
    codes.catch(() => {
      codes = undefined; // a failed read is tried again on the next code
    });
    return codes;
  };
  return {
    hash: async (code) => (await ready()).hash(code),
    verify: async (code, stored) => (await ready()).verify(code, stored),
    dummy: oneTimeCodes(Buffer.alloc(32)).dummy,
  };
}
