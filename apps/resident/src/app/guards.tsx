import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useApi, useOrganization } from '../shared/app-context';
import { meQueryKey } from '../shared/me';
import { sessionToken, subscribeSession } from '../shared/session';

/**
 * Issue 14, S-3: once signed in, the device's notification settings and push subscription are
 * brought up to date (the OS permission may have changed in the phone's settings). Loaded after
 * the screen, not with the first screen's code.
 */
function useSyncPush(signedIn: boolean) {
  const api = useApi();
  const organization = useOrganization();
  useEffect(() => {
    if (!signedIn) return;
    void import('../features/push/api')
      .then((push) => push.syncPush(api, organization))
      .catch(() => undefined); // offline or refused: the next start tries again
  }, [signedIn, api, organization]);
}

/**
 * A tapped push opens its screen with `?read=<notification>` (public/push-sw.js): the notification
 * is marked read, as opening it in «Уведомления» would, and the parameter leaves the address.
 */
function useReadFromPush(signedIn: boolean) {
  const api = useApi();
  const organization = useOrganization();
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const read = new URLSearchParams(location.search).get('read');
  useEffect(() => {
    if (!signedIn || !read) return;
    const rest = new URLSearchParams(location.search);
    rest.delete('read');
    const query = rest.toString();
    navigate({ pathname: location.pathname, search: query ? `?${query}` : '' }, { replace: true });
    void api
      .POST('/api/resident/v1/notifications/read', { body: { ids: [read] } })
      .then(() => queryClient.invalidateQueries({ queryKey: meQueryKey(organization) }))
      .catch(() => undefined); // offline: it stays unread, as an unopened one does
  }, [signedIn, read, location.pathname, location.search, navigate, api, queryClient, organization]);
}

/** Whether this device holds a session in the organisation; re-renders when it changes. */
function useSignedIn(organization: string): boolean {
  return useSyncExternalStore(subscribeSession, () => sessionToken(organization) !== null);
}

/** Screens of a signed-in resident; without a device session they open sign-in. */
export function RequireSession() {
  const signedIn = useSignedIn(useOrganization());
  const location = useLocation();
  useSyncPush(signedIn);
  useReadFromPush(signedIn);
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

/** Sign-in, which a signed-in resident skips. */
export function SignedOutOnly() {
  const signedIn = useSignedIn(useOrganization());
  if (signedIn) return <Navigate to="/profile" replace />;
  return <Outlet />;
}
