import type { ImportApplyBody, ImportJob, ImportKind } from '@domovoy/contract';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';
import { isInProgress, type TemplateKind } from './import-status';

export const importKeys = {
  all: ['imports'] as const,
  list: (page: number, pageSize: number) => ['imports', 'list', page, pageSize] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  errors: (id: string, status: string, page: number, pageSize: number) =>
    ['imports', 'errors', id, status, page, pageSize] as const,
};

/** While the server reads a file, its state is asked for again every second (I-3). */
const POLL_MS = 1000;

export function useImports(page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.list(page, pageSize),
    queryFn: () => unwrap(api.GET('/api/imports', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isInProgress) ? 2 * POLL_MS : false),
  });
}

export function useImport(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: async () => {
      const job = await unwrap(api.GET('/api/imports/{id}', { params: { path: { id } } }));
      // The apply ran in the background: when it is over, the lists it changed are read again.
      const before = queryClient.getQueryData<ImportJob>(importKeys.one(id));
      if (before?.status === 'applying' && job.status !== 'applying') void invalidateChanged(queryClient);
      return job;
    },
    refetchInterval: (query) => (query.state.data && isInProgress(query.state.data) ? POLL_MS : false),
  });
}

/**
 * A page of the file's row errors and refused rows (issue 15). By state too: an apply keeps its own
 * refused rows in place of the preview's.
 */
export function useImportErrors(job: Pick<ImportJob, 'id' | 'status'>, page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.errors(job.id, job.status, page, pageSize),
    queryFn: () =>
      unwrap(
        api.GET('/api/imports/{id}/errors', { params: { path: { id: job.id }, query: { page, pageSize } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** An XML file names its objects and legal entities itself (I-2): it is sent without them. */
export type ImportUpload = { kind: ImportKind; legalEntityId?: string; objectId?: string; file: File };

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, legalEntityId, objectId, file }: ImportUpload) => {
      const form = new FormData();
      form.append('kind', kind);
      if (legalEntityId) form.append('legalEntityId', legalEntityId);
      if (objectId) form.append('objectId', objectId);
      form.append('file', file);
      // The route reads multipart/form-data, which its OpenAPI schema does not describe.
      return unwrap(
        api.POST('/api/imports', {
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.one(job.id), job);
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

/** An applied or rolled-back file changed premises, accounts and clients: their lists refetch. */
function invalidateChanged(queryClient: QueryClient) {
  return Promise.all(
    [['imports', 'list'], ['premises'], ['clients']].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

function useJobChange(id: string) {
  const queryClient = useQueryClient();
  return (job: ImportJob) => {
    queryClient.setQueryData(importKeys.one(id), job);
    return invalidateChanged(queryClient);
  };
}

/** Asks for the apply: the server answers at once («applying») and the page then polls it. */
export function useApplyImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportApplyBody) =>
      unwrap(api.POST('/api/imports/{id}/apply', { params: { path: { id } }, body })),
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.one(id), job);
      return queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

export function useRollbackImport(id: string) {
  const onSuccess = useJobChange(id);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/imports/{id}/rollback', { params: { path: { id } } })),
    onSuccess,
  });
}

/** The per-row errors report and the two templates are plain downloads (links, not fetch). */
export const importLinks = {
  errors: (id: string) => `/api/imports/${id}/errors.xlsx`,
  template: (kind: TemplateKind) => `/api/imports/templates/${kind}.xlsx`,
};
