import type { Config } from '../config';
import type { Database } from '../db/database';
import { organizationsService } from '../modules/organizations/organizations.service';
import type { FileStorage } from '../platform/storage';
import { DEMO_ORGANIZATION, seedDemo } from './seed-demo';

export type DemoOutcome =
  | {
      created: true;
      login: string;
      secondLogin: string;
      password: string;
      premiseCount: number;
      passwordFromEnv: boolean;
    }
  | { created: false; reason: 'disabled' | 'exists' };

/**
 * First start: the embedded database gets the demo organisation unless DEMO=0; PostgreSQL only
 * with DEMO=1. A database that already has organisations is left alone.
 */
export async function ensureDemo(
  database: Database,
  config: Config,
  storage?: FileStorage,
): Promise<DemoOutcome> {
  const wanted = config.demo === true || (config.demo === 'auto' && database.kind === 'pglite');
  if (!wanted) return { created: false, reason: 'disabled' };
  const organizations = organizationsService({ db: database.db });
  const existing =
    config.demo === true
      ? await organizations.findByName(DEMO_ORGANIZATION)
      : (await organizations.list())[0];
  if (existing) return { created: false, reason: 'exists' };
  const seeded = await seedDemo(database.db, config.adminPassword, storage);
  return { created: true, ...seeded, passwordFromEnv: config.adminPassword !== undefined };
}
