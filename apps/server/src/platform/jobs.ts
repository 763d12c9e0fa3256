import type { Db } from '../db/database';
import { jobs } from '../db/schema';

/**
 * Puts a job in the one background queue (`jobs`), in the caller's transaction: the job exists
 * exactly when the change that asked for it was committed. The runner picks it up.
 */
export async function enqueueJob(
  tx: Db,
  kind: string,
  payload: Record<string, unknown>,
  options: { maxAttempts?: number; runAt?: Date } = {},
): Promise<string> {
  const [row] = await tx
    .insert(jobs)
    .values({ kind, payload, maxAttempts: options.maxAttempts, runAt: options.runAt })
    .returning({ id: jobs.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
