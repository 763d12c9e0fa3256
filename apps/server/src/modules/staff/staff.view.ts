import type { Staff } from '@domovoy/contract';
import type { StaffRow } from './staff.repository';

/** So many failed logins within the hour are an attack to tell the administrator about. */
export const LOGIN_FAILURES_ALERT = 10;

function loginFailuresOf(row: StaffRow): Staff['loginFailures'] {
  if (row.recentFailedLogins < LOGIN_FAILURES_ALERT || !row.lastFailedLoginAt) return null;
  return {
    count: row.recentFailedLogins,
    lastAt: row.lastFailedLoginAt.toISOString(),
    lastIp: row.lastFailedLoginIp ?? '',
  };
}

export function mapStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roleId: row.roleId,
    roleName: row.roleName,
    active: row.active,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    loginFailures: loginFailuresOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
