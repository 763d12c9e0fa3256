import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { innKind, normalizeInn } from './inn';

describe('normalizeInn', () => {
  it.each([
    ['7707083893', 'ИНН-10, ПАО Сбербанк (reference §1)'],
    ['123456789047', 'ИНН-12, python-stdnum example'],
    ['0337141930', 'ИНН-10, remainder 10 → check digit 0'],
    ['776956042306', 'ИНН-12, first remainder 10 → 0'],
    ['772834448510', 'ИНН-12, second remainder 10 → 0'],
    ['770493134500', 'ИНН-12, both remainders 10 → 00'],
  ])('accepts %s (%s)', (inn) => {
    expect(normalizeInn(inn)).toEqual({ ok: true, value: inn });
  });

  it('strips spaces and hyphens', () => {
    expect(normalizeInn(' 7707 083-893 ')).toEqual({ ok: true, value: '7707083893' });
    expect(normalizeInn('1234-5678-9047')).toEqual({ ok: true, value: '123456789047' });
  });

  it('keeps leading zeros', () => {
    expect(normalizeInn('0337141930')).toEqual({ ok: true, value: '0337141930' });
  });

  it.each([
    ['7707083894', 'wrong check digit'],
    ['123456789037', '11th digit wrong'],
    ['123456789048', '12th digit wrong'],
    ['0337141931', 'remainder 10 must give 0, not 1'],
  ])('rejects checksum of %s (%s)', (inn) => {
    expect(normalizeInn(inn)).toEqual({ ok: false, code: 'INN_CHECKSUM' });
  });

  it.each([
    ['77070838930', '11 digits: no such length'],
    ['77O7083893', 'letter O'],
    ['770708389', '9 digits'],
    ['1234567890471', '13 digits'],
    ['', 'empty'],
    ['   ', 'only spaces'],
    ['0000000000', 'all zeros (passes the checksum)'],
    ['000000000000', 'all zeros, 12 digits'],
    ['0012345679', 'region code 00'],
    ['7707.083.893', 'dots are not accepted separators'],
    ['７７０７０８３８９３', 'full-width digits'],
  ])('rejects format of %j (%s)', (inn) => {
    expect(normalizeInn(inn)).toEqual({ ok: false, code: 'INN_FORMAT' });
  });

  it('rejects region 00 even when the checksum would match', () => {
    // 00 + digits whose ИНН-10 check digit is correct: the region rule wins.
    const body = '001234567';
    const w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    const c = (w.reduce((s, x, i) => s + x * Number(body[i]), 0) % 11) % 10;
    expect(normalizeInn(`${body}${c}`)).toEqual({ ok: false, code: 'INN_FORMAT' });
  });
});

describe('innKind', () => {
  it('is legal for 10 digits and individual for 12', () => {
    expect(innKind('7707083893')).toBe('legal');
    expect(innKind('123456789047')).toBe('individual');
  });
});

describe('the checksum read off the digits (issue 15)', () => {
  /** The ФНС rule as written: Σ(weight × digit) mod 11 mod 10. */
  const check = (digits: number[], weights: number[]) =>
    (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11) % 10;
  const expected = (value: string) => {
    const d = Array.from(value, Number);
    const valid =
      d.length === 10
        ? check(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9]
        : check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
          check(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
    if (value.startsWith('00')) return { ok: false, code: 'INN_FORMAT' };
    return valid ? { ok: true, value } : { ok: false, code: 'INN_CHECKSUM' };
  };

  it('agrees with the rule on any 10 or 12 digits, the valid ones included', () => {
    const digits = fc.oneof(fc.stringMatching(/^\d{10}$/), fc.stringMatching(/^\d{12}$/));
    // Half of them given their right check digits, so that valid numbers are tried as often.
    const fixed = digits.map((value) => {
      const d = Array.from(value, Number);
      if (d.length === 10) return `${value.slice(0, 9)}${check(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])}`;
      const eleven = `${value.slice(0, 10)}${check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])}`;
      return `${eleven}${check(Array.from(eleven, Number), [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])}`;
    });
    fc.assert(
      fc.property(fc.oneof(digits, fixed), (value) => {
        expect(normalizeInn(value)).toEqual(expected(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
