import { createBrowserRouter, Navigate } from 'react-router';
import { ClientCardRoute } from '../routes/ClientCardRoute';
import { ClientsRoute } from '../routes/ClientsRoute';
import { ImportRoute } from '../routes/ImportRoute';
import { ImportsRoute } from '../routes/ImportsRoute';
import { LoginRoute } from '../routes/LoginRoute';
import { MainLayout } from '../routes/MainLayout';
import { NotFoundRoute } from '../routes/NotFoundRoute';
import { PremiseCardRoute } from '../routes/PremiseCardRoute';
import { PremisesRoute } from '../routes/PremisesRoute';
import { RegistrationRequestRoute } from '../routes/RegistrationRequestRoute';
import { SettingsRoute } from '../routes/SettingsRoute';
import { StaffRoute } from '../routes/StaffRoute';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute /> },
  {
    element: <MainLayout />,
    children: [
      { index: true, element: <Navigate to="/premises" replace /> },
      { path: 'premises', element: <PremisesRoute /> },
      { path: 'premises/:id', element: <PremiseCardRoute /> },
      { path: 'clients', element: <ClientsRoute /> },
      { path: 'clients/:id', element: <ClientCardRoute /> },
      { path: 'registration-requests/:id', element: <RegistrationRequestRoute /> },
      { path: 'imports', element: <ImportsRoute /> },
      { path: 'imports/:id', element: <ImportRoute /> },
      { path: 'staff', element: <StaffRoute /> },
      { path: 'settings', element: <SettingsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
