import type { ActivityPage, CallBody, ClientActivityQuery, PremiseActivityQuery } from '@domovoy/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

/** Whose «Активность»: a premise card's or a client card's. */
export type ActivityOwner = { kind: 'premise' | 'client'; id: string };

export type ActivityFilters = Omit<PremiseActivityQuery & ClientActivityQuery, 'cursor' | 'limit'>;

export const activityKeys = {
  all: ['activity'] as const,
  feed: (owner: ActivityOwner, filters: ActivityFilters) => ['activity', 'feed', owner, filters] as const,
  counters: (owner: ActivityOwner) => ['activity', 'counters', owner] as const,
};

const PAGE = 20;

/** ACT-1: the feed, a page at a time by cursor («Загрузить ещё»). */
export function useActivityFeed(owner: ActivityOwner, filters: ActivityFilters) {
  return useInfiniteQuery({
    queryKey: activityKeys.feed(owner, filters),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: ActivityPage) => page.nextCursor ?? undefined,
    queryFn: ({ pageParam }): Promise<ActivityPage> => {
      const path = { id: owner.id };
      if (owner.kind === 'premise') {
        const { premiseId: _premiseId, ...query } = filters;
        return unwrap(
          api.GET('/api/premises/{id}/activity', {
            params: { path, query: { ...query, cursor: pageParam, limit: PAGE } },
          }),
        );
      }
      const { clientId: _clientId, ...query } = filters;
      return unwrap(
        api.GET('/api/clients/{id}/activity', {
          params: { path, query: { ...query, cursor: pageParam, limit: PAGE } },
        }),
      );
    },
  });
}

/** ACT-3: open and all requests, beside the tab's name. */
export function useActivityCounters(owner: ActivityOwner, enabled = true) {
  return useQuery({
    queryKey: activityKeys.counters(owner),
    enabled,
    queryFn: () =>
      owner.kind === 'premise'
        ? unwrap(api.GET('/api/premises/{id}/activity/counters', { params: { path: { id: owner.id } } }))
        : unwrap(api.GET('/api/clients/{id}/activity/counters', { params: { path: { id: owner.id } } })),
  });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallBody) => unwrap(api.POST('/api/activity/calls', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  });
}
