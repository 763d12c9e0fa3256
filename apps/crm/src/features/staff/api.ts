import type { RoleBody, StaffBody, StaffPatch } from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';
import { meQueryKey } from '../../shared/session';

export function useRoles() {
  return useQuery({ queryKey: ['roles'], queryFn: () => unwrap(api.GET('/api/roles')) });
}

export function usePermissionCatalogue() {
  return useQuery({
    queryKey: ['permissions'],
    queryFn: () => unwrap(api.GET('/api/permissions')),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: RoleBody }) =>
      id
        ? unwrap(api.PATCH('/api/roles/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/roles', { body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['roles'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/roles/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['roles'] }),
  });
}

export function useStaffList(search: string, page: number) {
  return useQuery({
    queryKey: ['staff', search, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff', { params: { query: { search: search || undefined, page, pageSize: 20 } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSaveStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: StaffBody | StaffPatch }) =>
      id
        ? unwrap(api.PATCH('/api/staff/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/staff', { body: body as StaffBody })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff'] }),
        queryClient.invalidateQueries({ queryKey: ['roles'] }),
      ]),
  });
}
