import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { resizePhoto } from '../../shared/resize-photo';
import { uploadFile } from '../../shared/upload-file';
import type { OrderBody, OrderCard, OrderPage, OrderRating, OrderSort, OrderState, OrderType } from './types';

// APP-4 «Мои заказы» → «Заявки в УК». Every GET here is kept by the service worker per session
// (vite.config.ts), so the list and the cards opened before read offline too.

const ordersKey = (organization: string) => ['orders', organization] as const;
const orderKey = (organization: string, id: string | undefined) => ['order', organization, id] as const;

/** The address of a request's photo (behind the device session: shown through usePhotoSrc). */
export const orderPhotoUrl = (orderId: string, photoId: string) =>
  `/api/resident/v1/orders/${orderId}/photos/${photoId}`;

export function useOrderTypes() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: ['order-types', organization],
    staleTime: 5 * 60_000,
    queryFn: (): Promise<OrderType[]> => unwrap(api.GET('/api/resident/v1/orders/types')),
  });
}

/** Requests of a list page: enough for a phone screen several times over; «Показать ещё» adds more. */
const PAGE_SIZE = 30;

/**
 * «Активные» or «Архивные» of a premise, page by page; «По умолчанию» puts requests with changes I
 * have not seen first, «Сначала новые» / «старые» order by number.
 */
export function useOrderPages(
  premiseId: string | undefined,
  state: OrderState,
  sort: OrderSort,
  enabled = true,
) {
  const api = useApi();
  const organization = useOrganization();
  return useInfiniteQuery({
    queryKey: [...ordersKey(organization), premiseId, state, sort],
    enabled: enabled && Boolean(premiseId),
    initialPageParam: 1,
    queryFn: ({ pageParam }): Promise<OrderPage> =>
      unwrap(
        api.GET('/api/resident/v1/orders', {
          params: {
            query: { premiseId: premiseId ?? '', state, sort, page: pageParam, pageSize: PAGE_SIZE },
          },
        }),
      ),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function useOrder(id: string | undefined) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: orderKey(organization, id),
    enabled: Boolean(id),
    queryFn: (): Promise<OrderCard> =>
      unwrap(api.GET('/api/resident/v1/orders/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** A changed card lands in the cache at once; the lists ask again (status, order, unseen mark). */
function useCardSaved() {
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return (card: OrderCard) => {
    queryClient.setQueryData(orderKey(organization, card.id), card);
    return queryClient.invalidateQueries({ queryKey: ordersKey(organization) });
  };
}

/** The card was opened: its changes are seen, so it no longer goes first in «По умолчанию». */
export function useMarkSeen() {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/resident/v1/orders/{id}/seen', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersKey(organization) }),
  });
}

/** Photos go up one by one, each made small on the device first (as the profile photo). */
async function sendPhotos(organization: string, id: string, files: readonly File[]) {
  let card: OrderCard | undefined;
  for (const file of files) {
    card = await uploadFile<OrderCard>(
      organization,
      `/api/resident/v1/orders/${id}/photos`,
      'POST',
      await resizePhoto(file),
    );
  }
  return card;
}

export type NewOrder = OrderBody & { photos: File[] };

/**
 * Creates the request, then sends its photos. A photo that fails leaves the request made: the
 * error says so and the card lets the resident add it again (`created` keeps its id).
 */
export function useCreateOrder() {
  const api = useApi();
  const organization = useOrganization();
  const saved = useCardSaved();
  return useMutation({
    mutationFn: async ({ photos, ...body }: NewOrder) => {
      const card = await unwrap(api.POST('/api/resident/v1/orders', { body }));
      await saved(card);
      try {
        const withPhotos = await sendPhotos(organization, card.id, photos);
        if (withPhotos) await saved(withPhotos);
        return { card: withPhotos ?? card, photosFailed: null };
      } catch (error) {
        return { card, photosFailed: error };
      }
    },
  });
}

/** A comment with photos: the text first (when there is one), then the photos. */
export function useAddComment(id: string) {
  const api = useApi();
  const organization = useOrganization();
  const saved = useCardSaved();
  return useMutation({
    mutationFn: async ({ body, photos }: { body: string; photos: File[] }) => {
      if (body) {
        await saved(
          await unwrap(
            api.POST('/api/resident/v1/orders/{id}/comments', { params: { path: { id } }, body: { body } }),
          ),
        );
      }
      const card = await sendPhotos(organization, id, photos);
      if (card) await saved(card);
    },
  });
}

export function useRateOrder(id: string) {
  const api = useApi();
  const saved = useCardSaved();
  return useMutation({
    mutationFn: (body: OrderRating) =>
      unwrap(api.POST('/api/resident/v1/orders/{id}/rating', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}
