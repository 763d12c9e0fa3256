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
      manifest: {
        id: '/app/',
        name: 'Домовой — приложение жителя',
        short_name: 'Домовой',
        description: 'Помещения, заявки и данные жителя дома',
        lang: 'ru',
        start_url: '/app/',
        scope: '/app/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#1677ff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
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
            },
          },
        ],
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
