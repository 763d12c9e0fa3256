import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId, timestamps } from './columns';
import { organizations } from './organizations';

export const roles = pgTable(
  'roles',
  {
    ...tenantId(),
    name: text('name').notNull(),
    permissions: text('permissions').array().notNull().default(sql`'{}'::text[]`),
    system: boolean('system').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'roles_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    uniqueIndex('roles_name_key').on(t.organizationId, sql`lower(${t.name})`),
  ],
);

export const staff = pgTable(
  'staff',
  {
    ...tenantId(),
    // Staff log in with a login alone, so a login is unique across the deployment.
    login: text('login').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    roleId: uuid('role_id').notNull(),
    active: boolean('active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    // Failed logins under this login from any address, in an hourly window: the administrator
    // sees when someone guesses a password (issue 10, hole 3).
    failedLogins: integer('failed_logins').notNull().default(0),
    failedLoginsSince: timestamp('failed_logins_since', { withTimezone: true, mode: 'date' }),
    lastFailedLoginAt: timestamp('last_failed_login_at', { withTimezone: true, mode: 'date' }),
    lastFailedLoginIp: text('last_failed_login_ip'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'staff_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'staff_role_fk',
      columns: [t.organizationId, t.roleId],
      foreignColumns: [roles.organizationId, roles.id],
    }),
    uniqueIndex('staff_login_key').on(sql`lower(${t.login})`),
    index('staff_role_idx').on(t.organizationId, t.roleId),
  ],
);

/** Server-side staff sessions; only the SHA-256 of the token is stored. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    foreignKey({
      name: 'staff_sessions_staff_fk',
      columns: [t.organizationId, t.staffId],
      foreignColumns: [staff.organizationId, staff.id],
    }).onDelete('cascade'),
    index('staff_sessions_staff_idx').on(t.organizationId, t.staffId),
  ],
);

/** Fixed-window counters shared by every server process (login attempts, later SMS codes). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true, mode: 'date' }).notNull(),
  hits: integer('hits').notNull(),
});
