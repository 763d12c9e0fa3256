import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes an input once and gives the same answer after', () => {
    const seen: string[] = [];
    const upper = boundedMemo((s) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps at most its number of entries, and no long input', () => {
    const seen: string[] = [];
    const same = boundedMemo(
      (s) => {
        seen.push(s);
        return s;
      },
      2,
      3,
    );
    for (const s of ['a', 'b', 'c', 'a', 'long', 'long']) same(s);
    // 'c' filled it past two: emptied, so 'a' is computed again; 'long' is never kept.
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'long', 'long']);
  });
});
