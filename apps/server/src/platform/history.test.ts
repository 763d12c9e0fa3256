// diffFields compares plain values with === and the rest as JSON: the same answers as comparing
// every value as JSON, which it did before (issue 16).
import { describe, expect, it } from 'vitest';
import { diffFields } from './history';

const VALUES: unknown[] = [
  null,
  undefined,
  '',
  '0',
  'null',
  'a',
  'A',
  0,
  -0,
  1,
  1.5,
  '1',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  'true',
  new Date('2026-12-07T10:00:00Z'),
  '2026-12-07T10:00:00.000Z',
  ['b', 'a'],
  ['a', 'b'],
  [],
  { a: 1 },
  { a: 1, b: 2 },
];

function asJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value ?? null);
}

describe('diffFields', () => {
  it('finds a change exactly where the values differ as JSON', () => {
    for (const old of VALUES) {
      for (const next of VALUES) {
        const changes = diffFields({ field: old }, { field: next }, ['field']);
        expect(changes.length, `${String(old)} → ${String(next)}`).toBe(asJson(old) === asJson(next) ? 0 : 1);
      }
    }
  });

  it('names the changed fields with their old and new values, unchanged ones left out', () => {
    expect(
      diffFields({ a: 'x', b: 1, c: ['q', 'p'] }, { a: 'y', b: 1, c: ['p', 'q'] }, ['a', 'b', 'c']),
    ).toEqual([{ field: 'a', old: 'x', new: 'y' }]);
  });
});
