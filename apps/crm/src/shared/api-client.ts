import { createApiClient } from '@domovoy/api-client';

// Both apps read answers the same way (packages/api-client): the data, or an ApiError.
export { ApiError, unwrap } from '@domovoy/api-client';

/** The one client of the CRM: same origin, the httpOnly session cookie authenticates it. */
export const api = createApiClient();
