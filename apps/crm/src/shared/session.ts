import type { Grantor, Permission } from '@domovoy/contract';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

export const meQueryKey = ['auth', 'me'] as const;

/**
 * The staff member of this browser's session; `null` when nobody is logged in. Asked of
 * /api/auth/session, which answers null rather than 401: a browser logs every failed request
 * as a console error, and being logged out is no error.
 */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET('/api/auth/session')),
    staleTime: 60_000,
  });
}

/** Whether the current role has a permission: actions it may not take are hidden or disabled. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useMe();
  const permissions = new Set<string>(data?.permissions ?? []);
  return (permission) => permissions.has(permission);
}

/** The current user as one who grants (issue 10): what the server would refuse is greyed out. */
export function useGrantor(): Grantor {
  const { data } = useMe();
  return { administrator: data?.role.system ?? false, permissions: new Set(data?.permissions ?? []) };
}
