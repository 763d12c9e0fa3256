import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { AppError } from './errors';
import type { App } from './http';

/** Every file of the build, as URL paths («/assets/index-abc.js»). */
function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, relative) : [`/${relative}`];
  });
}

/**
 * The staff CRM (apps/crm, built by Vite) at `/`: its files as they are, and index.html for
 * every other path outside /api, so that links into the app (/premises/…) open it.
 * Returns false when there is no build to serve.
 */
export async function registerCrmApp(app: App, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  const files = new Set(listFiles(distDir));
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const pathname = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new AppError('ROUTE_NOT_FOUND');
    if (files.has(pathname) && pathname !== '/index.html') {
      // Vite puts a content hash into every asset name: cache them for good.
      const immutable = pathname.startsWith('/assets/');
      return reply.sendFile(pathname.slice(1), {
        maxAge: immutable ? 365 * 24 * 3600 * 1000 : 0,
        immutable,
      });
    }
    if (path.extname(pathname)) throw new AppError('ROUTE_NOT_FOUND');
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  return true;
}
