import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { Config } from './config';
import type { Db } from './db/database';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { authService } from './modules/auth/auth.service';
import { registerAuthentication } from './platform/authentication';
import { createFastify, type LoggerOption, registerErrorHandling } from './platform/http';
import { registerOpenApi } from './platform/openapi';
import type { FileStorage } from './platform/storage';

export type AppDeps = {
  config: Config;
  db: Db;
  storage: FileStorage;
  logger?: LoggerOption;
  now?: () => Date;
};

/** The whole server, wired explicitly: this function is the table of contents (STYLE 4). */
export async function buildApp({ config, db, storage, logger = false, now }: AppDeps) {
  const app = createFastify(config, logger);
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 20 } });
  await registerOpenApi(app);

  const auth = authService({ db, config, now });
  const { cookieOptions } = registerAuthentication(app, auth, config);

  registerAuthRoutes(app, auth, cookieOptions);

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  return app;
}

export type DomovoyApp = Awaited<ReturnType<typeof buildApp>>;
