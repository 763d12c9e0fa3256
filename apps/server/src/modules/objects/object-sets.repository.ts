import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { objectGroups, objects, quarters } from '../../db/schema';

// T-2: object groups and quarters are the same "named set of objects"; one implementation
// serves both, told apart by the table and the objects column that points at it.
const SETS = {
  groups: {
    table: objectGroups,
    objectColumn: objects.groupId,
    detached: { groupId: null },
    nameKey: 'object_groups_name_key',
  },
  quarters: {
    table: quarters,
    objectColumn: objects.quarterId,
    detached: { quarterId: null },
    nameKey: 'quarters_name_key',
  },
} as const;

export type ObjectSetKind = keyof typeof SETS;
export type ObjectSetRow = { id: string; name: string; objectCount: number };

/** The unique index that keeps names apart (case-insensitive) within an organisation. */
export function nameConstraintOf(kind: ObjectSetKind): string {
  return SETS[kind].nameKey;
}

/** Sets with the number of their objects, in one grouped pass over the organisation's objects. */
function selectWithCounts(db: Db, kind: ObjectSetKind, organizationId: string, id?: string) {
  const { table, objectColumn } = SETS[kind];
  const counts = db
    .select({ setId: sql<string>`${objectColumn}`.as('set_id'), n: sql<number>`count(*)::int`.as('n') })
    .from(objects)
    .where(eq(objects.organizationId, organizationId))
    .groupBy(objectColumn)
    .as('counts');
  return db
    .select({ id: table.id, name: table.name, objectCount: sql<number>`coalesce(${counts.n}, 0)` })
    .from(table)
    .leftJoin(counts, eq(counts.setId, table.id))
    .where(and(eq(table.organizationId, organizationId), id ? eq(table.id, id) : undefined))
    .orderBy(sql`lower(${table.name})`, asc(table.name));
}

export function listObjectSets(db: Db, kind: ObjectSetKind, organizationId: string): Promise<ObjectSetRow[]> {
  return selectWithCounts(db, kind, organizationId);
}

export async function findObjectSet(
  db: Db,
  kind: ObjectSetKind,
  organizationId: string,
  id: string,
): Promise<ObjectSetRow | undefined> {
  const [row] = await selectWithCounts(db, kind, organizationId, id);
  return row;
}

/** Holds the row until the transaction ends, so no object joins a set being deleted. */
export async function lockObjectSet(db: Db, kind: ObjectSetKind, organizationId: string, id: string) {
  const { table } = SETS[kind];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id)))
    .for('update');
  return rows.length > 0;
}

export async function insertObjectSet(
  db: Db,
  kind: ObjectSetKind,
  organizationId: string,
  name: string,
): Promise<string> {
  const { table } = SETS[kind];
  const [row] = await db.insert(table).values({ organizationId, name }).returning({ id: table.id });
  return (row as { id: string }).id;
}

export async function renameObjectSet(
  db: Db,
  kind: ObjectSetKind,
  organizationId: string,
  id: string,
  name: string,
): Promise<boolean> {
  const { table } = SETS[kind];
  const rows = await db
    .update(table)
    .set({ name, updatedAt: new Date() })
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id)))
    .returning({ id: table.id });
  return rows.length > 0;
}

/** Objects of the set stay, outside any set. */
export async function detachObjects(db: Db, kind: ObjectSetKind, organizationId: string, id: string) {
  const { objectColumn, detached } = SETS[kind];
  await db
    .update(objects)
    .set({ ...detached, updatedAt: new Date() })
    .where(and(eq(objects.organizationId, organizationId), eq(objectColumn, id)));
}

export async function deleteObjectSet(db: Db, kind: ObjectSetKind, organizationId: string, id: string) {
  const { table } = SETS[kind];
  await db.delete(table).where(and(eq(table.organizationId, organizationId), eq(table.id, id)));
}
