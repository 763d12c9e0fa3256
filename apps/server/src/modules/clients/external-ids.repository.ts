import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientExternalIds } from '../../db/schema';

export type ExternalIdRow = typeof clientExternalIds.$inferSelect;
type ExternalIdValues = { clientId: string; source: string; externalId: string; note?: string | null };

const byId = (organizationId: string, id: string) =>
  and(eq(clientExternalIds.organizationId, organizationId), eq(clientExternalIds.id, id));

export async function insertExternalId(db: Db, organizationId: string, values: ExternalIdValues) {
  const [row] = await db
    .insert(clientExternalIds)
    .values({ organizationId, ...values })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findExternalId(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(clientExternalIds).where(byId(organizationId, id));
  return row;
}

export async function updateExternalId(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<ExternalIdValues>,
) {
  const [row] = await db
    .update(clientExternalIds)
    .set({ ...values, updatedAt: new Date() })
    .where(byId(organizationId, id))
    .returning();
  return row;
}

export async function deleteExternalId(db: Db, organizationId: string, id: string) {
  await db.delete(clientExternalIds).where(byId(organizationId, id));
}
