import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { importBatches, importChanges } from '../../db/schema';

export async function insertBatch(
  db: Db,
  values: Pick<
    typeof importBatches.$inferInsert,
    'organizationId' | 'kind' | 'status' | 'apiKeyId' | 'staffId' | 'actorName' | 'summary'
  >,
) {
  const [row] = await db.insert(importBatches).values(values).returning({ id: importBatches.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Names the batch for the capture trigger, for the rest of the transaction only. */
export async function captureChangesOf(db: Db, organizationId: string, batchId: string) {
  await db.execute(sql`select set_config('domovoy.import_batch', ${batchId}, true),
    set_config('domovoy.import_organization', ${organizationId}, true)`);
}

export async function hasChanges(db: Db, organizationId: string, batchId: string) {
  const [row] = await db
    .select({ seq: importChanges.seq })
    .from(importChanges)
    .where(and(eq(importChanges.organizationId, organizationId), eq(importChanges.batchId, batchId)))
    .limit(1);
  return row !== undefined;
}

export async function setSummary(
  db: Db,
  organizationId: string,
  id: string,
  summary: Record<string, number>,
) {
  await db
    .update(importBatches)
    .set({ summary, status: 'applied' })
    .where(and(eq(importBatches.organizationId, organizationId), eq(importBatches.id, id)));
}

export async function deleteBatch(db: Db, organizationId: string, id: string) {
  await db
    .delete(importBatches)
    .where(and(eq(importBatches.organizationId, organizationId), eq(importBatches.id, id)));
}
