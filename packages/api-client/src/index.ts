import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type ApiClient = ReturnType<typeof createClient<paths>>;

export type ClientOptions = {
  /** Where the server is, e.g. http://127.0.0.1:3000; empty in the browser (same origin). */
  baseUrl?: string;
  /** A staff session token for scripts; browsers use the httpOnly session cookie instead. */
  token?: string;
  fetch?: typeof fetch;
};

/** The typed client for both apps and for scripts (openapi-fetch over the server's OpenAPI document). */
export function createApiClient({ baseUrl = '', token, fetch: customFetch }: ClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    fetch: customFetch,
    credentials: 'same-origin',
    // The server takes a cookie-authenticated write only from its own pages: this header says so
    // (another site cannot send it without CORS, which the server never allows).
    headers: { 'x-domovoy-csrf': '1' },
  });
  if (token) {
    const auth: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export type Problem = components['schemas']['Problem'];
