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
        queryClient.invalidateQueries({ queryKey: ['unread-by-premise', organization] }),
      ]),
  });
}

/** APP-2: unread notifications per premise id, for the dots in «Мои помещения». */
export function useUnreadByPremise() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: ['unread-by-premise', organization],
    queryFn: async (): Promise<Map<string, number>> => {
      const page = await unwrap(
        api.GET('/api/resident/v1/notifications', { params: { query: { unreadOnly: true, pageSize: 200 } } }),
      );
      const counts = new Map<string, number>();
      for (const item of page.items) {
        if (item.premiseId) counts.set(item.premiseId, (counts.get(item.premiseId) ?? 0) + 1);
      }
      return counts;
    },
  });
}
