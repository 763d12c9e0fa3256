import { PERMISSION_GROUPS, PERMISSIONS, type PermissionInfo, type Role } from '@domovoy/contract';
import { permissionsOf } from '../auth/auth.service';
import type { RoleRow } from './roles.repository';

export function mapRole(row: RoleRow): Role {
  return {
    id: row.id,
    name: row.name,
    // The system role shows every permission, as sessions grant it (permissionsOf).
    permissions: [...permissionsOf({ roleSystem: row.system, rolePermissions: row.permissions })],
    system: row.system,
    staffCount: row.staffCount,
  };
}

/** the catalogue the role editor shows, grouped as in the CRM's «Управление». */
export function permissionCatalogue(): PermissionInfo[] {
  return Object.entries(PERMISSIONS).map(([name, { group, label }]) => ({
    name: name as keyof typeof PERMISSIONS,
    label,
    group,
    groupLabel: PERMISSION_GROUPS[group],
  }));
}
