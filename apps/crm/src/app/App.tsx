import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { RouterProvider } from 'react-router';
import { ApiError } from '../shared/api-client';
import { DensityProvider, densityAlgorithm } from '../shared/density';
import { meQueryKey } from '../shared/session';
import { router } from './router';

dayjs.locale('ru');

// A session that ended (idle timeout, password changed elsewhere) sends the user to the login page.
const onError = (error: Error) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meQueryKey, null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      // A refused request (4xx) will be refused again; network trouble and 5xx get one more try.
      retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

export function App() {
  return (
    <DensityProvider>
      {(density) => (
        <ConfigProvider
          locale={ruRU}
          theme={{ token: { colorPrimary: '#2f54eb' }, algorithm: densityAlgorithm(density) }}
        >
          <AntApp>
            <QueryClientProvider client={queryClient}>
              <RouterProvider router={router} />
            </QueryClientProvider>
          </AntApp>
        </ConfigProvider>
      )}
    </DensityProvider>
  );
}
