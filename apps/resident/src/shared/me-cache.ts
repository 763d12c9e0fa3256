/** The service worker's cache of the resident API's answers (vite.config.ts); emptied on sign-out. */
export const RESIDENT_DATA_CACHE = 'resident-data';
/** Where the previous version kept GET /me alone: emptied too, on a device that still has it. */
const EARLIER_ME_CACHE = 'resident-me';

/**
 * Forgets the resident data the service worker kept (/me and the other screens'), so that the next
 * person on this device does not see the last one's.
 */
export async function forgetCachedMe(): Promise<void> {
  if ('caches' in globalThis)
    await Promise.all([caches.delete(RESIDENT_DATA_CACHE), caches.delete(EARLIER_ME_CACHE)]);
}
