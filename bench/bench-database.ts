// The benchmark's own database: PGlite in a fresh temporary directory, or a fresh database
// `domovoy_bench_<timestamp>` on the DATABASE_URL server. No other database is touched.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type Database, type Db, openPglite, openPostgres } from '../apps/server/src/db/database';
import * as schema from '../apps/server/src/db/schema';

export type RawRows = Record<string, unknown>[];

export type BenchDatabase = {
  database: Database;
  engine: 'pglite' | 'postgres';
  /** Where the data lives: a directory (PGlite) or a database name (PostgreSQL). */
  location: string;
  /** PostgreSQL: the bench database's URL, for a server process of its own (bench/server-process.ts). */
  url?: string;
  /** A statement with $1… parameters, run on the driver's own client. */
  raw(text: string, params?: unknown[]): Promise<RawRows>;
  /** The same connection with a Drizzle logger, to see the SQL the repository sends. */
  withLogger(logger: Logger): Db;
  /** Closes the connection and deletes the data unless `keep`. */
  dispose(keep: boolean): Promise<void>;
};

// Drizzle keeps the driver's client on the database object (not in the `Db` type).
const clientOf = <T>(db: Db): T => (db as unknown as { $client: T }).$client;

export async function openBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  return databaseUrl ? openBenchPostgres(databaseUrl) : openBenchPglite();
}

async function openBenchPglite(): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'domovoy-bench-'));
  const database = await openPglite({ dataDir: path.join(dir, 'db') });
  const client = clientOf<PGlite>(database.db);
  return {
    database,
    engine: 'pglite',
    location: dir,
    raw: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    withLogger: (logger) => drizzlePglite({ client, schema, logger }),
    async dispose(keep) {
      await database.close();
      if (!keep) await rm(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openBenchPostgres(adminUrl: string): Promise<BenchDatabase> {
  const name = `domovoy_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  await adminQuery(
    adminUrl,
    `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString());
  const pool = clientOf<pg.Pool>(database.db);
  return {
    database,
    engine: 'postgres',
    location: name,
    url: url.toString(),
    raw: async (text, params) => (await pool.query<Record<string, unknown>>(text, params)).rows,
    withLogger: (logger) => drizzlePg({ client: pool, schema, logger }),
    async dispose(keep) {
      await database.close();
      if (!keep) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
