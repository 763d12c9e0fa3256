// Issue 16: a list whose total was not counted to the end («более 10 000», «≈ 1 000 000») pages by
// the server's cursors — «Следующая» and «Предыдущая», each the cost of one page however deep —
// instead of numbered pages, whose far end would be an offset of a million rows. A list counted
// exactly keeps its numbered pages. The page and its cursor live in the URL: Back and reload work.
import type { ListTotal } from './list-total';

/** What a list answer says about its page: its number and the cursors of its neighbours. */
export type CursorPage = ListTotal & {
  page: number;
  nextCursor?: string | null;
  prevCursor?: string | null;
};

/** A page to go to: its number (shown, kept in the URL) and the cursor that opens it (none: by number). */
export type PageTarget = { page: number; cursor?: string };

/** Whether the list pages by cursor: its total is a cap or an estimate, not a count. */
export function pagesByCursor(t: ListTotal): boolean {
  return Boolean(t.totalCapped || t.totalEstimated);
}

/**
 * «Предыдущая» and «Следующая» of a page (null: there is none). Back to page 1 goes by number —
 * the same page, a plainer link.
 */
export function cursorTargets(p: CursorPage): { prev: PageTarget | null; next: PageTarget | null } {
  const prev: PageTarget | null =
    p.page <= 1
      ? null
      : p.page === 2 || !p.prevCursor
        ? { page: 1 }
        : { page: p.page - 1, cursor: p.prevCursor };
  const next: PageTarget | null = p.nextCursor ? { page: p.page + 1, cursor: p.nextCursor } : null;
  return { prev, next };
}

/** The URL parameters of a target: page 1 and a missing cursor leave the parameter out. */
export function targetParams(target: PageTarget): { page: number | undefined; cursor: string | undefined } {
  return { page: target.page > 1 ? target.page : undefined, cursor: target.cursor };
}
