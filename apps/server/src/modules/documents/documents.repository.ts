import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { premiseDocuments } from '../../db/schema';
import { containsPattern } from '../../platform/sql';

export type DocumentRow = typeof premiseDocuments.$inferSelect;
export type DocumentInsert = Omit<typeof premiseDocuments.$inferInsert, 'organizationId' | 'id'>;
export type DocumentChanges = Partial<
  Pick<DocumentRow, 'title' | 'description' | 'date' | 'visibleToResidents'>
>;

const byOrg = (organizationId: string, id: string) =>
  and(eq(premiseDocuments.organizationId, organizationId), eq(premiseDocuments.id, id));

/** P-9: search by title and description — deliberately not by the file's name. */
export function listDocuments(db: Db, organizationId: string, premiseId: string, search?: string) {
  const text = search?.trim().toLowerCase().replaceAll('ё', 'е');
  const matches: SQL | undefined = text
    ? sql`replace(lower(${premiseDocuments.title} || ' ' || coalesce(${premiseDocuments.description}, '')), 'ё', 'е')
          like ${containsPattern(text)}`
    : undefined;
  return db
    .select()
    .from(premiseDocuments)
    .where(
      and(
        eq(premiseDocuments.organizationId, organizationId),
        eq(premiseDocuments.premiseId, premiseId),
        matches,
      ),
    )
    .orderBy(sql`${premiseDocuments.date} desc nulls last`, desc(premiseDocuments.createdAt));
}

export async function findDocument(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(premiseDocuments).where(byOrg(organizationId, id));
  return row;
}

export async function insertDocument(db: Db, organizationId: string, values: DocumentInsert) {
  const [row] = await db
    .insert(premiseDocuments)
    .values({ organizationId, ...values })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateDocument(
  db: Db,
  organizationId: string,
  id: string,
  changes: DocumentChanges,
  staffId: string | null,
) {
  const [row] = await db
    .update(premiseDocuments)
    .set({ ...changes, updatedBy: staffId, updatedAt: new Date() })
    .where(byOrg(organizationId, id))
    .returning();
  return row;
}

export async function deleteDocument(db: Db, organizationId: string, id: string) {
  await db.delete(premiseDocuments).where(byOrg(organizationId, id));
}

export function listPremiseDocumentRows(db: Db, organizationId: string, premiseId: string) {
  return db
    .select()
    .from(premiseDocuments)
    .where(
      and(eq(premiseDocuments.organizationId, organizationId), eq(premiseDocuments.premiseId, premiseId)),
    );
}
