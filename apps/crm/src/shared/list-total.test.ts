import { describe, expect, it } from 'vitest';
import { listPagination, pageRowsText, roughly, totalText, totalWithNoun } from './list-total';

const nbsp = (s: string) => s.replaceAll('\u00a0', ' ');
const PREMISES = ['помещение', 'помещения', 'помещений'] as const;

describe('list totals (issue 16)', () => {
  it('says an exact count as it is, a capped one as «более», an estimate as «≈» rounded', () => {
    expect(nbsp(totalText({ total: 1234 }))).toBe('1 234');
    expect(nbsp(totalText({ total: 10_000, totalCapped: true }))).toBe('более 10 000');
    expect(nbsp(totalText({ total: 1_000_342, totalEstimated: true }))).toBe('≈ 1 000 000');
    expect(nbsp(totalText({ total: 23_456, totalEstimated: true }))).toBe('≈ 23 000');
  });

  it('counts with the noun the same way', () => {
    expect(nbsp(totalWithNoun({ total: 3 }, PREMISES))).toBe('3 помещения');
    expect(nbsp(totalWithNoun({ total: 10_000, totalCapped: true }, PREMISES))).toBe(
      'более 10 000 помещений',
    );
    expect(nbsp(totalWithNoun({ total: 998_765, totalEstimated: true }, PREMISES))).toBe(
      '≈ 1 000 000 помещений',
    );
  });

  it('rounds an estimate to two significant digits', () => {
    expect([roughly(42), roughly(149), roughly(151), roughly(987_654)]).toEqual([42, 150, 150, 990_000]);
  });

  it('pages past a capped count by one more page, an estimate 10,000 rows deep at first; shows the total as counted', () => {
    const capped = listPagination({ total: 10_000, totalCapped: true }, 500, 20);
    expect(capped.total).toBe(10_020);
    expect(nbsp(capped.showTotal())).toBe('Всего: более 10 000');
    // An estimated million: the first 10,000 rows and a page more are offered, then page by page.
    const estimated = listPagination({ total: 1_000_342, totalEstimated: true }, 1, 20);
    expect(estimated.total).toBe(10_020);
    expect(listPagination({ total: 1_000_342, totalEstimated: true }, 501, 20).total).toBe(10_040);
    expect(nbsp(estimated.showTotal())).toBe('Всего: ≈ 1 000 000');
    expect(nbsp(listPagination({ total: 57 }, 1, 20).showTotal())).toBe('Всего: 57');
  });

  it('says on paper which rows of the list a page holds (issue 17)', () => {
    const rows = (n: number) => Array.from({ length: n });
    const text = (p: Parameters<typeof pageRowsText>[0]) => nbsp(pageRowsText(p) ?? '');
    expect(text({ total: 1234, page: 2, pageSize: 20, items: rows(20) })).toBe('Строки 21–40 из 1 234');
    expect(text({ total: 1234, page: 62, pageSize: 20, items: rows(14) })).toBe(
      'Строки 1 221–1 234 из 1 234',
    );
    expect(text({ total: 10_000, totalCapped: true, page: 501, pageSize: 20, items: rows(20) })).toBe(
      'Строки 10 001–10 020 из более 10 000',
    );
    expect(text({ total: 1_000_342, totalEstimated: true, page: 1, pageSize: 50, items: rows(50) })).toBe(
      'Строки 1–50 из ≈ 1 000 000',
    );
    expect(text({ total: 3, page: 3, pageSize: 1, items: rows(1) })).toBe('Строка 3 из 3');
    expect(pageRowsText({ total: 0, page: 1, pageSize: 20, items: [] })).toBeNull();
  });
});
