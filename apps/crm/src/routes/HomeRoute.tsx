import { Navigate } from 'react-router';
import { useCan } from '../shared/session';
import { NoSectionsResult } from './ForbiddenResult';
import { homeSection } from './sections';

/** «/» opens the first section the role may use (premises for most), not a refusal. */
export function HomeRoute() {
  const home = homeSection(useCan());
  return home ? <Navigate to={home.key} replace /> : <NoSectionsResult />;
}
