import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSnils, normalizeSnils } from './snils';

describe('normalizeSnils', () => {
  it.each([
    ['112-233-445 95', '11223344595', 'official ПФР example, S = 95'],
    ['010-242-368 77', '01024236877', 'python-stdnum example, S = 77'],
    ['050-234-316 00', '05023431600', 'S = 100 → 00'],
    ['016-103-396 00', '01610339600', 'S = 101 → 00'],
    ['136-571-200 49', '13657120049', 'S = 150 → 150 mod 101 = 49'],
    ['820-981-233 00', '82098123300', 'S = 201 → mod 101 = 100 → 00'],
  ])('accepts %s (%s)', (input, digits) => {
    expect(normalizeSnils(input)).toEqual({ ok: true, value: digits });
  });

  it('accepts input without separators', () => {
    expect(normalizeSnils('11223344595')).toEqual({ ok: true, value: '11223344595' });
    expect(normalizeSnils(' 112 233 445 95 ')).toEqual({ ok: true, value: '11223344595' });
  });

  it.each([
    ['112-233-445 94', 'control should be 95'],
    ['010-242-368 00', 'control should be 77'],
    ['050-234-316 01', 'S = 100 must give 00'],
    ['016-103-396 01', 'S = 101 must give 00'],
    ['820-981-233 01', 'S mod 101 = 100 must give 00'],
    ['136-571-200 48', 'S = 150 must give 49'],
  ])('rejects checksum of %s (%s)', (input) => {
    expect(normalizeSnils(input)).toEqual({ ok: false, code: 'SNILS_CHECKSUM' });
  });

  describe('numbers up to 001-001-998 are not checked (official ПФР rule)', () => {
    it('accepts 001-001-998 with any control number', () => {
      // The computed control number would be 64.
      expect(normalizeSnils('001-001-998 00')).toEqual({ ok: true, value: '00100199800' });
      expect(normalizeSnils('001-001-998 64')).toEqual({ ok: true, value: '00100199864' });
    });

    it('accepts lower numbers with any control number', () => {
      expect(normalizeSnils('000-000-001 99')).toEqual({ ok: true, value: '00000000199' });
    });

    it('checks 001-001-999, the first number above the threshold', () => {
      // S = 65.
      expect(normalizeSnils('001-001-999 00')).toEqual({ ok: false, code: 'SNILS_CHECKSUM' });
      expect(normalizeSnils('001-001-999 65')).toEqual({ ok: true, value: '00100199965' });
    });
  });

  it.each([
    ['112-233-445 955', '12 digits after stripping'],
    ['050-234-316 100', 'control number 100 is written 00, so this is 12 digits'],
    ['1234567890', '10 digits'],
    ['112-233-445 9A', 'letter'],
    ['112.233.445 95', 'dots'],
    ['', 'empty'],
  ])('rejects format of %j (%s)', (input) => {
    expect(normalizeSnils(input)).toEqual({ ok: false, code: 'SNILS_FORMAT' });
  });
});

describe('formatSnils', () => {
  it('formats 11 digits as XXX-XXX-XXX YY', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(formatSnils('05023431600')).toBe('050-234-316 00');
  });

  it('round-trips with normalizeSnils', () => {
    const r = normalizeSnils('13657120049');
    expect(r.ok && formatSnils(r.value)).toBe('136-571-200 49');
  });

  it('returns anything else unchanged', () => {
    expect(formatSnils('1234567890')).toBe('1234567890');
    expect(formatSnils('112-233-445 95')).toBe('112-233-445 95');
  });
});

describe('the control number read off the digits (issue 15)', () => {
  /** The ПФР rule as written (weights 9..1). */
  const control = (value: string) => {
    const s = Array.from(value.slice(0, 9), Number).reduce((sum, d, i) => sum + d * (9 - i), 0);
    if (s < 100) return s;
    if (s === 100 || s === 101) return 0;
    return s % 101 === 100 ? 0 : s % 101;
  };

  it('agrees with the rule on any 11 digits, the valid ones included', () => {
    const digits = fc.stringMatching(/^\d{11}$/);
    const fixed = digits.map((value) => `${value.slice(0, 9)}${String(control(value)).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(digits, fixed), (value) => {
        const valid = Number(value.slice(0, 9)) <= 1_001_998 || control(value) === Number(value.slice(9));
        expect(normalizeSnils(value)).toEqual(
          valid ? { ok: true, value } : { ok: false, code: 'SNILS_CHECKSUM' },
        );
      }),
      { numRuns: 20_000 },
    );
  });
});
