import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { ChunkingContext, CodeSplittingNameFunction } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { RESIDENT_DATA_CACHE } from './src/shared/me-cache.ts';

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every built script and style sheet under
 * assets/, which the server sends to a browser that accepts them (platform/resident-app.ts): on a
 * phone network the first screen's JS is a third of its size. Compressed once here, at the highest
 * levels, not on every request. The service worker's precache list does not match these names.
 */
function precompressAssets(): Plugin {
  return {
    name: 'domovoy-precompress-assets',
    apply: 'build',
    async writeBundle({ dir = 'dist' }, bundle) {
      const files = Object.values(bundle).filter((f) => /^assets\/.+\.(js|css)$/.test(f.fileName));
      await Promise.all(
        files.map(async (file) => {
          const source = file.type === 'chunk' ? file.code : file.source;
          const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
          const target = path.join(dir, file.fileName);
          await writeFile(`${target}.gz`, gzipSync(bytes, { level: 9 }));
          await writeFile(
            `${target}.br`,
            brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
        }),
      );
    },
  };
}

/**
 * src/boot.ts as an entry of its own, its script first in the built index.html: it runs as soon as
 * its few hundred bytes have come, while the app's entry is still loading (a module script of
 * index.html itself would be bundled into the entry). Not in dev, where nothing is bundled.
 */
function bootScript(): Plugin {
  return {
    name: 'domovoy-boot-script',
    apply: 'build',
    config: () => ({
      build: { rolldownOptions: { input: { index: 'index.html', boot: 'src/boot.ts' } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const boot = Object.values(bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'boot',
        );
        if (!boot) throw new Error('the build has no boot entry (src/boot.ts)');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/app/${boot.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * Groups what two or more lazy screens share into one chunk named `screens`, leaving out what the
 * first screen loads anyway (a module the entry imports, directly or through other modules: put in
 * `screens`, it would make the entry load every screen's code).
 */
function sharedByScreens(): CodeSplittingNameFunction {
  // The app's own shared code (the screen frame, labels, queries, the premise icon) and the
  // contract's small modules the screens share (link roles, premise types, brands…): what most
  // screens use, small, importing little else. Each of those contract modules was a chunk of its
  // own (~1 KB), four more round trips for the profile of a signed-in device. The push queries'
  // device helpers too: apart, they were a chunk that imported `screens` and was imported by it.
  const APP_CODE =
    /apps[\\/]resident[\\/]src[\\/](shared[\\/]|features[\\/]([^\\/]+[\\/]api\.ts|premises[\\/]PremiseTypeIcon|push[\\/]push-device))|packages[\\/]contract[\\/]/;
  // The antd-mobile parts of the profile and most screens that sign-in does not use (the «Выйти»
  // dialog, the empty and failed states): reached through antd-mobile's index, which the entry
  // imports too (for one function), so not told apart by the import graph.
  const UI_PARTS =
    /antd-mobile[\\/]es[\\/]components[\\/]((dialog|mask|center-popup|error-block|image)[\\/]|popup[\\/]popup-base-props)|staged-components/;
  const initial = new Map<string, boolean>();
  const isInitial = (id: string, ctx: ChunkingContext): boolean => {
    const known = initial.get(id);
    if (known !== undefined) return known;
    initial.set(id, false); // an import cycle: decided by its other importers
    const info = ctx.getModuleInfo(id);
    const result = !!info && (info.isEntry || info.importers.some((importer) => isInitial(importer, ctx)));
    initial.set(id, result);
    return result;
  };
  return (id, ctx) => (UI_PARTS.test(id) || (APP_CODE.test(id) && !isInitial(id, ctx)) ? 'screens' : null);
}

// The resident app is served by the API server at `/app/` (apps/server, platform/resident-app.ts);
// `npm run dev -w apps/resident` proxies /api to a server started with `npm start`.
export default defineConfig({
  base: '/app/',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    react(),
    bootScript(),
    precompressAssets(),
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
        // Issue 14: the push handlers (show a push, open the app at its link on a tap).
        importScripts: ['push-sw.js'],
        runtimeCaching: [
          {
            // The last answers of the resident API's GETs (/me, a premise, payments, notifications,
            // people…) stay readable offline (the banner says so), kept per device session. Never
            // sign-in (auth/…) nor files (photos, logos, documents: binary, large, fetched apart),
            // and only JSON answers of a session.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === 'GET' &&
              url.pathname.startsWith('/api/resident/v1/') &&
              request.headers.has('authorization') &&
              !/^\/api\/resident\/v1\/auth\/|\/(photo|logo|documents|brand-logos)(\/|$)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: RESIDENT_DATA_CACHE,
              networkTimeoutSeconds: 6,
              cacheableResponse: {
                statuses: [200],
                headers: { 'content-type': 'application/json; charset=utf-8' },
              },
              expiration: { maxEntries: 100, maxAgeSeconds: 30 * 24 * 3600 },
              plugins: [
                {
                  // Kept per device session (its token, hashed): with sessions in several
                  // organisations, one's answers never stand in for another's offline.
                  cacheKeyWillBeUsed: async ({ request }) => {
                    const token = new TextEncoder().encode(request.headers.get('authorization') ?? '');
                    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', token));
                    const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0'));
                    const key = new URL(request.url);
                    key.searchParams.set('session', hex.join(''));
                    return key.href;
                  },
                },
              ],
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // One style sheet with the entry: served over HTTP/1.1 (6 connections) on a phone network, a
    // request costs more than the few KB of styles of the other screens.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The antd-mobile parts and small libraries every first screen uses, in one chunk
              // instead of a dozen (each a round trip on Fast 3G; bench/resident-first-load.ts).
              name: 'ui-kit',
              priority: 2,
              test: /node_modules[\\/](antd-mobile[\\/]es[\\/](utils|components[\\/](button|input|dot-loading|list|nav-bar|notice-bar|badge|space|auto-center))|antd-mobile-icons|rc-util|ahooks|classnames|@tanstack|use-sync-external-store|lodash|tslib|@babel)[\\/]/,
            },
            {
              // The code two or more screens share (the screen frame, labels, the features' queries,
              // the antd-mobile parts they use): one chunk loaded beside the screen's own, instead
              // of a dozen small ones — each a round trip on a phone network over HTTP/1.1's six
              // connections (the profile of a signed-in device needed 13).
              name: sharedByScreens(),
              debugName: 'screens',
              minShareCount: 2,
              // Not the modules these import: those the entry loads stay with it.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
