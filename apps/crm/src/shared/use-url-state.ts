import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlState = {
  /** One value of the query (`?search=…`), or undefined. */
  get(name: string): string | undefined;
  /** Every value of a repeated parameter (`?objectId=a&objectId=b`). */
  getAll(name: string): string[];
  page: number;
  pageSize: number;
  /**
   * Changes parameters. A new search or another page is a new history entry (Back returns to
   * it); a filter, sort or page-size change replaces the current one, so that Back leaves the
   * list rather than undoing each click (issue 17). A change of anything but the page goes back
   * to page 1; a change that names no `cursor` drops it (issue 16: a cursor belongs to its page).
   */
  set(changes: Record<string, string | string[] | number | undefined | null>): void;
};

type Changes = Parameters<UrlState['set']>[0];

function applyChanges(previous: URLSearchParams, changes: Changes): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const [name, value] of Object.entries(changes)) {
    next.delete(name);
    const values = Array.isArray(value) ? value : value == null || value === '' ? [] : [String(value)];
    for (const v of values) next.append(name, v);
  }
  if (!('page' in changes)) next.delete('page');
  if (!('cursor' in changes)) next.delete('cursor');
  return next;
}

/** A new search, or only the page turned (by number or by cursor): what Back should return to. */
function isNavigation(previous: URLSearchParams, next: URLSearchParams): boolean {
  const names = new Set([...previous.keys(), ...next.keys()]);
  const changed = [...names].filter((n) => previous.getAll(n).join('\n') !== next.getAll(n).join('\n'));
  return (
    changed.includes('search') || (changed.length > 0 && changed.every((n) => n === 'page' || n === 'cursor'))
  );
}

/** List state kept in the URL: search, filters, sort and page are shareable and Back works. */
export function useUrlState(defaultPageSize = 20): UrlState {
  const [params, setParams] = useSearchParams();
  const set = useCallback<UrlState['set']>(
    (changes) => {
      const next = applyChanges(params, changes);
      setParams(next, { replace: !isNavigation(params, next) });
    },
    [params, setParams],
  );
  return useMemo(
    () => ({
      get: (name) => params.get(name) ?? undefined,
      getAll: (name) => params.getAll(name),
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || defaultPageSize)),
      set,
    }),
    [params, set, defaultPageSize],
  );
}
