import { describe, expect, it } from 'vitest';
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
