import type { paths } from '@domovoy/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type MetersPath = paths['/api/resident/v1/premises/{id}/meters'];
export type PremiseMeters = Json<MetersPath['get']['responses'][200]>;
export type PremiseMeter = PremiseMeters['meters'][number];

// The reading as a Russian bill writes it, shared with the CRM and the server's messages.
export { readingText } from '@domovoy/contract';

const metersKey = (organization: string, premiseId: string | undefined) =>
  ['meters', organization, premiseId] as const;

/**
 * APP-3 «Мое помещение» → the meters in service with their last readings and the organisation's
 * window for readings (kept by the service worker per session: readable offline).
 */
export function useMeters(premiseId: string | undefined) {
  const api = useApi();
  const organization = useOrganization();
  return useQuery({
    queryKey: metersKey(organization, premiseId),
    enabled: Boolean(premiseId),
    queryFn: (): Promise<PremiseMeters> =>
      unwrap(api.GET('/api/resident/v1/premises/{id}/meters', { params: { path: { id: premiseId ?? '' } } })),
  });
}

/**
 * Readings of today; the server refuses outside the window and below the previous reading, and
 * asks for `confirmJump` when the consumption is far above the usual.
 */
export function useSubmitReading(premiseId: string) {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      meterId,
      values,
      confirmJump,
    }: {
      meterId: string;
      values: string[];
      confirmJump: boolean;
    }) =>
      unwrap(
        api.POST('/api/resident/v1/premises/{id}/meters/{meterId}/readings', {
          params: { path: { id: premiseId, meterId } },
          body: { values, ...(confirmJump ? { confirmJump } : {}) },
        }),
      ),
    onSuccess: (meters) => queryClient.setQueryData(metersKey(organization, premiseId), meters),
  });
}
