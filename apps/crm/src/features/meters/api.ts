import type { MeterBody, MeterPatch, MeterReplaceBody, MeterSettings, ReadingBody } from '@domovoy/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api-client';

export const meterKeys = {
  all: ['meters'] as const,
  premise: (premiseId: string) => ['meters', 'premise', premiseId] as const,
  readings: (meterId: string) => ['meters', 'readings', meterId] as const,
  settings: ['meters', 'settings'] as const,
};

/** The meters change the premise card's history and activity too. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: meterKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['premises', 'history'] }),
      // ACT-1: readings show in the «Активность» tab.
      queryClient.invalidateQueries({ queryKey: ['activity'] }),
    ]);
}

export function useMeters(premiseId: string) {
  return useQuery({
    queryKey: meterKeys.premise(premiseId),
    queryFn: () => unwrap(api.GET('/api/premises/{id}/meters', { params: { path: { id: premiseId } } })),
  });
}

/** The premise's accounts, to bill a meter on (the same query the accounts tab reads). */
export function usePremiseAccounts(premiseId: string) {
  return useQuery({
    queryKey: ['premises', 'accounts', premiseId],
    queryFn: () => unwrap(api.GET('/api/premises/{id}/accounts', { params: { path: { id: premiseId } } })),
  });
}

export function useReadings(meterId: string) {
  return useQuery({
    queryKey: meterKeys.readings(meterId),
    queryFn: () => unwrap(api.GET('/api/meters/{id}/readings', { params: { path: { id: meterId } } })),
  });
}

export function useSaveMeter(premiseId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: MeterBody | MeterPatch }) =>
      id
        ? unwrap(api.PATCH('/api/meters/{id}', { params: { path: { id } }, body }))
        : unwrap(
            api.POST('/api/premises/{id}/meters', {
              params: { path: { id: premiseId } },
              body: body as MeterBody,
            }),
          ),
    onSuccess: invalidate,
  });
}

export function useReplaceMeter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeterReplaceBody }) =>
      unwrap(api.POST('/api/meters/{id}/replace', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteMeter() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/meters/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useEnterReading() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ meterId, body }: { meterId: string; body: ReadingBody }) =>
      unwrap(api.POST('/api/meters/{id}/readings', { params: { path: { id: meterId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteReading() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/meter-readings/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useMeterSettings() {
  return useQuery({ queryKey: meterKeys.settings, queryFn: () => unwrap(api.GET('/api/settings/meters')) });
}

export function useSaveMeterSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeterSettings) => unwrap(api.PUT('/api/settings/meters', { body })),
    onSuccess: (saved) => queryClient.setQueryData(meterKeys.settings, saved),
  });
}

/** The address of a month's readings file (a plain download: the session cookie goes along). */
export function readingsExportUrl(period: string, objectId?: string) {
  const query = new URLSearchParams({ period });
  if (objectId) query.set('objectId', objectId);
  return `/api/meter-readings/export.xlsx?${query}`;
}
