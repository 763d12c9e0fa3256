import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { organizations, roles, staff } from '../../db/schema';

export async function insertOrganization(db: Db, name: string, slug?: string) {
  const [row] = await db
    .insert(organizations)
    .values(slug ? { name, slug } : { name })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findOrganizationByName(db: Db, name: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.name, name));
  return row;
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return row;
}

export async function findOrganization(db: Db, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function listOrganizations(db: Db) {
  return db.select().from(organizations).orderBy(organizations.createdAt);
}

export async function insertRole(db: Db, row: typeof roles.$inferInsert) {
  const [created] = await db.insert(roles).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findSystemRole(db: Db, organizationId: string) {
  const [row] = await db
    .select()
    .from(roles)
    .where(and(eq(roles.organizationId, organizationId), eq(roles.system, true)));
  return row;
}

export async function loginExists(db: Db, login: string): Promise<boolean> {
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(sql`lower(${staff.login}) = lower(${login})`);
  return rows.length > 0;
}

export async function insertStaff(db: Db, row: typeof staff.$inferInsert) {
  const [created] = await db.insert(staff).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}
