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
   * Changes parameters as one new history entry (Back returns to the previous list state).
   * A change of anything but the page goes back to page 1.
   */
  set(changes: Record<string, string | string[] | number | undefined | null>): void;
};

/** List state kept in the URL: search, filters, sort and page are shareable and Back works. */
export function useUrlState(defaultPageSize = 20): UrlState {
  const [params, setParams] = useSearchParams();
  const set = useCallback<UrlState['set']>(
    (changes) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          next.delete(name);
          const values = Array.isArray(value) ? value : value == null || value === '' ? [] : [String(value)];
          for (const v of values) next.append(name, v);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      }),
    [setParams],
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
