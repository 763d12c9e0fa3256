// The one place that knows which PostgreSQL runs: PGlite (embedded, default) or a PostgreSQL
// server through `pg` when DATABASE_URL is set (ARCHITECTURE "Data").
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: repositories take either (STYLE 10). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

export type EmbeddedDatabase = Database & {
  /** The whole data directory as an uncompressed tarball (used to clone test databases). */
  dump(): Promise<Blob>;
};

export async function openPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: PGLITE_EXTENSIONS,
  });
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
    dump: () => client.dumpDataDir('none'),
  };
}

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ended (restart, failover, a dropped database) is reported on
  // the pool; the pool discards it and the next query opens a new one. Unheard, it would end the
  // process.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(url),
    close: () => pool.end(),
  };
}

// Several server processes may start at once: an advisory lock lets one of them migrate.
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('domovoy:migrate'))");
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

export async function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite({ dataDir: `${config.dataDir}/db` });
}

/**
 * Whether `db` is the embedded database (one connection, every query in turn). A transaction of it
 * does not say so (drizzle's transaction object holds no `$client`): ask the database itself.
 */
export function isEmbedded(db: Db): boolean {
  return (db as { $client?: unknown }).$client instanceof PGlite;
}

/** Rows of a raw query, whatever the driver (both return `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
