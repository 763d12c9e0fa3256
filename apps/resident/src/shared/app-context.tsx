import { createContext, type ReactNode, useContext } from 'react';
import type { ResidentApi } from './api-client';

type AppContextValue = { organization: string; api: ResidentApi };

const AppContext = createContext<AppContextValue | null>(null);

export function AppContextProvider({ value, children }: { value: AppContextValue; children: ReactNode }) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppContextProvider is missing');
  return value;
}

/** The slug of the organisation the app is opened in (`/app/<slug>/`). */
export const useOrganization = () => useAppContext().organization;
/** The typed API client with this organisation's device session. */
export const useApi = () => useAppContext().api;
