import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { meQueryKey } from '../../shared/me';
import type { ResidentNotificationsPage } from '../../shared/resident-types';

export const notificationsQueryKey = (organization: string) => ['notifications', organization] as const;

/** APP-1: the account's notifications in this organisation, newest first (the server's order). */
export function useNotifications() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: notificationsQueryKey(organization),
    queryFn: (): Promise<ResidentNotificationsPage> =>
      unwrap(api.GET('/api/resident/v1/notifications', { params: { query: { pageSize: 100 } } })),
  });
}

/** Marks these notifications read; the profile's counter (/me) follows. */
export function useMarkRead() {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => unwrap(api.POST('/api/resident/v1/notifications/read', { body: { ids } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meQueryKey(organization) }),
        queryClient.invalidateQueries({ queryKey: ['all-premises', organization] }),
      ]),
  });
}
