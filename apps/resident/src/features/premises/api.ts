import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { meQueryKey } from '../../shared/me';
import type {
  ResidentAllPremises,
  ResidentPayments,
  ResidentPremiseCard,
  ResidentRequestBody,
} from '../../shared/resident-types';
import { sessionToken } from '../../shared/session';

// The premises themselves (with their brands) come with GET /me (shared/me.ts); a premise's card
// (APP-3) and the sums due («Оплатить все», APP-2) have their own routes.

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

/** APP-3 «Мое помещение»: address, accounts with sums due, areas, meters, insurance, documents. */
export function usePremiseCard(id: string | undefined) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: ['premise', organization, id],
    enabled: Boolean(id),
    queryFn: (): Promise<ResidentPremiseCard> =>
      unwrap(api.GET('/api/resident/v1/premises/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** APP-2 «Оплатить все»: the sums due per premise, with the legal entities' payment pages. */
export function usePayments() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: ['payments', organization],
    queryFn: (): Promise<ResidentPayments> => unwrap(api.GET('/api/resident/v1/payments')),
  });
}

/**
 * T-3, APP-2 «Мои помещения»: the premises of every organisation where the account has a card,
 * this one first, each with its brand, sum due and unread notifications.
 */
export function useAllPremises() {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: ['all-premises', organization],
    queryFn: (): Promise<ResidentAllPremises> => unwrap(api.GET('/api/resident/v1/me/premises')),
  });
}

/**
 * A document of the premise, opened in the browser: the file needs the device session's token,
 * so it is fetched here and shown from a blob address in a window opened at the tap (so no popup
 * blocker stops it).
 */
export async function openDocument(organization: string, fileUrl: string): Promise<void> {
  const win = window.open('', '_blank');
  try {
    const token = sessionToken(organization);
    const response = await fetch(fileUrl, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) throw new Error(`document: ${response.status}`);
    const url = URL.createObjectURL(await response.blob());
    if (win) win.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    win?.close();
    throw error;
  }
}
