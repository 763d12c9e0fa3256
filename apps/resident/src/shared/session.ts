// The device session (S-1): the bearer token of this organisation, kept in localStorage so that a
// sign-in lasts until «Выйти» or until the server ends the session (then every answer is 401).
// No React here: boot.ts reads the session before the app's code has come.

const PREFIX = 'domovoy.resident.session.';
const key = (organization: string) => `${PREFIX}${organization}`;
const listeners = new Set<() => void>();

export function sessionToken(organization: string): string | null {
  return localStorage.getItem(key(organization));
}

export function saveSession(organization: string, token: string): void {
  localStorage.setItem(key(organization), token);
  for (const listener of listeners) listener();
}

export function dropSession(organization: string): void {
  localStorage.removeItem(key(organization));
  for (const listener of listeners) listener();
}

/** Calls the listener when a session of this device starts or ends (here or in another tab). */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The organisations this device holds a session in (a resident of several УО switched between them). */
export function sessionOrganizations(): string[] {
  return Object.keys(localStorage)
    .filter((name) => name.startsWith(PREFIX))
    .map((name) => name.slice(PREFIX.length));
}
