import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

/** Issue 17: the header search; nothing is asked until something is typed. */
export function useGlobalSearch(q: string) {
  return useQuery({
    queryKey: ['search', q] as const,
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })),
    enabled: q.length > 0,
    // The previous answer stays while the next one loads: the list does not blink at each key.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
