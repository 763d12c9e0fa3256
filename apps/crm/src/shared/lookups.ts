import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';

// Organisation settings that forms and filters of several sections choose from. Reading them
// is open to every staff member (docs/decisions.md, «Reads of settings»).

export const lookupKeys = {
  objects: ['lookups', 'objects'] as const,
  groups: ['lookups', 'object-groups'] as const,
  quarters: ['lookups', 'quarters'] as const,
  legalEntities: ['lookups', 'legal-entities'] as const,
};

export const useObjects = () =>
  useQuery({
    queryKey: lookupKeys.objects,
    queryFn: () => unwrap(api.GET('/api/objects')),
    staleTime: 60_000,
  });

export const useObjectGroups = () =>
  useQuery({
    queryKey: lookupKeys.groups,
    queryFn: () => unwrap(api.GET('/api/object-groups')),
    staleTime: 60_000,
  });

export const useQuarters = () =>
  useQuery({
    queryKey: lookupKeys.quarters,
    queryFn: () => unwrap(api.GET('/api/quarters')),
    staleTime: 60_000,
  });

export const useLegalEntities = () =>
  useQuery({
    queryKey: lookupKeys.legalEntities,
    queryFn: () => unwrap(api.GET('/api/legal-entities')),
    staleTime: 60_000,
  });

export function useTagOptions(search: string) {
  return useQuery({
    queryKey: ['lookups', 'tags', search],
    queryFn: () =>
      unwrap(api.GET('/api/tags', { params: { query: { search: search || undefined, limit: 50 } } })),
    staleTime: 30_000,
  });
}
