import { describe, expect, it } from 'vitest';
import { addShares, compareShares, formatShare, parseShare, type Share } from './share';

const share = (numerator: number, denominator: number): Share => ({ numerator, denominator });

describe('parseShare', () => {
  it.each([
    ['1/2', 1, 2],
    ['1/4', 1, 4],
    ['2/11', 2, 11],
    ['4/11', 4, 11],
    [' 1 / 4 ', 1, 4],
    ['2/4', 1, 2],
    ['0.5', 1, 2],
    ['0,5', 1, 2],
    ['0.25', 1, 4],
    [',5', 1, 2],
    ['50%', 1, 2],
    ['50 %', 1, 2],
    ['25%', 1, 4],
    ['100%', 1, 1],
    ['33,3%', 333, 1000],
    ['12.5%', 1, 8],
    ['½', 1, 2],
    ['¾', 3, 4],
    ['⅓', 1, 3],
    ['1/2 доли', 1, 2],
    ['1/2 ДОЛИ', 1, 2],
    ['1/4 доля', 1, 4],
    ['½ доли в праве', 1, 2],
    ['1⁄2', 1, 2],
    ['1', 1, 1],
    ['1.0', 1, 1],
    ['1/1', 1, 1],
  ])('parses %j as %i/%i', (input, numerator, denominator) => {
    expect(parseShare(input)).toEqual({ ok: true, value: { numerator, denominator } });
  });

  it('converts decimals exactly as typed (0.333 is 333/1000, not 1/3)', () => {
    expect(parseShare('0.333')).toEqual({ ok: true, value: share(333, 1000) });
    expect(parseShare('0,3333')).toEqual({ ok: true, value: share(3333, 10000) });
  });

  it('accepts a large but bounded denominator', () => {
    expect(parseShare('1/1000000000')).toEqual({ ok: true, value: share(1, 1_000_000_000) });
    expect(parseShare('0.000000001')).toEqual({ ok: true, value: share(1, 1_000_000_000) });
  });

  it('reduces before applying the denominator bound', () => {
    expect(parseShare('500000000000/1000000000000')).toEqual({ ok: true, value: share(1, 2) });
  });

  it.each([
    ['0'],
    ['0/5'],
    ['0,0'],
    ['0%'],
    ['3/2'],
    ['1.5'],
    ['2'],
    ['150%'],
    ['100.1%'],
    ['-1/2'],
    ['−0,5'],
    ['-50%'],
  ])('rejects %j as out of range', (input) => {
    expect(parseShare(input)).toEqual({ ok: false, code: 'SHARE_RANGE' });
  });

  it.each([
    [''],
    ['   '],
    ['доли'],
    ['abc'],
    ['1/0'],
    ['0/0'],
    ['1/'],
    ['/2'],
    ['1//2'],
    ['1/2/3'],
    ['0.5.5'],
    ['1.'],
    ['.'],
    ['%'],
    ['1/2%'],
    ['1½'],
    ['½½'],
    ['1e-1'],
    ['0x1'],
    ['половина'],
    ['1/1000000001'],
    ['0.0000000001'],
    [`0.${'1'.repeat(70)}`],
  ])('rejects %j as unreadable', (input) => {
    expect(parseShare(input)).toEqual({ ok: false, code: 'SHARE_FORMAT' });
  });
});

describe('addShares', () => {
  it('adds exactly and reduces', () => {
    expect(addShares(share(1, 2), share(1, 4))).toEqual(share(3, 4));
    expect(addShares(share(2, 11), share(4, 11))).toEqual(share(6, 11));
    expect(addShares(share(1, 3), share(2, 3))).toEqual(share(1, 1));
  });

  it('can exceed 1, so callers can detect over-allocated premises', () => {
    expect(addShares(share(3, 4), share(1, 2))).toEqual(share(5, 4));
  });

  it('stays exact where floating point would not (0.1 + 0.2)', () => {
    const a = parseShare('0.1');
    const b = parseShare('0.2');
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(addShares(a.value, b.value)).toEqual(share(3, 10));
  });

  it('sums a whole premises to exactly 1', () => {
    const parts = ['2/11', '4/11', '5/11'].map((s) => {
      const r = parseShare(s);
      if (!r.ok) throw new Error(s);
      return r.value;
    });
    const total = parts.reduce(addShares, share(0, 1));
    expect(total).toEqual(share(1, 1));
    expect(compareShares(total, share(1, 1))).toBe(0);
  });

  it('throws rather than lose precision with huge coprime denominators', () => {
    expect(() => addShares(share(1, 999_999_937), share(1, 999_999_929))).toThrow(RangeError);
  });
});

describe('compareShares', () => {
  it('orders shares exactly', () => {
    expect(compareShares(share(1, 2), share(1, 3))).toBe(1);
    expect(compareShares(share(1, 3), share(1, 2))).toBe(-1);
    expect(compareShares(share(1, 2), share(2, 4))).toBe(0);
    expect(compareShares(share(333, 1000), share(1, 3))).toBe(-1);
  });

  it('distinguishes shares that differ below float precision', () => {
    expect(compareShares(share(1, 999_999_999), share(1, 1_000_000_000))).toBe(1);
  });
});

describe('formatShare', () => {
  it('formats as a fraction, a whole share as "1"', () => {
    expect(formatShare(share(1, 2))).toBe('1/2');
    expect(formatShare(share(2, 11))).toBe('2/11');
    expect(formatShare(share(1, 1))).toBe('1');
  });

  it('reduces an unreduced input', () => {
    expect(formatShare(share(2, 4))).toBe('1/2');
    expect(formatShare(share(5, 5))).toBe('1');
  });

  it('round-trips with parseShare', () => {
    for (const input of ['1/2', '2/11', '333/1000', '1']) {
      const r = parseShare(input);
      expect(r.ok && formatShare(r.value)).toBe(input);
    }
  });
});
