import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { AppError } from './errors';
import type { App } from './http';
import { buildFile, decodePath } from './static-build';

/**
 * The staff CRM (apps/crm, built by Vite) at `/`: its files as they are, and index.html for
 * every other path outside /api, so that links into the app (/premises/…) open it.
 * Returns false when there is no build to serve.
 */
export async function registerCrmApp(app: App, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  const root = path.resolve(distDir);
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const pathname = decodePath(request.url);
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new AppError('ROUTE_NOT_FOUND');
    // Looked up on each request: a rebuild while the server runs is served at once.
    const file = pathname === '/index.html' ? undefined : buildFile(root, pathname);
    if (file) {
      // Vite puts a content hash into every asset name: cache them for good.
      const immutable = pathname.startsWith('/assets/');
      return reply.sendFile(file, {
        maxAge: immutable ? 365 * 24 * 3600 * 1000 : 0,
        immutable,
      });
    }
    if (path.extname(pathname)) throw new AppError('ROUTE_NOT_FOUND');
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  return true;
}
