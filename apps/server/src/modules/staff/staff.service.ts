import type { Staff, StaffBody, StaffPatch, StaffQuery } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { foreignKeyViolation, uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import { assertMayHandleRole } from '../../platform/grants';
import { hashPassword } from '../../platform/passwords';
import { endStaffSessions } from '../auth/auth.service';
import { findRoleGrants, grantingActor } from '../roles/roles.service';
import * as repo from './staff.repository';
import { mapStaff } from './staff.view';

type StaffPage = { items: Staff[]; total: number; page: number; pageSize: number };

const roleNotFound = () => fieldError('REFERENCE_NOT_FOUND', 'roleId', 'Роль не найдена', 'ROLE_NOT_FOUND');

function fullNameOf(fullName: string): string {
  const trimmed = fullName.trim();
  if (!trimmed) throw fieldError('VALIDATION_FAILED', 'fullName', 'Заполните поле', 'REQUIRED');
  return trimmed;
}

async function saveStaff<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // logins are unique across the deployment, whatever the letter case.
    if (uniqueViolation(error) === 'staff_login_key') {
      throw fieldError('LOGIN_TAKEN', 'login', 'Этот логин уже занят');
    }
    // T-1: the role was deleted meanwhile, or belongs to another organisation.
    if (foreignKeyViolation(error) === 'staff_role_fk') throw roleNotFound();
    throw error;
  }
}

export function staffService({ db, passwordHashCost }: { db: Db; passwordHashCost: number }) {
  async function load(organizationId: string, id: string): Promise<repo.StaffRow> {
    const row = await repo.findStaff(db, organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** What a role of the actor's organisation grants; another organisation's role is unknown (T-1). */
  async function roleGrants(actor: Actor, roleId: string, tx: Db = db) {
    const grants = await findRoleGrants(tx, actor.organizationId, roleId);
    if (!grants) throw roleNotFound();
    return grants;
  }

  /**
   * Issue 10: a staff member is changed or deleted only by someone who may give them their role
   * (an administrator only by an administrator): else a password reset takes over their rights.
   */
  async function assertMayHandle(actor: Actor, target: { roleId: string }, tx: Db = db) {
    assertMayHandleRole(await grantingActor(tx, actor), await roleGrants(actor, target.roleId, tx));
  }

  async function changesOf(actor: Actor, id: string, patch: StaffPatch): Promise<Partial<repo.StaffValues>> {
    const self = id === actor.staffId;
    // Nobody blocks themselves or takes `staff.manage` away from themselves (no lock-out).
    if (self && patch.active === false) throw new AppError('OWN_ACCESS_CHANGE');
    if (patch.roleId !== undefined) {
      const role = await roleGrants(actor, patch.roleId);
      assertMayHandleRole(await grantingActor(db, actor), role);
      if (self && !role.permissions.includes('staff.manage')) throw new AppError('OWN_ACCESS_CHANGE');
    }
    return {
      login: patch.login,
      fullName: patch.fullName === undefined ? undefined : fullNameOf(patch.fullName),
      roleId: patch.roleId,
      active: patch.active,
      passwordHash:
        patch.password === undefined ? undefined : await hashPassword(patch.password, passwordHashCost),
    };
  }

  return {
    async list(actor: Actor, query: StaffQuery): Promise<StaffPage> {
      assertCan(actor, 'staff.manage');
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const { items, total } = await repo.listStaff(db, actor.organizationId, {
        search: query.search,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: items.map(mapStaff), total, page, pageSize };
    },

    async get(actor: Actor, id: string): Promise<Staff> {
      assertCan(actor, 'staff.manage');
      return mapStaff(await load(actor.organizationId, id));
    },

    async create(actor: Actor, body: StaffBody): Promise<Staff> {
      assertCan(actor, 'staff.manage');
      const fullName = fullNameOf(body.fullName);
      await assertMayHandle(actor, body);
      const values: repo.StaffValues = {
        login: body.login,
        fullName,
        roleId: body.roleId,
        active: body.active ?? true,
        passwordHash: await hashPassword(body.password, passwordHashCost),
      };
      const id = await saveStaff(() => repo.insertStaff(db, actor.organizationId, values));
      return mapStaff(await load(actor.organizationId, id));
    },

    async update(actor: Actor, id: string, patch: StaffPatch): Promise<Staff> {
      assertCan(actor, 'staff.manage');
      await assertMayHandle(actor, await load(actor.organizationId, id));
      const changes = await changesOf(actor, id, patch);
      // a blocked staff member, or one whose password was reset, must log in again.
      const endSessions = changes.active === false || changes.passwordHash !== undefined;
      await saveStaff(() =>
        db.transaction(async (tx) => {
          await repo.updateStaff(tx, actor.organizationId, id, changes);
          if (endSessions) await endStaffSessions(tx, actor.organizationId, id);
        }),
      );
      return mapStaff(await load(actor.organizationId, id));
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'staff.manage');
      if (id === actor.staffId) throw new AppError('OWN_ACCESS_CHANGE');
      await db.transaction(async (tx) => {
        const target = await repo.findStaff(tx, actor.organizationId, id);
        if (!target) throw new AppError('NOT_FOUND');
        await assertMayHandle(actor, target, tx);
        await endStaffSessions(tx, actor.organizationId, id);
        await repo.deleteStaff(tx, actor.organizationId, id);
      });
    },
  };
}

export type StaffService = ReturnType<typeof staffService>;
