import type { Staff } from '@domovoy/contract';
import type { StaffRow } from './staff.repository';

export function mapStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roleId: row.roleId,
    roleName: row.roleName,
    active: row.active,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
