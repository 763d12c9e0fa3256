import type { ClientPremiseBody, LinkPatch, PremiseClientBody } from '@domovoy/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

// Links are shown on both cards, so every change refreshes premises and clients alike.
const invalidateAll = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['links'] }),
    queryClient.invalidateQueries({ queryKey: ['premises'] }),
    queryClient.invalidateQueries({ queryKey: ['clients'] }),
  ]);

export function usePremiseLinks(premiseId: string | undefined) {
  return useQuery({
    queryKey: ['links', 'premise', premiseId],
    queryFn: () =>
      unwrap(api.GET('/api/premises/{id}/clients', { params: { path: { id: premiseId ?? '' } } })),
    enabled: Boolean(premiseId),
  });
}

export function useClientLinks(clientId: string) {
  return useQuery({
    queryKey: ['links', 'client', clientId],
    queryFn: () => unwrap(api.GET('/api/clients/{id}/premises', { params: { path: { id: clientId } } })),
  });
}

export function useAddClientToPremise(premiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PremiseClientBody) =>
      unwrap(api.POST('/api/premises/{id}/clients', { params: { path: { id: premiseId } }, body })),
    onSuccess: () => invalidateAll(queryClient),
  });
}

export function useAddPremiseToClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientPremiseBody) =>
      unwrap(api.POST('/api/clients/{id}/premises', { params: { path: { id: clientId } }, body })),
    onSuccess: () => invalidateAll(queryClient),
  });
}

export function useUpdateLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: LinkPatch }) =>
      unwrap(api.PATCH('/api/premise-links/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAll(queryClient),
  });
}

export function useRemoveLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, withDependents }: { id: string; withDependents: boolean }) =>
      unwrap(
        api.DELETE('/api/premise-links/{id}', {
          params: { path: { id }, query: { dependents: withDependents ? 'remove' : 'refuse' } },
        }),
      ),
    onSuccess: () => invalidateAll(queryClient),
  });
}
