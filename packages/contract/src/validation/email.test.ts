import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('keeps an address trimmed and in lower case', () => {
    expect(normalizeEmail('  Ivanov@Mail.RU ')).toEqual({ ok: true, value: 'ivanov@mail.ru' });
  });

  it.each(['ivanov', 'ivanov@mail', 'ivanov@mail.r', 'iva nov@mail.ru', '@mail.ru'])(
    'refuses %j',
    (input) => {
      expect(normalizeEmail(input)).toEqual({ ok: false, code: 'EMAIL_FORMAT' });
    },
  );
});
