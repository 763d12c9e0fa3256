import { describe, expect, it } from 'vitest';
import { formatPassport, normalizePassport } from './passport';

describe('normalizePassport', () => {
  it.each([
    ['45 06 123456', 'reference example'],
    ['4506 123456', 'series without inner space'],
    ['4506123456', 'no separators'],
    ['  45 06 123456  ', 'surrounding spaces'],
    ['45-06-123456', 'hyphens'],
    ['45 06 № 123456', 'number sign before the number'],
    ['4506№123456', 'number sign without spaces'],
  ])('accepts %j (%s)', (input) => {
    expect(normalizePassport(input)).toEqual({ ok: true, value: '4506123456' });
  });

  it('keeps leading zeros', () => {
    expect(normalizePassport('01 99 000001')).toEqual({ ok: true, value: '0199000001' });
  });

  it.each([
    ['45 06 12345', '5-digit number'],
    ['4506-1234567', '7-digit number'],
    ['АБ 123456', 'letters: Soviet-style series'],
    ['4 506 123456', 'series split in the wrong place'],
    ['450 6123456', 'series split in the wrong place'],
    ['45 06 123 456', 'number split'],
    ['45061234567', '11 digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizePassport(input)).toEqual({ ok: false, code: 'PASSPORT_FORMAT' });
  });
});

describe('formatPassport', () => {
  it('formats 10 digits as SS SS NNNNNN', () => {
    expect(formatPassport('4506123456')).toBe('45 06 123456');
  });

  it('returns anything else unchanged', () => {
    expect(formatPassport('450612345')).toBe('450612345');
  });
});
