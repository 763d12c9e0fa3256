import type {
  ClientBody,
  ClientBulkTagsBody,
  ClientListQuery,
  ClientPatch,
  ConvertLeadBody,
  ExternalIdBody,
  ExternalIdPatch,
  LeadListQuery,
} from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const clientKeys = {
  all: ['clients'] as const,
  list: (query: ClientListQuery) => ['clients', 'list', query] as const,
  one: (id: string) => ['clients', 'one', id] as const,
  history: (id: string) => ['clients', 'history', id] as const,
  leads: (query: LeadListQuery) => ['clients', 'leads', query] as const,
};

export function useClients(query: ClientListQuery) {
  return useQuery({
    queryKey: clientKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/clients', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Issue 17: tags added or removed on the ticked clients or «все найденные». */
export function useBulkClientTags() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientBulkTagsBody) => unwrap(api.POST('/api/clients/bulk-tags', { body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clientKeys.all }),
        // A tag typed in is created: the pickers offer it from now on.
        queryClient.invalidateQueries({ queryKey: ['lookups', 'tags'] }),
      ]),
  });
}

export function useClient(id: string) {
  return useQuery({
    queryKey: clientKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id } } })),
  });
}

export function useClientHistory(id: string) {
  return useQuery({
    queryKey: clientKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/clients/{id}/history', { params: { path: { id } } })),
  });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientBody) => unwrap(api.POST('/api/clients', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useUpdateClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientPatch) =>
      unwrap(api.PATCH('/api/clients/{id}', { params: { path: { id } }, body })),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.one(id), client);
      return queryClient.invalidateQueries({ queryKey: clientKeys.all });
    },
  });
}

/** C-7: this card (A) is replaced by the card that has the phone (B). */
export function useMergeClient(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intoClientId: string) =>
      unwrap(api.POST('/api/clients/{id}/merge', { params: { path: { id } }, body: { intoClientId } })),
    // Not this card's own query: it would refetch the merged-away card and show «not found»
    // before the caller opens the other one.
    onSuccess: (_data, intoClientId) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['clients', 'list'] }),
        queryClient.invalidateQueries({ queryKey: clientKeys.one(intoClientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.history(intoClientId) }),
        queryClient.invalidateQueries({ queryKey: ['links'] }),
      ]),
  });
}

export function useSaveExternalId(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ExternalIdBody & ExternalIdPatch }) =>
      id
        ? unwrap(api.PATCH('/api/external-ids/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/clients/{id}/external-ids', { params: { path: { id: clientId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useDeleteExternalId() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/external-ids/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useLeads(query: LeadListQuery) {
  return useQuery({
    queryKey: clientKeys.leads(query),
    queryFn: () => unwrap(api.GET('/api/leads', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useConvertLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ConvertLeadBody }) =>
      unwrap(api.POST('/api/leads/{id}/convert', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}
