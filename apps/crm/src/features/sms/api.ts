import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

/** While a message is queued (being sent, or waiting for a retry), the page is read again. */
const POLL_MS = 3000;

export function useSmsMessages(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: ['sms-messages', page, pageSize],
    queryFn: () => unwrap(api.GET('/api/sms-messages', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: (query) =>
      query.state.data?.items.some((m) => m.status === 'queued') ? POLL_MS : false,
  });
}
