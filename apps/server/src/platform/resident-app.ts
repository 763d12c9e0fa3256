import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { AppError } from './errors';
import type { App } from './http';
import { buildFile, compressedBuildFile, decodePath } from './static-build';

export const RESIDENT_APP_PREFIX = '/app';

/**
 * The resident app (apps/resident, a PWA built by Vite) at `/app/`: its files as they are, and
 * index.html for every other path under it (`/app/<organisation>/profile`…), so links and the
 * installed app open it. The service worker and the manifest are never cached by the browser's
 * HTTP cache (a new build must reach the device); hashed assets are cached for good.
 * Returns false when there is no build to serve.
 */
export async function registerResidentApp(app: App, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  const root = path.resolve(distDir);
  await app.register(async (scope) => {
    // One reply.sendFile for both apps: the CRM's registration may have added it already.
    if (!scope.hasReplyDecorator('sendFile')) await scope.register(fastifyStatic, { root, serve: false });
    const hidden = { config: { public: true }, schema: { hide: true } };

    scope.get(RESIDENT_APP_PREFIX, hidden, async (_request, reply) =>
      reply.redirect(`${RESIDENT_APP_PREFIX}/`),
    );
    scope.get(`${RESIDENT_APP_PREFIX}/*`, hidden, async (request, reply) => {
      const inside = decodePath(request.url).slice(RESIDENT_APP_PREFIX.length);
      // index.html itself (the service worker precaches it) is revalidated like any page of the app.
      const isPage = inside === '/index.html' || !path.extname(inside);
      // Looked up on each request: a rebuild while the server runs is served at once.
      const file = isPage ? undefined : buildFile(root, inside);
      if (file) {
        const immutable = inside.startsWith('/assets/');
        const options = { maxAge: immutable ? 365 * 24 * 3600 * 1000 : 0, immutable };
        // Scripts and styles as the build compressed them, when the browser takes it (a phone
        // network then carries a third of the bytes; bench/resident-first-load.ts).
        const compressed = immutable && compressedBuildFile(root, file, request.headers['accept-encoding']);
        if (immutable) reply.header('vary', 'accept-encoding');
        if (compressed)
          return reply
            .header('content-encoding', compressed.encoding)
            .type(compressed.type)
            .sendFile(compressed.file, root, { ...options, contentType: false });
        return reply.sendFile(file, root, options);
      }
      if (!isPage) throw new AppError('ROUTE_NOT_FOUND');
      return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
    });
  });
  return true;
}
