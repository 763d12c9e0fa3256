import { and, asc, desc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { roles, staff } from '../../db/schema';

export type RoleRow = typeof roles.$inferSelect & { staffCount: number };
export type RoleValues = { name: string; permissions: string[] };

const roleWithCount = { ...getTableColumns(roles), staffCount: sql<number>`count(${staff.id})::int` };

// Grouped by the primary key, so the other columns of the role may be selected.
function selectRoles(db: Db, where: SQL | undefined) {
  return db
    .select(roleWithCount)
    .from(roles)
    .leftJoin(staff, and(eq(staff.organizationId, roles.organizationId), eq(staff.roleId, roles.id)))
    .where(where)
    .groupBy(roles.organizationId, roles.id);
}

/** The built-in administrator role first, then by name. */
export function listRoles(db: Db, organizationId: string): Promise<RoleRow[]> {
  return selectRoles(db, eq(roles.organizationId, organizationId)).orderBy(
    desc(roles.system),
    asc(sql`lower(${roles.name})`),
  );
}

export async function findRole(db: Db, organizationId: string, id: string): Promise<RoleRow | undefined> {
  const [row] = await selectRoles(db, and(eq(roles.organizationId, organizationId), eq(roles.id, id)));
  return row;
}

export async function insertRole(db: Db, organizationId: string, values: RoleValues): Promise<string> {
  const [row] = await db
    .insert(roles)
    .values({ organizationId, ...values })
    .returning({ id: roles.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateRole(db: Db, organizationId: string, id: string, values: Partial<RoleValues>) {
  await db
    .update(roles)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(roles.organizationId, organizationId), eq(roles.id, id)));
}

export async function deleteRole(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(roles).where(and(eq(roles.organizationId, organizationId), eq(roles.id, id)));
}
