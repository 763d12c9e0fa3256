import type { MonitorQuery, MonitorSettingsBody } from '@domovoy/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const monitorKeys = {
  all: ['monitor'] as const,
  report: (query: MonitorQuery) => ['monitor', 'report', query] as const,
  settings: ['monitor', 'settings'] as const,
};

/** While the figures are recomputed after a new minimum version, they are read again. */
const POLL_MS = 3000;

/** M-3: the monitor's points and total for a period, by day or by week. */
export function useMonitor(query: MonitorQuery) {
  return useQuery({
    queryKey: monitorKeys.report(query),
    queryFn: () => unwrap(api.GET('/api/monitor', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.recomputing ? POLL_MS : false),
  });
}

export function useMonitorSettings() {
  return useQuery({
    queryKey: monitorKeys.settings,
    queryFn: () => unwrap(api.GET('/api/settings/monitor')),
  });
}

export function useSaveMonitorSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MonitorSettingsBody) => unwrap(api.PUT('/api/settings/monitor', { body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(monitorKeys.settings, saved);
      await queryClient.invalidateQueries({ queryKey: [...monitorKeys.all, 'report'] });
    },
  });
}
