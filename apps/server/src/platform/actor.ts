import type { Permission } from '@domovoy/contract';
import { AppError } from './errors';

/**
 * Who makes a request: a staff member of one organisation, with the permissions of their role,
 * an organisation's integration (an API key, I-1), which has no staff id, or a resident acting on
 * their own card in the app (`residentActor`).
 */
export type Actor = {
  organizationId: string;
  staffId: string | null;
  apiKeyId?: string;
  /** A resident in the app: the account (T-3) whose own card the action is on. */
  residentAccountId?: string;
  name: string;
  roleId: string;
  permissions: ReadonlySet<Permission>;
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** The first line of every service method (STYLE 6). */
export function assertCan(actor: Actor, ...permissions: Permission[]): void {
  for (const permission of permissions) {
    if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN');
  }
}

/** For what only a staff member has (their own profile and password): an API key has none. */
export function staffIdOf(actor: Actor): string {
  if (!actor.staffId) throw new AppError('FORBIDDEN');
  return actor.staffId;
}

/** How the change history names a resident acting in the app: «Клиент в приложении: ФИО». */
export const RESIDENT_ACTOR_PREFIX = 'Клиент в приложении';

/**
 * The resident is another kind of actor, not another code path (ARCHITECTURE): the app's changes
 * to the resident's own card go through the clients service like staff edits, with only the rights
 * the use case grants, no staff id, and the card's name as the author in history.
 */
export function residentActor(
  organizationId: string,
  accountId: string,
  fullName: string,
  permissions: readonly Permission[],
): Actor {
  return {
    organizationId,
    staffId: null,
    residentAccountId: accountId,
    name: `${RESIDENT_ACTOR_PREFIX}: ${fullName}`,
    roleId: '',
    permissions: new Set(permissions),
  };
}
