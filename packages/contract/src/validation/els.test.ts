import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATIN_CAPITAL_LOOKALIKES } from '../text/lookalikes';
import { normalizeEls } from './els';

describe('normalizeEls', () => {
  it('accepts the reference example', () => {
    expect(normalizeEls('75ДА533315')).toEqual({ ok: true, value: '75ДА533315' });
  });

  it('repairs a Latin look-alike (75ДA533315 → 75ДА533315)', () => {
    expect(normalizeEls('75ДA533315')).toEqual({ ok: true, value: '75ДА533315' });
  });

  it('maps every Latin look-alike letter to Cyrillic', () => {
    const pairs: [string, string][] = [
      ['AB', 'АВ'],
      ['CE', 'СЕ'],
      ['HK', 'НК'],
      ['MO', 'МО'],
      ['PT', 'РТ'],
      ['XY', 'ХУ'],
    ];
    for (const [latin, cyrillic] of pairs) {
      expect(normalizeEls(`12${latin}345678`)).toEqual({ ok: true, value: `12${cyrillic}345678` });
    }
  });

  it('upper-cases Cyrillic and Latin lower-case letters', () => {
    expect(normalizeEls('75да533315')).toEqual({ ok: true, value: '75ДА533315' });
    expect(normalizeEls('75дa533315')).toEqual({ ok: true, value: '75ДА533315' });
  });

  it('strips spaces', () => {
    expect(normalizeEls(' 75 ДА 533 315 ')).toEqual({ ok: true, value: '75ДА533315' });
  });

  it('accepts Ё', () => {
    expect(normalizeEls('75ЁЖ533315')).toEqual({ ok: true, value: '75ЁЖ533315' });
  });

  it.each([
    ['75DA533315', 'Latin D has no Cyrillic look-alike'],
    ['75ДА53331', '9 chars'],
    ['75ДА5333150', '11 chars'],
    ['7406070809', 'all digits'],
    ['75ДА53331O', 'look-alikes are repaired only in positions 3–4'],
    ['75ДА533315-01', 'an ИЖКУ is not an ЕЛС'],
    ['ДА75533315', 'letters in the wrong place'],
    ['', 'empty'],
  ])('rejects %j (%s)', (els) => {
    expect(normalizeEls(els)).toEqual({ ok: false, code: 'ELS_FORMAT' });
  });
});

describe('the look-alikes folded in place (issue 15)', () => {
  /** The rule as first written: code points, the third and fourth folded. */
  const expected = (input: string) => {
    const folds: Record<string, string> = { ...LATIN_CAPITAL_LOOKALIKES, Y: 'У' };
    const chars = Array.from(input.replace(/\s/g, '').toUpperCase());
    for (const i of [2, 3]) {
      const ch = chars[i];
      if (ch !== undefined) chars[i] = folds[ch] ?? ch;
    }
    const value = chars.join('');
    return /^\d{2}[А-ЯЁ]{2}\d{6}$/.test(value) ? { ok: true, value } : { ok: false, code: 'ELS_FORMAT' };
  };

  it('agrees with it on any text near the shape', () => {
    const char = fc.constantFrom(
      '7',
      '5',
      '0',
      'Д',
      'а',
      'ё',
      'A',
      'y',
      'Y',
      'b',
      'Щ',
      ' ',
      '\u00a0',
      '😀',
      'ß',
    );
    const near = fc.array(char, { minLength: 8, maxLength: 12 }).map((c) => c.join(''));
    const shaped = fc
      .tuple(
        fc.stringMatching(/^\d{2}$/),
        fc.array(char, { minLength: 2, maxLength: 2 }),
        fc.stringMatching(/^\d{6}$/),
      )
      .map(([a, b, c]) => `${a}${b.join('')}${c}`);
    fc.assert(
      fc.property(fc.oneof(near, shaped), (input) => {
        expect(normalizeEls(input)).toEqual(expected(input));
      }),
      { numRuns: 20_000 },
    );
  });
});
