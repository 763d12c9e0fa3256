import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { legalEntities, personalAccounts } from '../../db/schema';

export type LegalEntityRow = typeof legalEntities.$inferSelect;
export type LegalEntityValues = Pick<LegalEntityRow, 'name' | 'inn' | 'kpp' | 'ogrn' | 'paymentUrlTemplate'>;

export function listLegalEntities(db: Db, organizationId: string) {
  return db
    .select()
    .from(legalEntities)
    .where(eq(legalEntities.organizationId, organizationId))
    .orderBy(asc(legalEntities.name));
}

export async function findLegalEntity(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(legalEntities)
    .where(and(eq(legalEntities.organizationId, organizationId), eq(legalEntities.id, id)));
  return row;
}

export async function insertLegalEntity(db: Db, organizationId: string, values: LegalEntityValues) {
  const [row] = await db
    .insert(legalEntities)
    .values({ organizationId, ...values })
    .returning();
  return row as LegalEntityRow;
}

export async function updateLegalEntity(
  db: Db,
  organizationId: string,
  id: string,
  values: LegalEntityValues,
) {
  const [row] = await db
    .update(legalEntities)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(legalEntities.organizationId, organizationId), eq(legalEntities.id, id)))
    .returning();
  return row;
}

export async function deleteLegalEntity(db: Db, organizationId: string, id: string) {
  await db
    .delete(legalEntities)
    .where(and(eq(legalEntities.organizationId, organizationId), eq(legalEntities.id, id)));
}

export async function countAccounts(db: Db, organizationId: string, legalEntityId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(personalAccounts)
    .where(
      and(
        eq(personalAccounts.organizationId, organizationId),
        eq(personalAccounts.legalEntityId, legalEntityId),
      ),
    );
  return row?.n ?? 0;
}
