import type {
  RequestTypePatch,
  ServiceRequestBody,
  ServiceRequestCommentBody,
  ServiceRequestExportQuery,
  ServiceRequestListQuery,
  ServiceRequestPatch,
  ServiceRequestStatusBody,
} from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const serviceRequestKeys = {
  all: ['service-requests'] as const,
  list: (query: ServiceRequestListQuery) => ['service-requests', 'list', query] as const,
  one: (id: string) => ['service-requests', 'one', id] as const,
  history: (id: string) => ['service-requests', 'history', id] as const,
  assignees: ['service-requests', 'assignees'] as const,
  types: (archived: boolean) => ['request-types', archived] as const,
};

export function useServiceRequests(query: ServiceRequestListQuery) {
  return useQuery({
    queryKey: serviceRequestKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/service-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: string) {
  return useQuery({
    queryKey: serviceRequestKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/service-requests/{id}', { params: { path: { id } } })),
  });
}

export function useServiceRequestHistory(id: string) {
  return useQuery({
    queryKey: serviceRequestKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/service-requests/{id}/history', { params: { path: { id } } })),
  });
}

export function useAssignees() {
  return useQuery({
    queryKey: serviceRequestKeys.assignees,
    queryFn: () => unwrap(api.GET('/api/service-requests/assignees')),
    staleTime: 60_000,
  });
}

export function useRequestTypes(archived = false) {
  return useQuery({
    queryKey: serviceRequestKeys.types(archived),
    queryFn: () => unwrap(api.GET('/api/request-types', { params: { query: { archived } } })),
    staleTime: 60_000,
  });
}

function useInvalidating<T, R>(call: (body: T) => Promise<R>, keys: readonly (readonly string[])[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export const useCreateServiceRequest = () =>
  useInvalidating(
    (body: ServiceRequestBody) => unwrap(api.POST('/api/service-requests', { body })),
    [serviceRequestKeys.all],
  );

export const useUpdateServiceRequest = (id: string) =>
  useInvalidating(
    (body: ServiceRequestPatch) =>
      unwrap(api.PATCH('/api/service-requests/{id}', { params: { path: { id } }, body })),
    [serviceRequestKeys.all],
  );

export const useChangeStatus = (id: string) =>
  useInvalidating(
    (body: ServiceRequestStatusBody) =>
      unwrap(api.POST('/api/service-requests/{id}/status', { params: { path: { id } }, body })),
    [serviceRequestKeys.all],
  );

export const useCommentServiceRequest = (id: string) =>
  useInvalidating(
    (body: ServiceRequestCommentBody) =>
      unwrap(api.POST('/api/service-requests/{id}/comments', { params: { path: { id } }, body })),
    [serviceRequestKeys.all],
  );

export const useAddPhoto = (id: string) =>
  useInvalidating(
    (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        api.POST('/api/service-requests/{id}/photos', {
          params: { path: { id } },
          // multipart: the browser sets the boundary.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    [serviceRequestKeys.all],
  );

export const useCreateRequestType = () =>
  useInvalidating(
    (name: string) => unwrap(api.POST('/api/request-types', { body: { name } })),
    [['request-types']],
  );

export const useUpdateRequestType = () =>
  useInvalidating(
    ({ id, patch }: { id: string; patch: RequestTypePatch }) =>
      unwrap(api.PATCH('/api/request-types/{id}', { params: { path: { id } }, body: patch })),
    [['request-types']],
  );

export const useReorderRequestTypes = () =>
  useInvalidating(
    (ids: string[]) => unwrap(api.PUT('/api/request-types/order', { body: { ids } })),
    [['request-types']],
  );

/** The address of the filtered list's .xlsx (a plain download: the session cookie goes along). */
export function serviceRequestsExportUrl(query: ServiceRequestExportQuery) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    for (const v of Array.isArray(value) ? value : [value])
      if (v !== undefined && v !== '') params.append(name, v);
  return `/api/service-requests/export.xlsx?${params}`;
}
