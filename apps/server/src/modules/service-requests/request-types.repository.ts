import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { requestTypes } from '../../db/schema';

export type RequestTypeRow = typeof requestTypes.$inferSelect;

const byId = (organizationId: string, id: string) =>
  and(eq(requestTypes.organizationId, organizationId), eq(requestTypes.id, id));

export function listTypes(db: Db, organizationId: string, withArchived: boolean): Promise<RequestTypeRow[]> {
  return db
    .select()
    .from(requestTypes)
    .where(
      and(
        eq(requestTypes.organizationId, organizationId),
        withArchived ? undefined : eq(requestTypes.archived, false),
      ),
    )
    .orderBy(asc(requestTypes.position), asc(requestTypes.name), asc(requestTypes.id));
}

export async function findType(
  db: Db,
  organizationId: string,
  id: string,
): Promise<RequestTypeRow | undefined> {
  const [row] = await db.select().from(requestTypes).where(byId(organizationId, id));
  return row;
}

/** A type by name, case aside (the integration names types by their names). */
export async function findTypeByName(db: Db, organizationId: string, name: string) {
  const [row] = await db
    .select()
    .from(requestTypes)
    .where(
      and(eq(requestTypes.organizationId, organizationId), sql`lower(${requestTypes.name}) = lower(${name})`),
    );
  return row;
}

export async function insertTypes(
  db: Db,
  organizationId: string,
  names: readonly string[],
): Promise<RequestTypeRow[]> {
  if (names.length === 0) return [];
  const [last] = await db
    .select({ max: sql<number>`coalesce(max(${requestTypes.position}), -1)::int` })
    .from(requestTypes)
    .where(eq(requestTypes.organizationId, organizationId));
  const start = (last?.max ?? -1) + 1;
  return db
    .insert(requestTypes)
    .values(names.map((name, i) => ({ organizationId, name, position: start + i })))
    .returning();
}

export async function updateType(
  db: Db,
  organizationId: string,
  id: string,
  values: { name?: string; archived?: boolean; position?: number },
) {
  const [row] = await db
    .update(requestTypes)
    .set({ ...values, updatedAt: new Date() })
    .where(byId(organizationId, id))
    .returning();
  return row;
}
