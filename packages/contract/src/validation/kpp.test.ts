import { describe, expect, it } from 'vitest';
import { normalizeKpp } from './kpp';

describe('normalizeKpp', () => {
  it.each([
    ['773601001', 'ПАО Сбербанк (reference §4b)'],
    ['0000AZ000', 'letters in the reason code (rin-nas tests)'],
    ['7736AB001', 'Latin reason code'],
  ])('accepts %s (%s)', (kpp) => {
    expect(normalizeKpp(kpp)).toEqual({ ok: true, value: kpp });
  });

  it('trims and upper-cases', () => {
    expect(normalizeKpp('  7736ab001 ')).toEqual({ ok: true, value: '7736AB001' });
  });

  it('accepts the grouped form "NNNN PP XXX"', () => {
    expect(normalizeKpp('7736 01 001')).toEqual({ ok: true, value: '773601001' });
  });

  it.each([
    ['77360100', '8 chars'],
    ['7736010011', '10 chars'],
    ['773601A01', 'letter in the serial part'],
    ['7A3601001', 'letter in the tax office code'],
    ['7736АВ001', 'Cyrillic letters in the reason code'],
    ['7736-01-001', 'hyphens'],
    ['', 'empty'],
  ])('rejects %j (%s)', (kpp) => {
    expect(normalizeKpp(kpp)).toEqual({ ok: false, code: 'KPP_FORMAT' });
  });
});
