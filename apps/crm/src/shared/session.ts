import type { Permission } from '@domovoy/contract';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from './api-client';

export const meQueryKey = ['auth', 'me'] as const;

/** The staff member of this browser's session; `null` when nobody is logged in. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/auth/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Whether the current role has a permission: actions it may not take are hidden or disabled. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  const permissions = new Set<string>(data?.permissions ?? []);
  return (permission) => permissions.has(permission);
}
