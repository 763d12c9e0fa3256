import { ApiError, createApiClient } from '@domovoy/api-client';
import { sessionToken } from './session';

/**
 * The resident app's client: same origin, the device session's bearer token read on every
 * request (it changes on sign-in and sign-out), for the organisation the app is opened in.
 */
export function residentApi(organization: string) {
  const client = createApiClient();
  client.use({
    onRequest({ request }) {
      const token = sessionToken(organization);
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  });
  return client;
}

export type ResidentApi = ReturnType<typeof residentApi>;

// Both apps read answers the same way (packages/api-client): the data, or an ApiError.
export { ApiError, unwrap } from '@domovoy/api-client';

/** The message to show for a failed request: the server's Russian text, or a network one. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.title;
  return 'Нет связи с сервером. Проверьте интернет и повторите';
}
