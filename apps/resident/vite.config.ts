import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { RESIDENT_ME_CACHE } from './src/shared/me-cache.ts';

// The resident app is served by the API server at `/app/` (apps/server, platform/resident-app.ts);
// `npm run dev -w apps/resident` proxies /api to a server started with `npm start`.
export default defineConfig({
  base: '/app/',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    react(),
    VitePWA({
      // src/shared/service-worker.ts registers it (no inline script: the CSP allows none).
      injectRegister: null,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      // T-3: each organisation's app has its own manifest (its brand's name and colour), answered by
      // the server at /app/<slug>/manifest.webmanifest and linked at start (shared/manifest.ts).
      manifest: false,
      workbox: {
        // The shell: every built file; any page of the app opens index.html, also offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/app/index.html',
        navigateFallbackAllowlist: [/^\/app\//],
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // The last answer of GET /me stays readable offline (the banner says so).
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && url.pathname === '/api/resident/v1/me',
            handler: 'NetworkFirst',
            options: {
              cacheName: RESIDENT_ME_CACHE,
              networkTimeoutSeconds: 6,
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 4 },
              plugins: [
                {
                  // Kept per device session (its token, hashed): with sessions in several
                  // organisations, one's /me never answers for another's offline.
                  cacheKeyWillBeUsed: async ({ request }) => {
                    const token = new TextEncoder().encode(request.headers.get('authorization') ?? '');
                    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', token));
                    const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0'));
                    return `${request.url}?session=${hex.join('')}`;
                  },
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
