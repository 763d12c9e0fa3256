import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lazyOneTimeCodes, oneTimeCodes } from './one-time-codes';

describe('one-time codes (AUTH-1)', () => {
  const codes = oneTimeCodes(randomBytes(32));

  it('keeps a code salted: the same code twice is stored differently, and each verifies', () => {
    const first = codes.hash('123456');
    const second = codes.hash('123456');
    expect(first).not.toBe(second);
    expect(first).not.toContain('123456');
    expect(codes.verify('123456', first)).toBe(true);
    expect(codes.verify('123456', second)).toBe(true);
  });

  it('refuses another code, a code under another key, the dummy and other schemes', () => {
    const stored = codes.hash('123456');
    expect(codes.verify('123457', stored)).toBe(false);
    expect(codes.verify('', stored)).toBe(false);
    expect(oneTimeCodes(randomBytes(32)).verify('123456', stored)).toBe(false);
    expect(codes.verify('123456', codes.dummy)).toBe(false);
    expect(codes.verify('123456', stored.replace('hmac-sha256', 'scrypt'))).toBe(false);
    expect(codes.verify('123456', 'hmac-sha256$$')).toBe(false);
    expect(codes.verify('123456', `${stored.slice(0, -4)}`)).toBe(false);
  });

  it('fetches a lazy key once, on first use, and again after a failed fetch', async () => {
    const key = randomBytes(32);
    let fetches = 0;
    let fail = true;
    const lazy = lazyOneTimeCodes(async () => {
      fetches++;
      if (fail) throw new Error('database unavailable');
      return key;
    });
    expect(fetches).toBe(0);
    await expect(lazy.hash('111111')).rejects.toThrow('database unavailable');
    fail = false;
    const stored = await lazy.hash('111111');
    expect(await lazy.verify('111111', stored)).toBe(true);
    expect(oneTimeCodes(key).verify('111111', stored)).toBe(true);
    expect(await lazy.verify('111111', lazy.dummy)).toBe(false);
    expect(fetches).toBe(2);
  });
});
