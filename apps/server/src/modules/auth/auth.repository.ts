import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { organizations, roles, staff, staffSessions } from '../../db/schema';

const staffWithRole = {
  staffId: staff.id,
  organizationId: staff.organizationId,
  organizationName: organizations.name,
  login: staff.login,
  fullName: staff.fullName,
  passwordHash: staff.passwordHash,
  active: staff.active,
  roleId: roles.id,
  roleName: roles.name,
  roleSystem: roles.system,
  rolePermissions: roles.permissions,
};

export type StaffWithRole = Awaited<ReturnType<typeof findStaffByLogin>>;

/** Logins are global (a staff member logs in without naming the organisation). */
export async function findStaffByLogin(db: Db, login: string) {
  const [row] = await db
    .select(staffWithRole)
    .from(staff)
    .innerJoin(roles, and(eq(roles.organizationId, staff.organizationId), eq(roles.id, staff.roleId)))
    .innerJoin(organizations, eq(organizations.id, staff.organizationId))
    .where(sql`lower(${staff.login}) = lower(${login})`);
  return row;
}

export async function findStaffById(db: Db, organizationId: string, staffId: string) {
  const [row] = await db
    .select(staffWithRole)
    .from(staff)
    .innerJoin(roles, and(eq(roles.organizationId, staff.organizationId), eq(roles.id, staff.roleId)))
    .innerJoin(organizations, eq(organizations.id, staff.organizationId))
    .where(and(eq(staff.organizationId, organizationId), eq(staff.id, staffId)));
  return row;
}

export async function insertSession(db: Db, row: typeof staffSessions.$inferInsert): Promise<void> {
  await db.insert(staffSessions).values(row);
}

/** A live session with its staff member and role, or undefined. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      ...staffWithRole,
      tokenHash: staffSessions.tokenHash,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
    })
    .from(staffSessions)
    .innerJoin(
      staff,
      and(eq(staff.organizationId, staffSessions.organizationId), eq(staff.id, staffSessions.staffId)),
    )
    .innerJoin(roles, and(eq(roles.organizationId, staff.organizationId), eq(roles.id, staff.roleId)))
    .innerJoin(organizations, eq(organizations.id, staff.organizationId))
    .where(and(eq(staffSessions.tokenHash, tokenHash), sql`${staffSessions.expiresAt} > ${now}`));
  return row;
}

export async function extendSession(db: Db, tokenHash: string, lastSeenAt: Date, expiresAt: Date) {
  await db.update(staffSessions).set({ lastSeenAt, expiresAt }).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteStaffSessions(
  db: Db,
  organizationId: string,
  staffId: string,
  exceptHash?: string,
) {
  await db
    .delete(staffSessions)
    .where(
      and(
        eq(staffSessions.organizationId, organizationId),
        eq(staffSessions.staffId, staffId),
        exceptHash ? sql`${staffSessions.tokenHash} <> ${exceptHash}` : undefined,
      ),
    );
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(staffSessions).where(sql`${staffSessions.expiresAt} <= ${now}`);
}

export async function setPassword(db: Db, organizationId: string, staffId: string, passwordHash: string) {
  await db
    .update(staff)
    .set({ passwordHash, updatedAt: new Date() })
    .where(and(eq(staff.organizationId, organizationId), eq(staff.id, staffId)));
}

export async function setLastLogin(db: Db, organizationId: string, staffId: string, at: Date) {
  await db
    .update(staff)
    .set({ lastLoginAt: at })
    .where(and(eq(staff.organizationId, organizationId), eq(staff.id, staffId)));
}

/**
 * Counts a failed login under this login from `ip` in the staff row's hourly window; a login
 * nobody has matches no row (the same statement runs either way).
 */
export async function recordLoginFailure(db: Db, login: string, ip: string): Promise<void> {
  const windowOver = sql`${staff.failedLoginsSince} is null or ${staff.failedLoginsSince} < now() - interval '1 hour'`;
  await db
    .update(staff)
    .set({
      failedLogins: sql`case when ${windowOver} then 1 else ${staff.failedLogins} + 1 end`,
      failedLoginsSince: sql`case when ${windowOver} then now() else ${staff.failedLoginsSince} end`,
      lastFailedLoginAt: sql`now()`,
      lastFailedLoginIp: ip.slice(0, 100),
    })
    .where(sql`lower(${staff.login}) = lower(${login})`);
}
