import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { hashPassword, PASSWORD_HASH_COST } from '../../platform/passwords';
import { createDefaultRequestTypes } from '../service-requests/request-types.service';
import * as repo from './organizations.repository';

export const ADMIN_ROLE_NAME = 'Администратор';

/** An organisation's slug: its name in the resident app's addresses (`/app/<slug>/`). */
export const ORGANIZATION_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

// Platform operations, run from the CLI (and the demo seed), not by an organisation's staff.
export function organizationsService({
  db,
  passwordHashCost = PASSWORD_HASH_COST,
}: {
  db: Db;
  /** Config PASSWORD_HASH_COST (the CLI and the demo use the default). */
  passwordHashCost?: number;
}) {
  return {
    /**
     * T-1: a new organisation with its built-in administrator role and request types. Without a slug the database
     * picks one (`o-` and ten hex digits).
     */
    async create(name: string, slug?: string) {
      if (slug !== undefined && !ORGANIZATION_SLUG.test(slug))
        throw new Error(`Bad slug "${slug}": lower-case Latin letters, digits and inner hyphens, up to 40`);
      return db.transaction(async (tx) => {
        const organization = await repo.insertOrganization(tx, name, slug);
        await repo.insertRole(tx, {
          organizationId: organization.id,
          name: ADMIN_ROLE_NAME,
          permissions: [],
          system: true,
        });
        // Issue 13: the default catalogue of request types, editable in «Настройки».
        await createDefaultRequestTypes(tx, organization.id);
        return organization;
      });
    },

    findByName: (name: string) => repo.findOrganizationByName(db, name),
    find: (id: string) => repo.findOrganization(db, id),
    findBySlug: (slug: string) => repo.findOrganizationBySlug(db, slug),
    list: () => repo.listOrganizations(db),

    /** A staff member with the administrator role. */
    async createAdmin(input: { organizationId: string; login: string; password: string; fullName: string }) {
      const role = await repo.findSystemRole(db, input.organizationId);
      if (!role) throw new AppError('NOT_FOUND', { detail: 'Организация не найдена' });
      if (await repo.loginExists(db, input.login)) throw new AppError('LOGIN_TAKEN');
      return repo.insertStaff(db, {
        organizationId: input.organizationId,
        login: input.login,
        fullName: input.fullName,
        passwordHash: await hashPassword(input.password, passwordHashCost),
        roleId: role.id,
      });
    },
  };
}

export type OrganizationsService = ReturnType<typeof organizationsService>;
