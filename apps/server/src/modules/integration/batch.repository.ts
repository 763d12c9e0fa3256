import type { Db } from '../../db/database';
import { importBatches } from '../../db/schema';

export async function insertBatch(
  db: Db,
  values: Pick<
    typeof importBatches.$inferInsert,
    'organizationId' | 'kind' | 'apiKeyId' | 'staffId' | 'actorName' | 'summary'
  >,
) {
  const [row] = await db.insert(importBatches).values(values).returning({ id: importBatches.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
