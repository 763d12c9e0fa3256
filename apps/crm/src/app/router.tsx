import { Spin } from 'antd';
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';

/**
 * Each screen is its own chunk, loaded when it is first opened: the login page downloads
 * only what it shows.
 */
function screen<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

export const router = createBrowserRouter([
  {
    hydrateFallbackElement: <Spin fullscreen />,
    children: [
      { path: '/login', lazy: screen(() => import('../routes/LoginRoute'), 'LoginRoute') },
      {
        lazy: screen(() => import('../routes/MainLayout'), 'MainLayout'),
        children: [
          { index: true, lazy: screen(() => import('../routes/HomeRoute'), 'HomeRoute') },
          { path: 'premises', lazy: screen(() => import('../routes/PremisesRoute'), 'PremisesRoute') },
          {
            path: 'premises/:id',
            lazy: screen(() => import('../routes/PremiseCardRoute'), 'PremiseCardRoute'),
          },
          { path: 'clients', lazy: screen(() => import('../routes/ClientsRoute'), 'ClientsRoute') },
          { path: 'clients/:id', lazy: screen(() => import('../routes/ClientCardRoute'), 'ClientCardRoute') },
          {
            path: 'registration-requests/:id',
            lazy: screen(() => import('../routes/RegistrationRequestRoute'), 'RegistrationRequestRoute'),
          },
          {
            path: 'requests',
            lazy: screen(() => import('../routes/ServiceRequestsRoute'), 'ServiceRequestsRoute'),
          },
          {
            path: 'requests/:id',
            lazy: screen(() => import('../routes/ServiceRequestRoute'), 'ServiceRequestRoute'),
          },
          { path: 'imports', lazy: screen(() => import('../routes/ImportsRoute'), 'ImportsRoute') },
          { path: 'imports/:id', lazy: screen(() => import('../routes/ImportRoute'), 'ImportRoute') },
          { path: 'monitor', lazy: screen(() => import('../routes/MonitorRoute'), 'MonitorRoute') },
          { path: 'mailings', lazy: screen(() => import('../routes/MailingsRoute'), 'MailingsRoute') },
          { path: 'mailings/:id', lazy: screen(() => import('../routes/MailingRoute'), 'MailingRoute') },
          { path: 'staff', lazy: screen(() => import('../routes/StaffRoute'), 'StaffRoute') },
          { path: 'settings', lazy: screen(() => import('../routes/SettingsRoute'), 'SettingsRoute') },
          { path: '*', lazy: screen(() => import('../routes/NotFoundRoute'), 'NotFoundRoute') },
        ],
      },
    ],
  },
]);
