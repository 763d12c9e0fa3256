/** The service worker's cache of GET /me (vite.config.ts); emptied on sign-out. */
export const RESIDENT_ME_CACHE = 'resident-me';

/** Forgets the cached /me, so that the next person on this device does not see the last one's data. */
export async function forgetCachedMe(): Promise<void> {
  if ('caches' in globalThis) await caches.delete(RESIDENT_ME_CACHE);
}
