import { useOrderPages } from './api';
import { mergeLoaded } from './merge-orders';
import type { OrderItem, OrderSort, OrderState } from './types';

type Pages = ReturnType<typeof useOrderPages>;

const itemsOf = (pages: Pages) => pages.data?.pages.flatMap((page) => page.items) ?? [];

/**
 * APP-4: «По умолчанию» keeps «Активные» and «Архивные» apart (unseen changes first); «Сначала
 * новые» / «старые» drop the split — both states merged by number as far as both are loaded.
 */
export function useOrderList(premiseId: string | undefined, state: OrderState, sort: OrderSort) {
  const split = sort === 'default';
  const first = useOrderPages(premiseId, split ? state : 'active', sort);
  const second = useOrderPages(premiseId, 'archived', sort, !split);
  const lists = split ? [first] : [first, second];
  const failed = lists.find((list) => list.isError);
  const ready = lists.every((list) => list.data);

  let items: OrderItem[] | undefined;
  if (ready) {
    items =
      sort === 'default'
        ? itemsOf(first)
        : mergeLoaded(
            lists.map((list) => ({ items: itemsOf(list), hasMore: list.hasNextPage })),
            sort,
          );
  }

  const more = lists.filter((list) => list.hasNextPage);
  return {
    items,
    error: failed?.error,
    isError: Boolean(failed),
    hasMore: more.length > 0,
    loadingMore: lists.some((list) => list.isFetchingNextPage),
    loadMore: () => {
      for (const list of more) void list.fetchNextPage();
    },
  };
}
