import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { organizationCounters } from '../db/schema';

/**
 * The next number of a per-organisation sequence (`service_request`, `mailing`), taken in the
 * caller's transaction: the counter's row stays locked until it commits, so two records created
 * at once get different numbers and a rolled-back one leaves no gap.
 */
export async function nextOrganizationNumber(db: Db, organizationId: string, name: string): Promise<number> {
  const [row] = await db
    .insert(organizationCounters)
    .values({ organizationId, name, value: 1 })
    .onConflictDoUpdate({
      target: [organizationCounters.organizationId, organizationCounters.name],
      set: { value: sql`${organizationCounters.value} + 1` },
    })
    .returning({ value: organizationCounters.value });
  if (!row) throw new Error('counter returned no row');
  return row.value;
}
