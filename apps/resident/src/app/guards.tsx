import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useApi, useOrganization } from '../shared/app-context';
import { useSignedIn } from '../shared/session';

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

/** Screens of a signed-in resident; without a device session they open sign-in. */
export function RequireSession() {
  const signedIn = useSignedIn(useOrganization());
  const location = useLocation();
  useSyncPush(signedIn);
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

/** Sign-in, which a signed-in resident skips. */
export function SignedOutOnly() {
  const signedIn = useSignedIn(useOrganization());
  if (signedIn) return <Navigate to="/profile" replace />;
  return <Outlet />;
}
