import { useOrders } from './api';
import type { OrderItem, OrderSort, OrderState } from './types';

/**
 * APP-4: «По умолчанию» keeps «Активные» and «Архивные» apart (unseen changes first); «Сначала
 * новые» / «старые» drop the split — both states, merged by number (the server sorts each one).
 */
export function useOrderList(premiseId: string | undefined, state: OrderState, sort: OrderSort) {
  const split = sort === 'default';
  const first = useOrders(premiseId, split ? state : 'active', sort);
  const second = useOrders(split ? undefined : premiseId, 'archived', sort);
  const pages = split ? [first] : [first, second];
  const failed = pages.find((page) => page.isError);
  const ready = pages.every((page) => page.data);
  const items: OrderItem[] = ready ? pages.flatMap((page) => page.data?.items ?? []) : [];
  if (!split) items.sort((a, b) => (sort === 'newest' ? b.number - a.number : a.number - b.number));
  return { items: ready ? items : undefined, error: failed?.error, isError: Boolean(failed) };
}
