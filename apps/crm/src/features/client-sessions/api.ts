import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const sessionKeys = {
  of: (clientId: string) => ['clients', 'sessions', clientId] as const,
};

/** S-1..S-3: the devices the client is signed in on, with their notification settings. */
export function useClientSessions(clientId: string) {
  return useQuery({
    queryKey: sessionKeys.of(clientId),
    queryFn: () => unwrap(api.GET('/api/clients/{id}/sessions', { params: { path: { id: clientId } } })),
  });
}

/** S-2: ends the session at once; the card's history gets the entry. */
export function useDeactivateSession(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(
        api.DELETE('/api/clients/{id}/sessions/{sessionId}', {
          params: { path: { id: clientId, sessionId } },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.of(clientId) }),
        queryClient.invalidateQueries({ queryKey: ['clients', 'history', clientId] }),
      ]),
  });
}
