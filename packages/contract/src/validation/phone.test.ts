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
