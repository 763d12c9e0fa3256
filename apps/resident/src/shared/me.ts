import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ResidentApi, unwrap } from './api-client';
import { useApi, useOrganization } from './app-context';
import { takeEarlyMe } from './early-me';
import type { ResidentMe } from './resident-types';
import { sessionToken } from './session';

export const meQueryKey = (organization: string) => ['me', organization] as const;

/**
 * GET /me: the account, card, premises and requests in this organisation. Offline the request
 * still goes out: the service worker answers it with the last copy it kept. The first one takes the
 * answer boot.ts asked for before the app's code had come.
 */
export const meQueryOptions = (api: ResidentApi, organization: string) =>
  queryOptions({
    queryKey: meQueryKey(organization),
    queryFn: (): Promise<ResidentMe> =>
      unwrap(
        takeEarlyMe<ResidentMe>(organization, sessionToken(organization)) ?? api.GET('/api/resident/v1/me'),
      ),
    networkMode: 'offlineFirst',
  });

export function useMe() {
  return useQuery(meQueryOptions(useApi(), useOrganization()));
}
