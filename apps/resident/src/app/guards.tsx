import { Navigate, Outlet, useLocation } from 'react-router';
import { useOrganization } from '../shared/app-context';
import { useSignedIn } from '../shared/session';

/** Screens of a signed-in resident; without a device session they open sign-in. */
export function RequireSession() {
  const signedIn = useSignedIn(useOrganization());
  const location = useLocation();
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}

/** Sign-in, which a signed-in resident skips. */
export function SignedOutOnly() {
  const signedIn = useSignedIn(useOrganization());
  if (signedIn) return <Navigate to="/profile" replace />;
  return <Outlet />;
}
