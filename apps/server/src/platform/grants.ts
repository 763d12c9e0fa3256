import {
  type Grantor,
  notHeld,
  PERMISSIONS,
  type Permission,
  type RoleGrants,
  roleRefusal,
} from '@domovoy/contract';
import type { Actor } from './actor';
import { AppError } from './errors';

// Issue 10: nobody grants what they do not hold. Every use case that gives permissions away —
// a role's switches, a staff member's role, an API key's scopes — asks here (rules in
// packages/contract/src/grants.ts, shared with the CRM that greys out what is refused).

/** An actor who grants: their permissions, and whether their role is the administrator role. */
export type GrantingActor = Actor & Grantor;

/** 403 PERMISSION_NOT_HELD unless the actor holds every one of these permissions. */
export function assertHeld(actor: Pick<Grantor, 'permissions'>, permissions: Iterable<Permission>): void {
  const missing = notHeld(actor, permissions);
  if (missing.length === 0) return;
  const labels = missing.map((permission) => `«${PERMISSIONS[permission].label}»`).join(', ');
  throw new AppError('PERMISSION_NOT_HELD', { detail: `У вас нет прав: ${labels}` });
}

/**
 * To give a role to a staff member, or to change or delete a staff member who has it: 403
 * ADMIN_ONLY for the administrator role unless the actor is an administrator, 403
 * PERMISSION_NOT_HELD for a role granting anything the actor lacks.
 */
export function assertMayHandleRole(actor: Grantor, role: RoleGrants): void {
  const refusal = roleRefusal(actor, role);
  if (refusal === 'ADMIN_ONLY') throw new AppError('ADMIN_ONLY');
  if (refusal) assertHeld(actor, role.permissions);
}
