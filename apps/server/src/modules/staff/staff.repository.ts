import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { roles, staff } from '../../db/schema';
import { containsPattern } from '../../platform/sql';

// Never the password hash: it does not leave this module.
const staffWithRole = {
  id: staff.id,
  login: staff.login,
  fullName: staff.fullName,
  roleId: staff.roleId,
  roleName: roles.name,
  active: staff.active,
  lastLoginAt: staff.lastLoginAt,
  // Failed logins of the staff row's window when it began within the hour, else none.
  recentFailedLogins: sql<number>`case when ${staff.failedLoginsSince} > now() - interval '1 hour' then ${staff.failedLogins} else 0 end`,
  lastFailedLoginAt: staff.lastFailedLoginAt,
  lastFailedLoginIp: staff.lastFailedLoginIp,
  createdAt: staff.createdAt,
  updatedAt: staff.updatedAt,
};

export type StaffRow = NonNullable<Awaited<ReturnType<typeof findStaff>>>;

export type StaffValues = {
  login: string;
  fullName: string;
  roleId: string;
  passwordHash: string;
  active: boolean;
};

export type StaffListQuery = { search?: string; limit: number; offset: number };

function listFilter(organizationId: string, search: string | undefined): SQL | undefined {
  const text = search?.trim();
  const pattern = text ? containsPattern(text) : undefined;
  return and(
    eq(staff.organizationId, organizationId),
    pattern ? or(ilike(staff.login, pattern), ilike(staff.fullName, pattern)) : undefined,
  );
}

function selectStaff(db: Db) {
  return db
    .select(staffWithRole)
    .from(staff)
    .innerJoin(roles, and(eq(roles.organizationId, staff.organizationId), eq(roles.id, staff.roleId)));
}

/** A page of staff by full name, and how many match in all. */
export async function listStaff(db: Db, organizationId: string, query: StaffListQuery) {
  const where = listFilter(organizationId, query.search);
  const items = await selectStaff(db)
    .where(where)
    .orderBy(asc(sql`lower(${staff.fullName})`), asc(sql`lower(${staff.login})`))
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(staff).where(where);
  return { items, total: count?.n ?? 0 };
}

export async function findStaff(db: Db, organizationId: string, id: string) {
  const [row] = await selectStaff(db).where(and(eq(staff.organizationId, organizationId), eq(staff.id, id)));
  return row;
}

export async function insertStaff(db: Db, organizationId: string, values: StaffValues): Promise<string> {
  const [row] = await db
    .insert(staff)
    .values({ organizationId, ...values })
    .returning({ id: staff.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateStaff(db: Db, organizationId: string, id: string, values: Partial<StaffValues>) {
  await db
    .update(staff)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(staff.organizationId, organizationId), eq(staff.id, id)));
}

export async function deleteStaff(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(staff).where(and(eq(staff.organizationId, organizationId), eq(staff.id, id)));
}
