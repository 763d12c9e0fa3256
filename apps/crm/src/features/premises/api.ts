import type {
  AccountBody,
  DocumentPatch,
  PremiseBody,
  PremiseBulkTagsBody,
  PremiseListQuery,
  PremisePatch,
} from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const premiseKeys = {
  all: ['premises'] as const,
  list: (query: PremiseListQuery) => ['premises', 'list', query] as const,
  one: (id: string) => ['premises', 'one', id] as const,
  history: (id: string) => ['premises', 'history', id] as const,
  accounts: (id: string) => ['premises', 'accounts', id] as const,
  documents: (id: string, search: string) => ['premises', 'documents', id, search] as const,
};

export function usePremises(query: PremiseListQuery) {
  return useQuery({
    queryKey: premiseKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/premises', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Issue 17: tags added or removed on the ticked premises or «все найденные». */
export function useBulkPremiseTags() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PremiseBulkTagsBody) => unwrap(api.POST('/api/premises/bulk-tags', { body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
        // A tag typed in is created: the pickers offer it from now on.
        queryClient.invalidateQueries({ queryKey: ['lookups', 'tags'] }),
      ]),
  });
}

export function usePremise(id: string) {
  return useQuery({
    queryKey: premiseKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/premises/{id}', { params: { path: { id } } })),
  });
}

export function usePremiseHistory(id: string) {
  return useQuery({
    queryKey: premiseKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/premises/{id}/history', { params: { path: { id } } })),
  });
}

export function useCreatePremise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PremiseBody) => unwrap(api.POST('/api/premises', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}

export function useUpdatePremise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PremisePatch) =>
      unwrap(api.PATCH('/api/premises/{id}', { params: { path: { id } }, body })),
    onSuccess: (premise) => {
      queryClient.setQueryData(premiseKeys.one(id), premise);
      return queryClient.invalidateQueries({ queryKey: premiseKeys.all });
    },
  });
}

export function useDeletePremise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/premises/{id}', { params: { path: { id } } })),
    // Only the lists: the open card would refetch its deleted premise and show «not found»
    // before the caller leaves it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['premises', 'list'] }),
  });
}

export function useAccounts(premiseId: string) {
  return useQuery({
    queryKey: premiseKeys.accounts(premiseId),
    queryFn: () => unwrap(api.GET('/api/premises/{id}/accounts', { params: { path: { id: premiseId } } })),
  });
}

export function useSaveAccount(premiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: AccountBody }) =>
      id
        ? unwrap(api.PATCH('/api/accounts/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/premises/{id}/accounts', { params: { path: { id: premiseId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/accounts/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}

export function useDocuments(premiseId: string, search: string) {
  return useQuery({
    queryKey: premiseKeys.documents(premiseId, search),
    queryFn: () =>
      unwrap(
        api.GET('/api/premises/{id}/documents', {
          params: { path: { id: premiseId }, query: { search: search || undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type DocumentUpload = {
  title: string;
  description?: string | null;
  date?: string | null;
  visibleToResidents?: boolean;
  file: File;
};

export function useUploadDocument(premiseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ title, description, date, visibleToResidents, file }: DocumentUpload) => {
      const form = new FormData();
      form.append('title', title);
      if (description) form.append('description', description);
      if (date) form.append('date', date);
      if (visibleToResidents) form.append('visibleToResidents', 'true');
      form.append('file', file);
      // The route reads multipart/form-data, which its OpenAPI schema does not describe.
      return unwrap(
        api.POST('/api/premises/{id}/documents', {
          params: { path: { id: premiseId } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}

export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DocumentPatch }) =>
      unwrap(api.PATCH('/api/documents/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/documents/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: premiseKeys.all }),
  });
}
