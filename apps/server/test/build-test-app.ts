import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp, type DomovoyApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { type Database, type Db, openPglite, openPostgres } from '../src/db/database';
import type { Timers } from '../src/platform/schedule';
import { localFileStorage } from '../src/platform/storage';
import { createUtf8Database, dropDatabase, withDatabase } from './global-setup';

export type TestApp = {
  app: DomovoyApp;
  db: Db;
  config: Config;
  /** PostgreSQL's address of the test database (another process may open it); none for PGlite. */
  databaseUrl?: string;
  /** Where the app keeps its files (uploads). */
  storageDir: string;
  close(): Promise<void>;
};

/** A fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set) for one test file. */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `domovoy_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await createUtf8Database(adminUrl, name, inject('pgTemplate'));
    const url = withDatabase(adminUrl, name);
    const database = openPostgres(url, 4);
    return {
      ...database,
      url,
      close: async () => {
        await database.close();
        await dropDatabase(adminUrl, name);
      },
    };
  }
  const dump = await readFile(inject('pgliteDump'));
  return openPglite({ loadDataDir: new Blob([dump]) });
}

/**
 * The real app over a fresh database (STYLE 11); call `close()` in the file's afterAll. `now` and
 * `timers` put it on a test's clock (test/test-clock.ts).
 */
export async function buildTestApp(
  env: Record<string, string> = {},
  { now, timers }: { now?: () => Date; timers?: Timers } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'domovoy-test-'));
  // The watched XML folders are scanned by hand in tests (`t.app.xmlFolders.scanOnce()`).
  // Cheap password hashes (log2 N 10, not 15): most tests create staff; hashing is tested in passwords.test.ts.
  const config = loadConfig({
    DATA_DIR: dataDir,
    XML_FOLDER_POLL_SECONDS: '0',
    NODE_ENV: 'test',
    PASSWORD_HASH_COST: '10',
    ...env,
  });
  const storageDir = path.join(dataDir, 'files');
  const app = await buildApp({ config, db: database.db, storage: localFileStorage(storageDir), now, timers });
  return {
    app,
    db: database.db,
    config,
    ...(database.url ? { databaseUrl: database.url } : {}),
    storageDir,
    async close() {
      await app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
