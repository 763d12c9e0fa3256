import { createBrowserRouter, Navigate } from 'react-router';
import { SignInRoute } from '../routes/SignInRoute';
import { appBasename } from '../shared/organization';
import { RequireSession, SignedOutOnly } from './guards';

// Every screen but sign-in is its own chunk (React.lazy through the router's `lazy`): the first
// screen loads only the shell and sign-in.
export function createAppRouter(organization: string) {
  return createBrowserRouter(
    [
      {
        element: <SignedOutOnly />,
        children: [
          // The first screen of a new device comes with the entry (3 KB): lazy, it was one more
          // round trip after the entry's on a phone network (bench/resident-first-load.ts).
          { path: 'sign-in', Component: SignInRoute },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Navigate to="/profile" replace /> },
          {
            path: 'profile',
            lazy: () => import('../routes/ProfileRoute').then((m) => ({ Component: m.ProfileRoute })),
          },
          {
            path: 'premises',
            lazy: () => import('../routes/PremisesRoute').then((m) => ({ Component: m.PremisesRoute })),
          },
          {
            path: 'premises/request',
            lazy: () => import('../routes/AddPremiseRoute').then((m) => ({ Component: m.AddPremiseRoute })),
          },
          {
            path: 'premises/:id',
            lazy: () => import('../routes/PremiseRoute').then((m) => ({ Component: m.PremiseRoute })),
          },
          // APP-4 «Мои заказы» → «Заявки в УК»: the list, a new request, a request's card.
          {
            path: 'orders',
            lazy: () => import('../routes/OrdersRoute').then((m) => ({ Component: m.OrdersRoute })),
          },
          {
            path: 'orders/new',
            lazy: () => import('../routes/NewOrderRoute').then((m) => ({ Component: m.NewOrderRoute })),
          },
          {
            path: 'orders/:id',
            lazy: () => import('../routes/OrderRoute').then((m) => ({ Component: m.OrderRoute })),
          },
          {
            path: 'notifications',
            lazy: () =>
              import('../routes/NotificationsRoute').then((m) => ({ Component: m.NotificationsRoute })),
          },
          {
            // Issue 14, S-3: this device's notification permission and types.
            path: 'notifications/settings',
            lazy: () =>
              import('../routes/NotificationSettingsRoute').then((m) => ({
                Component: m.NotificationSettingsRoute,
              })),
          },
          {
            path: 'my-data',
            lazy: () => import('../routes/MyDataRoute').then((m) => ({ Component: m.MyDataRoute })),
          },
          {
            path: 'my-data/password',
            lazy: () => import('../routes/PasswordRoute').then((m) => ({ Component: m.PasswordRoute })),
          },
          // APP-6..APP-8 «Люди»: the premise's people (`?premise=`), «Все», a person's card and
          // its premises, adding someone new or chosen, a guest edited.
          {
            path: 'people',
            lazy: () => import('../routes/PeopleRoute').then((m) => ({ Component: m.PeopleRoute })),
          },
          {
            path: 'people/all',
            lazy: () => import('../routes/PeopleAllRoute').then((m) => ({ Component: m.PeopleAllRoute })),
          },
          {
            path: 'people/new',
            lazy: () => import('../routes/AddPersonRoute').then((m) => ({ Component: m.AddPersonRoute })),
          },
          {
            path: 'people/:clientId',
            lazy: () => import('../routes/PersonRoute').then((m) => ({ Component: m.PersonRoute })),
          },
          {
            path: 'people/:clientId/premises',
            lazy: () =>
              import('../routes/PersonPremisesRoute').then((m) => ({ Component: m.PersonPremisesRoute })),
          },
          {
            path: 'people/:clientId/add',
            lazy: () => import('../routes/AddChosenRoute').then((m) => ({ Component: m.AddChosenRoute })),
          },
          {
            path: 'people/:clientId/edit',
            lazy: () => import('../routes/EditGuestRoute').then((m) => ({ Component: m.EditGuestRoute })),
          },
          {
            path: 'about',
            lazy: () => import('../routes/AboutRoute').then((m) => ({ Component: m.AboutRoute })),
          },
          {
            path: 'about/agreement',
            lazy: () => import('../routes/AgreementRoute').then((m) => ({ Component: m.AgreementRoute })),
          },
        ],
      },
      {
        path: '*',
        lazy: () => import('../routes/NotFoundRoute').then((m) => ({ Component: m.NotFoundRoute })),
      },
    ],
    { basename: appBasename(organization) },
  );
}
