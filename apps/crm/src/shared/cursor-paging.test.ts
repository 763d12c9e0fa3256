import { describe, expect, it } from 'vitest';
import { cursorTargets, pagesByCursor, targetParams } from './cursor-paging';

describe('cursor paging of a list past its count (issue 16)', () => {
  it('pages by cursor only when the total is a cap or an estimate', () => {
    expect(pagesByCursor({ total: 1234 })).toBe(false);
    expect(pagesByCursor({ total: 10_000, totalCapped: true })).toBe(true);
    expect(pagesByCursor({ total: 1_000_000, totalEstimated: true })).toBe(true);
  });

  it('«Следующая» opens the next page by its cursor; the last page has none', () => {
    const page = { total: 100, totalCapped: true, page: 7, nextCursor: 'n7', prevCursor: 'p7' };
    expect(cursorTargets(page)).toEqual({ prev: { page: 6, cursor: 'p7' }, next: { page: 8, cursor: 'n7' } });
    expect(cursorTargets({ ...page, nextCursor: null }).next).toBeNull();
  });

  it('«Предыдущая» from page 2 (or without a cursor back) goes to page 1 by number; page 1 has none', () => {
    expect(cursorTargets({ total: 100, totalCapped: true, page: 2, prevCursor: 'p2' }).prev).toStrictEqual({
      page: 1,
    });
    expect(cursorTargets({ total: 100, totalCapped: true, page: 9, prevCursor: null }).prev).toEqual({
      page: 1,
    });
    expect(cursorTargets({ total: 100, totalCapped: true, page: 1, nextCursor: 'n1' }).prev).toBeNull();
  });

  it('puts the target in the URL without a page 1 or an empty cursor', () => {
    expect(targetParams({ page: 1 })).toEqual({ page: undefined, cursor: undefined });
    expect(targetParams({ page: 8, cursor: 'n7' })).toEqual({ page: 8, cursor: 'n7' });
  });
});
