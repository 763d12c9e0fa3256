import type { Permission, PermissionInfo, Role, RoleBody, RoleGrants, RolePatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { foreignKeyViolation, uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import { assertHeld, type GrantingActor } from '../../platform/grants';
import { permissionsOf } from '../auth/auth.service';
import * as repo from './roles.repository';
import { mapRole, permissionCatalogue } from './roles.view';

function grantsOf(row: repo.RoleRow): RoleGrants & { permissions: Permission[] } {
  const permissions = permissionsOf({ roleSystem: row.system, rolePermissions: row.permissions });
  return { system: row.system, permissions: [...permissions] };
}

/** What a role of the organisation grants, or undefined when it is not there. */
export async function findRoleGrants(
  db: Db,
  organizationId: string,
  roleId: string,
): Promise<(RoleGrants & { permissions: Permission[] }) | undefined> {
  const row = await repo.findRole(db, organizationId, roleId);
  return row && grantsOf(row);
}

/** The actor, and whether their role is the built-in administrator role (a key's never is). */
export async function grantingActor(db: Db, actor: Actor): Promise<GrantingActor> {
  const role = actor.staffId ? await repo.findRole(db, actor.organizationId, actor.roleId) : undefined;
  return { ...actor, administrator: role?.system ?? false };
}

/** The permissions a role edit switches on or off. */
function switched(before: readonly Permission[], after: readonly Permission[]): Permission[] {
  return [...before.filter((p) => !after.includes(p)), ...after.filter((p) => !before.includes(p))];
}

function roleName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw fieldError('VALIDATION_FAILED', 'name', 'Заполните поле', 'REQUIRED');
  return trimmed;
}

function sortedPermissions(permissions: Permission[]): Permission[] {
  return [...new Set(permissions)].sort();
}

async function saveRole<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error) === 'roles_name_key') {
      throw fieldError('NAME_TAKEN', 'name', 'Роль с таким названием уже есть');
    }
    throw error;
  }
}

export function rolesService({ db }: { db: Db }) {
  async function load(organizationId: string, id: string): Promise<repo.RoleRow> {
    const row = await repo.findRole(db, organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    // the role editor is an administrator's page, like the roles themselves.
    permissions(actor: Actor): PermissionInfo[] {
      assertCan(actor, 'staff.manage');
      return permissionCatalogue();
    },

    async list(actor: Actor): Promise<Role[]> {
      assertCan(actor, 'staff.manage');
      return (await repo.listRoles(db, actor.organizationId)).map(mapRole);
    },

    async get(actor: Actor, id: string): Promise<Role> {
      assertCan(actor, 'staff.manage');
      return mapRole(await load(actor.organizationId, id));
    },

    async create(actor: Actor, body: RoleBody): Promise<Role> {
      assertCan(actor, 'staff.manage');
      const values = { name: roleName(body.name), permissions: sortedPermissions(body.permissions) };
      assertHeld(actor, values.permissions);
      const id = await saveRole(() => repo.insertRole(db, actor.organizationId, values));
      return mapRole(await load(actor.organizationId, id));
    },

    async update(actor: Actor, id: string, patch: RolePatch): Promise<Role> {
      assertCan(actor, 'staff.manage');
      const existing = await load(actor.organizationId, id);
      if (existing.system) throw new AppError('SYSTEM_ROLE_READONLY');
      const permissions = patch.permissions && sortedPermissions(patch.permissions);
      // Only switches the actor holds move, either way: a permission they lack may stay on a role
      // but is neither added (escalation) nor taken away from the staff who hold it.
      if (permissions) assertHeld(actor, switched(grantsOf(existing).permissions, permissions));
      // An administrator must not lock themselves out of this page.
      if (id === actor.roleId && permissions && !permissions.includes('staff.manage')) {
        throw new AppError('OWN_ACCESS_CHANGE');
      }
      const name = patch.name === undefined ? undefined : roleName(patch.name);
      await saveRole(() => repo.updateRole(db, actor.organizationId, id, { name, permissions }));
      return mapRole(await load(actor.organizationId, id));
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'staff.manage');
      try {
        await db.transaction(async (tx) => {
          const existing = await repo.findRole(tx, actor.organizationId, id);
          if (!existing) throw new AppError('NOT_FOUND');
          if (existing.system) throw new AppError('SYSTEM_ROLE_READONLY');
          if (existing.staffCount > 0) throw new AppError('ROLE_IN_USE');
          await repo.deleteRole(tx, actor.organizationId, id);
        });
      } catch (error) {
        // Staff given this role between the check and the delete: staff_role_fk refuses it.
        if (foreignKeyViolation(error) === 'staff_role_fk') throw new AppError('ROLE_IN_USE');
        throw error;
      }
    },
  };
}

export type RolesService = ReturnType<typeof rolesService>;
