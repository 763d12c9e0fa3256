import type { OrderItem } from './types';

export type LoadedList = { items: readonly OrderItem[]; hasMore: boolean };

/**
 * APP-4 «Сначала новые» / «Сначала старые»: the active and archived requests merged by number. Each
 * list comes sorted from the server, page by page; a list with pages still to load may hide
 * requests beyond its last loaded number, so the merge stops at the nearest such edge (and
 * «Показать ещё» moves it).
 */
export function mergeLoaded(lists: readonly LoadedList[], sort: 'newest' | 'oldest'): OrderItem[] {
  const newest = sort === 'newest';
  const edges = lists.flatMap((list) => {
    if (!list.hasMore || list.items.length === 0) return [];
    const numbers = list.items.map((item) => item.number);
    return [newest ? Math.min(...numbers) : Math.max(...numbers)];
  });
  const edge = edges.length === 0 ? null : newest ? Math.max(...edges) : Math.min(...edges);
  return lists
    .flatMap((list) => list.items)
    .filter((item) => edge === null || (newest ? item.number >= edge : item.number <= edge))
    .sort((a, b) => (newest ? b.number - a.number : a.number - b.number));
}
