import { drizzle } from 'drizzle-orm/node-postgres';
import { buildApp } from './app';
import { loadConfig } from './config';
import type { Db } from './db/database';
import * as schema from './db/schema';
import { localFileStorage } from './platform/storage';

/** The OpenAPI document of the API, without a database (routes are registered, never called). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({});
  const db = drizzle.mock({ schema }) as unknown as Db;
  const app = await buildApp({ config, db, storage: localFileStorage(config.dataDir) });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
