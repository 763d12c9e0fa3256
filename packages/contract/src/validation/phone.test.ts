import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, parsePhoneQuery, phoneSearchDigits } from './phone';

describe('phones (C-2, C-5; reference §6)', () => {
  it.each([
    '8 (916) 123-45-67',
    '+7 916 123 45 67',
    '79161234567',
    '9161234567',
    '8-916-123-45-67',
    ' +7(916)1234567 ',
  ])('normalises %s to E.164', (input) => {
    expect(normalizePhone(input)).toEqual({ ok: true, value: '+79161234567' });
  });

  it('keeps toll-free and city numbers', () => {
    expect(normalizePhone('8-800-555-35-35')).toEqual({ ok: true, value: '+78005553535' });
    expect(normalizePhone('8 (495) 123-45-67')).toEqual({ ok: true, value: '+74951234567' });
  });

  it('accepts foreign numbers written with their country code', () => {
    expect(normalizePhone('+375 29 123-45-67')).toEqual({ ok: true, value: '+375291234567' });
  });

  it.each(['+7 916 123 45 6', '+7 8 916 123 45 67', '123-45-67', '+8 916 123 45 67', 'телефон', ''])(
    'refuses %s',
    (input) => {
      expect(normalizePhone(input)).toEqual({ ok: false, code: 'PHONE_FORMAT' });
    },
  );

  it('searches Russian numbers by their 10 national digits', () => {
    expect(phoneSearchDigits('+79161234567')).toBe('9161234567');
    expect(phoneSearchDigits('+375291234567')).toBe('375291234567');
    expect(formatPhone('+79161234567')).toBe('+7 916 123-45-67');
  });

  it('reads a typed fragment the way staff type it', () => {
    expect(parsePhoneQuery('+7 916 123-45-67')).toEqual({ exact: '9161234567', contains: [] });
    expect(parsePhoneQuery('89161234567')).toEqual({ exact: '9161234567', contains: [] });
    expect(parsePhoneQuery('9161234567')).toEqual({ exact: '9161234567', contains: [] });
    expect(parsePhoneQuery('8 916 12')).toEqual({ contains: ['891612'], prefix: '91612' });
    // Four digits are the end of a number, even from 8: «916…» would be a whole operator's clients.
    expect(parsePhoneQuery('8916')).toEqual({ contains: [], suffix: '8916' });
    expect(parsePhoneQuery('+7 916 1')).toEqual({ contains: ['79161'], prefix: '9161' });
    expect(parsePhoneQuery('(916) 123')).toEqual({ contains: ['916123'] });
    expect(parsePhoneQuery('4567')).toEqual({ contains: [], suffix: '4567' });
    expect(parsePhoneQuery('123-45')).toEqual({ contains: ['12345'] });
    expect(parsePhoneQuery('45')).toBeUndefined();
    expect(parsePhoneQuery('Иванов 12')).toBeUndefined();
  });
});

/** normalizePhone as it was before its fast path: libphonenumber decides every number. */
function byLibphonenumber(input: string) {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  const candidate =
    !trimmed.startsWith('+') && digits.length === 11 && /^[78]/.test(digits)
      ? `+7${digits.slice(1)}`
      : trimmed;
  if (candidate.startsWith('+7') && candidate.replace(/\D/g, '').length !== 11)
    return { ok: false, code: 'PHONE_FORMAT' };
  const parsed = parsePhoneNumberFromString(candidate, 'RU');
  if (!parsed?.isValid()) return { ok: false, code: 'PHONE_FORMAT' };
  if (parsed.countryCallingCode === '7' && parsed.nationalNumber.length !== 10)
    return { ok: false, code: 'PHONE_FORMAT' };
  return { ok: true, value: parsed.number };
}

// Each case below asks libphonenumber 20,000–33,000 times: seconds of CPU, more on a loaded machine.
describe('the fast path of a number of +7 (issues 15, 16)', () => {
  const shapes = [
    (d: string) => `+7${d}`,
    (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
    (d: string) => `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
    (d: string) => `8${d}`,
    (d: string) => `7${d}`,
    (d: string) => ` 8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)} `,
    (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
    (d: string) => `+7(${d.slice(0, 3)})${d.slice(3)}`,
    (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8, 9)}`,
    (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}0`,
    (d: string) => `+7 8 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  ];

  it('gives libphonenumber’s answer for every operator code and shape', () => {
    for (let code = 0; code < 1000; code++) {
      for (const seed of [7919, 104_729, 1_299_709]) {
        const d = `${String(code).padStart(3, '0')}${String((code * seed) % 10_000_000).padStart(7, '0')}`;
        for (const shape of shapes)
          expect(normalizePhone(shape(d)), shape(d)).toEqual(byLibphonenumber(shape(d)));
      }
    }
  }, 60_000);

  it('gives libphonenumber’s answer for any ten digits in any shape', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), fc.nat(shapes.length - 1), (d, shape) => {
        const input = shapes[shape]?.(d) ?? d;
        expect(normalizePhone(input)).toEqual(byLibphonenumber(input));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('gives libphonenumber’s answer for text around a number', () => {
    const around = fc.stringMatching(/^[0-9 ()+\-.a-zа-я]{0,4}$/);
    fc.assert(
      fc.property(around, fc.stringMatching(/^\d{10}$/), around, fc.nat(2), (before, d, after, shape) => {
        const input = `${before}${shapes[shape]?.(d) ?? d}${after}`;
        expect(normalizePhone(input)).toEqual(byLibphonenumber(input));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);
});
