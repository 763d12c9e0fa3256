import type { Permission } from '@domovoy/contract';
import { AppError } from './errors';

/**
 * Who makes a request: a staff member of one organisation, with the permissions of their role,
 * or an organisation's integration (an API key, I-1), which has no staff id.
 */
export type Actor = {
  organizationId: string;
  staffId: string | null;
  apiKeyId?: string;
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
