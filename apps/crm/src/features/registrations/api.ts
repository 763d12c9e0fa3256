import type { ApproveBody, RequestListQuery } from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const requestKeys = {
  all: ['registration-requests'] as const,
  list: (query: RequestListQuery) => ['registration-requests', 'list', query] as const,
  one: (id: string) => ['registration-requests', 'one', id] as const,
  history: (id: string) => ['registration-requests', 'history', id] as const,
  counters: ['registration-requests', 'counters'] as const,
};

/** How often the menu's counters ask without being told: a new request shows within this time. */
export const COUNTERS_REFRESH_MS = 30_000;

/**
 * The menu's counters of new requests and leads (AUTH-2): they refresh by themselves, every
 * 30 s and whenever the window is shown again; approving or rejecting refreshes them at once.
 */
export function useClientCounters() {
  return useQuery({
    queryKey: requestKeys.counters,
    queryFn: () => unwrap(api.GET('/api/registration-requests/counters')),
    refetchInterval: COUNTERS_REFRESH_MS,
    refetchOnWindowFocus: 'always',
  });
}

export function useRequests(query: RequestListQuery) {
  return useQuery({
    queryKey: requestKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/registration-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/registration-requests/{id}', { params: { path: { id } } })),
  });
}

export function useRequestHistory(id: string) {
  return useQuery({
    queryKey: requestKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/registration-requests/{id}/history', { params: { path: { id } } })),
  });
}

/** The owners a new link may depend on (L-2), from the premise the request is approved into. */
export function usePremiseOwners(premiseId: string | undefined) {
  return useQuery({
    queryKey: ['links', 'premise', premiseId],
    queryFn: () =>
      unwrap(api.GET('/api/premises/{id}/clients', { params: { path: { id: premiseId ?? '' } } })),
    enabled: Boolean(premiseId),
  });
}

function useRequestMutation<T>(id: string, call: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: requestKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['clients'] }),
        queryClient.invalidateQueries({ queryKey: ['links'] }),
        queryClient.invalidateQueries({ queryKey: requestKeys.one(id) }),
      ]),
  });
}

export const useApproveRequest = (id: string) =>
  useRequestMutation(id, (body: ApproveBody) =>
    unwrap(api.POST('/api/registration-requests/{id}/approve', { params: { path: { id } }, body })),
  );

export const useRejectRequest = (id: string) =>
  useRequestMutation(id, (reason: string) =>
    unwrap(
      api.POST('/api/registration-requests/{id}/reject', { params: { path: { id } }, body: { reason } }),
    ),
  );

export const useCommentRequest = (id: string) =>
  useRequestMutation(id, (text: string) =>
    unwrap(
      api.POST('/api/registration-requests/{id}/comments', { params: { path: { id } }, body: { text } }),
    ),
  );
