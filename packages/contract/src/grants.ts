// Who may grant what (issue 10, privilege escalation). The server enforces it; the CRM greys out
// what it would refuse. Nobody grants a permission they do not hold; the built-in administrator
// role is given, and its holders managed, only by an administrator.
import type { Permission } from './permissions';
import type { ApiKeyScope } from './schemas/integration';

/** The one granting: the permissions of their role, and whether it is the administrator role. */
export type Grantor = { administrator: boolean; permissions: ReadonlySet<string> };

/** A role as a bundle of grants: the administrator role holds every permission, now and later. */
export type RoleGrants = { system: boolean; permissions: readonly Permission[] };

/**
 * I-1: what each scope lets a key do, as permissions: a key sees what it loads and unloads in
 * full (personal data included), and nothing of staff and settings. Creating a key with a scope
 * needs every one of them.
 */
export const API_KEY_SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  import: [
    'premises.view',
    'premises.edit',
    'clients.view',
    'clients.edit',
    'clients.pii.name',
    'clients.pii.contacts',
    'tags.create',
    'requests.view',
    'requests.create',
    'meters.readings',
  ],
  export: [
    'premises.view',
    'clients.view',
    'clients.pii.name',
    'clients.pii.contacts',
    'export.clients',
    'export.registrations',
    'export.meter_readings',
    'requests.view',
  ],
};

/** The permissions among `wanted` that the grantor does not hold. */
export function notHeld<P extends string>(grantor: Pick<Grantor, 'permissions'>, wanted: Iterable<P>): P[] {
  return [...new Set(wanted)].filter((permission) => !grantor.permissions.has(permission));
}

export type GrantRefusal = 'ADMIN_ONLY' | 'PERMISSION_NOT_HELD';

/**
 * Why the grantor may not give this role to someone, nor manage someone who has it (password,
 * login, blocking, deleting); undefined when they may. An administrator always may; anyone else
 * only for a role that is not the administrator's and grants nothing they lack.
 */
export function roleRefusal(grantor: Grantor, role: RoleGrants): GrantRefusal | undefined {
  if (grantor.administrator) return undefined;
  if (role.system) return 'ADMIN_ONLY';
  return notHeld(grantor, role.permissions).length > 0 ? 'PERMISSION_NOT_HELD' : undefined;
}

/** The permissions a key with these scopes acts with. */
export function scopePermissions(scopes: readonly ApiKeyScope[]): Permission[] {
  return [...new Set(scopes.flatMap((scope) => API_KEY_SCOPE_PERMISSIONS[scope]))];
}
