// GET /me sent by boot.ts while the app's code is still coming (on a phone network the entry takes
// a second or more), and taken by the app's first /me query instead of asking again. No React and
// no API client here: boot.ts must stay a few hundred bytes.

type Answer<T> = { data?: T; error?: unknown; response: Response };
type EarlyMe = { organization: string; token: string; response: Promise<Response> };

declare global {
  interface Window {
    domovoyEarlyMe?: EarlyMe;
  }
}

export const ME_PATH = '/api/resident/v1/me';

/** Asks for /me now, as the API client would (bearer token, the CSRF header; the service worker answers offline). */
export function sendEarlyMe(organization: string, token: string): void {
  const response = fetch(ME_PATH, {
    credentials: 'same-origin',
    headers: { authorization: `Bearer ${token}`, 'x-domovoy-csrf': '1' },
  });
  response.catch(() => undefined); // taken later, or never (signed out meanwhile): not an unhandled rejection
  window.domovoyEarlyMe = { organization, token, response };
}

/**
 * The answer of the early /me, once, in the shape the API client gives (for `unwrap`); undefined
 * when there is none or it was asked for another organisation or session.
 */
export function takeEarlyMe<T>(organization: string, token: string | null): Promise<Answer<T>> | undefined {
  const early = window.domovoyEarlyMe;
  window.domovoyEarlyMe = undefined;
  if (!early || early.organization !== organization || early.token !== token) return undefined;
  return early.response.then(async (response): Promise<Answer<T>> => {
    const body: unknown = await response.json().catch(() => undefined);
    return response.ok ? { data: body as T, response } : { error: body, response };
  });
}
