import { type ComponentType, lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { SignInRoute } from '../routes/SignInRoute';
import { Loading } from '../shared/Loading';
import { appBasename } from '../shared/organization';
import { RequireSession, SignedOutOnly } from './guards';

/**
 * A screen loaded on its first visit (its own chunk): the first screen loads only the shell and
 * sign-in. A navigation runs in a transition, so the screen left stays until the next one's code
 * has come.
 */
function screen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const ProfileRoute = screen(() => import('../routes/ProfileRoute'), 'ProfileRoute');
const PremisesRoute = screen(() => import('../routes/PremisesRoute'), 'PremisesRoute');
const AddPremiseRoute = screen(() => import('../routes/AddPremiseRoute'), 'AddPremiseRoute');
const PremiseRoute = screen(() => import('../routes/PremiseRoute'), 'PremiseRoute');
const OrdersRoute = screen(() => import('../routes/OrdersRoute'), 'OrdersRoute');
const NewOrderRoute = screen(() => import('../routes/NewOrderRoute'), 'NewOrderRoute');
const OrderRoute = screen(() => import('../routes/OrderRoute'), 'OrderRoute');
const NotificationsRoute = screen(() => import('../routes/NotificationsRoute'), 'NotificationsRoute');
const NotificationSettingsRoute = screen(
  () => import('../routes/NotificationSettingsRoute'),
  'NotificationSettingsRoute',
);
const MyDataRoute = screen(() => import('../routes/MyDataRoute'), 'MyDataRoute');
const PasswordRoute = screen(() => import('../routes/PasswordRoute'), 'PasswordRoute');
const PeopleRoute = screen(() => import('../routes/PeopleRoute'), 'PeopleRoute');
const PeopleAllRoute = screen(() => import('../routes/PeopleAllRoute'), 'PeopleAllRoute');
const AddPersonRoute = screen(() => import('../routes/AddPersonRoute'), 'AddPersonRoute');
const PersonRoute = screen(() => import('../routes/PersonRoute'), 'PersonRoute');
const PersonPremisesRoute = screen(() => import('../routes/PersonPremisesRoute'), 'PersonPremisesRoute');
const AddChosenRoute = screen(() => import('../routes/AddChosenRoute'), 'AddChosenRoute');
const EditGuestRoute = screen(() => import('../routes/EditGuestRoute'), 'EditGuestRoute');
const AboutRoute = screen(() => import('../routes/AboutRoute'), 'AboutRoute');
const AgreementRoute = screen(() => import('../routes/AgreementRoute'), 'AgreementRoute');
const NotFoundRoute = screen(() => import('../routes/NotFoundRoute'), 'NotFoundRoute');

/**
 * The app's screens under /app/<organisation>/. Declarative routes, not a data router: the app
 * loads its data with TanStack Query, and the data router's code (loaders, actions, fetchers) was
 * ~17 KB of gzipped JS on every first screen (bench/resident-first-load.ts).
 */
export function AppRoutes({ organization }: { organization: string }) {
  return (
    <BrowserRouter basename={appBasename(organization)}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<SignedOutOnly />}>
            {/* The first screen of a new device comes with the entry: lazy, it was one more round
                trip after the entry's on a phone network. */}
            <Route path="sign-in" element={<SignInRoute />} />
          </Route>
          <Route element={<RequireSession />}>
            <Route index element={<Navigate to="/profile" replace />} />
            <Route path="profile" element={<ProfileRoute />} />
            <Route path="premises" element={<PremisesRoute />} />
            <Route path="premises/request" element={<AddPremiseRoute />} />
            <Route path="premises/:id" element={<PremiseRoute />} />
            {/* APP-4 «Мои заказы» → «Заявки в УК»: the list, a new request, a request's card. */}
            <Route path="orders" element={<OrdersRoute />} />
            <Route path="orders/new" element={<NewOrderRoute />} />
            <Route path="orders/:id" element={<OrderRoute />} />
            <Route path="notifications" element={<NotificationsRoute />} />
            {/* Issue 14, S-3: this device's notification permission and types. */}
            <Route path="notifications/settings" element={<NotificationSettingsRoute />} />
            <Route path="my-data" element={<MyDataRoute />} />
            <Route path="my-data/password" element={<PasswordRoute />} />
            {/* APP-6..APP-8 «Люди»: the premise's people (`?premise=`), «Все», a person's card and
                its premises, adding someone new or chosen, a guest edited. */}
            <Route path="people" element={<PeopleRoute />} />
            <Route path="people/all" element={<PeopleAllRoute />} />
            <Route path="people/new" element={<AddPersonRoute />} />
            <Route path="people/:clientId" element={<PersonRoute />} />
            <Route path="people/:clientId/premises" element={<PersonPremisesRoute />} />
            <Route path="people/:clientId/add" element={<AddChosenRoute />} />
            <Route path="people/:clientId/edit" element={<EditGuestRoute />} />
            <Route path="about" element={<AboutRoute />} />
            <Route path="about/agreement" element={<AgreementRoute />} />
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
