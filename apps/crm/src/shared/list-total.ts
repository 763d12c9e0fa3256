// Issue 16: a list's total as the server counted it — exact, the cap («более 10 000») or the
// planner's estimate of the whole list («≈ 1 000 000») — said honestly wherever the CRM shows it.
import { type Noun, plural } from './BulkActions';

export type ListTotal = { total: number; totalCapped?: boolean; totalEstimated?: boolean };

/** Two significant digits, as an estimate deserves: 1 000 342 → 1 000 000, 23 456 → 23 000. */
export function roughly(n: number): number {
  if (n < 100) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/** «1 234», «более 10 000», «≈ 1 000 000». */
export function totalText(t: ListTotal): string {
  if (t.totalCapped) return `более ${t.total.toLocaleString('ru-RU')}`;
  if (t.totalEstimated) return `≈ ${roughly(t.total).toLocaleString('ru-RU')}`;
  return t.total.toLocaleString('ru-RU');
}

/** «1 234 помещения», «более 10 000 помещений», «≈ 1 000 000 помещений». */
export function totalWithNoun(t: ListTotal, noun: Noun): string {
  if (t.totalCapped) return `более ${plural(t.total, noun)}`;
  if (t.totalEstimated) return `≈ ${plural(roughly(t.total), noun)}`;
  return plural(t.total, noun);
}

/** How deep the pages offered of an estimated list go at first (the server's default cap). */
const OFFERED_ROWS = 10_000;

/**
 * A table's pagination over such a total: «Всего: …» as counted, and past a capped count one page
 * more, so that the list pages on (the server then counts on to the next step). An estimated
 * million offers its first 10,000 rows and then a page more at a time: a jump to its far end would
 * be an offset of a million rows, which no clerk pages through anyway.
 */
export function listPagination(t: ListTotal, current: number, pageSize: number) {
  const offered = t.totalEstimated
    ? Math.min(t.total, Math.max(OFFERED_ROWS, current * pageSize) + pageSize)
    : t.total;
  return {
    current,
    pageSize,
    total: t.totalCapped ? t.total + pageSize : offered,
    showSizeChanger: true,
    showTotal: () => `Всего: ${totalText(t)}`,
  };
}

/** A list answer's page: its number, size and the rows it holds, with the list's total. */
export type ListPageRows = ListTotal & { page: number; pageSize: number; items: readonly unknown[] };

/**
 * Issue 17: which part of the list a page is, said on paper (print.css hides the pager): «Строки
 * 21–40 из 1 234», «Строки 10 001–10 020 из более 10 000»; null for an empty page.
 */
export function pageRowsText(p: ListPageRows): string | null {
  if (p.items.length === 0) return null;
  const first = (p.page - 1) * p.pageSize + 1;
  const last = first + p.items.length - 1;
  const n = (value: number) => value.toLocaleString('ru-RU');
  const rows = first === last ? `Строка ${n(first)}` : `Строки ${n(first)}–${n(last)}`;
  return `${rows} из ${totalText(p)}`;
}
