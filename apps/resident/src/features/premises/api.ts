import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { meQueryKey } from '../../shared/me';
import type { ResidentRequestBody } from '../../shared/resident-types';

// The premises themselves come with GET /me (shared/me.ts).
// Extension point: balances per premise («Оплатить все», issue 12) and the object's image and
// brand join here once the server sends them with /me or its own route.

/** AUTH-2: a request to add a premise; it shows among the pending ones until staff decide. */
export function useRequestPremise() {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResidentRequestBody) =>
      unwrap(api.POST('/api/resident/v1/registration-requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey(organization) }),
  });
}
