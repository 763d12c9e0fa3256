import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd-mobile';
import ruRU from 'antd-mobile/es/locales/ru-RU';
import { lazy, Suspense, useMemo } from 'react';
import { ApiError, residentApi } from '../shared/api-client';
import { AppContextProvider } from '../shared/app-context';
import { applyRememberedBrandColor } from '../shared/brand-color';
import { linkManifest } from '../shared/manifest';
import { meQueryOptions } from '../shared/me';
import { forgetCachedMe } from '../shared/me-cache';
import { lastOrganization, organizationInPath, rememberOrganization } from '../shared/organization';
import { dropSession, sessionToken } from '../shared/session';
import { AppRoutes } from './router';

const ChooseOrganization = lazy(() =>
  import('./ChooseOrganization').then((m) => ({ default: m.ChooseOrganization })),
);

function createQueryClient(organization: string): QueryClient {
  // A device session that ended (signed out elsewhere, password changed, deactivated in the CRM):
  // forget it, and the guard sends the resident to sign-in.
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.code === 'RESIDENT_SESSION_REQUIRED') {
      dropSession(organization);
      void forgetCachedMe();
      queryClient.clear();
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Offline a query still asks: the service worker answers with the last copy it kept
        // (vite.config.ts), or it fails and waits for the network.
        networkMode: 'offlineFirst',
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // A refused request (4xx) will be refused again; network trouble and 5xx get one more try.
        retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
      },
    },
  });
  return queryClient;
}

function OrganizationApp({ organization }: { organization: string }) {
  const value = useMemo(() => ({ organization, api: residentApi(organization) }), [organization]);
  const queryClient = useMemo(() => {
    const client = createQueryClient(organization);
    // A signed-in device asks for /me (every signed-in screen shows it) at once, while the
    // screen's code is still loading: one round trip less on a phone network.
    if (sessionToken(organization)) void client.prefetchQuery(meQueryOptions(value.api, organization));
    return client;
  }, [organization, value.api]);
  return (
    <AppContextProvider value={value}>
      <QueryClientProvider client={queryClient}>
        <AppRoutes organization={organization} />
      </QueryClientProvider>
    </AppContextProvider>
  );
}

export function App() {
  const inPath = organizationInPath(window.location.pathname);
  if (inPath) rememberOrganization(inPath);
  const organization = inPath ?? lastOrganization();
  if (organization && !inPath) window.history.replaceState(null, '', `/app/${organization}/`);
  if (organization) {
    applyRememberedBrandColor(organization);
    linkManifest(organization);
  }
  return (
    <ConfigProvider locale={ruRU}>
      {organization ? (
        <OrganizationApp organization={organization} />
      ) : (
        <Suspense>
          <ChooseOrganization />
        </Suspense>
      )}
    </ConfigProvider>
  );
}
