/** Registers the service worker vite-plugin-pwa built (the shell and the last /me, offline). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch((error: unknown) => {
      console.warn('service worker not registered', error);
    });
  });
}
