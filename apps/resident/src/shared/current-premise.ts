// APP-2: the premise the app is switched to, remembered on this device per organisation; the
// earliest linked one until the resident picks another.

import { useCallback, useSyncExternalStore } from 'react';
import type { ResidentPremise } from './resident-types';

const key = (organization: string) => `domovoy.resident.premise.${organization}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Remembers the premise as the current one of the organisation on this device. */
export function rememberPremise(organization: string, id: string): void {
  localStorage.setItem(key(organization), id);
  for (const listener of listeners) listener();
}

export function useCurrentPremise(organization: string, premises: readonly ResidentPremise[] | undefined) {
  const chosen = useSyncExternalStore(subscribe, () => localStorage.getItem(key(organization)));
  const choose = useCallback((id: string) => rememberPremise(organization, id), [organization]);
  const current = premises?.find((p) => p.id === chosen) ?? premises?.[0];
  return { current, choose };
}
