import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { residentAccounts } from './clients';
import { organizations } from './organizations';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * AUTH-1: a one-time sign-in code sent by SMS to a phone under an organisation's brand. Only
 * its hash is kept; it is used once, expires, and survives five wrong tries at most.
 */
export const residentAuthCodes = pgTable(
  'resident_auth_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phone: text('phone').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('resident_auth_codes_phone_idx').on(t.phone, t.createdAt)],
);

/**
 * S-1..S-3: a device signed in to an organisation's app. The bearer token is opaque; only its
 * SHA-256 is kept. Ending a session deletes the row. The device's notification settings as it
 * last reported them live here; every change is also kept in `resident_notification_changes`.
 */
export const residentSessions = pgTable(
  'resident_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => residentAccounts.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Null for a device that signed in before devices were recorded: «Неизвестное устройство». */
    deviceName: text('device_name'),
    devicePlatform: text('device_platform'),
    appVersion: text('app_version'),
    /** Whether the OS lets the app show notifications; null until the device says. */
    osPermission: boolean('os_permission'),
    /** Notification type code → on/off, as the device last reported (S-3). */
    notificationTypes: jsonb('notification_types').$type<Record<string, boolean>>(),
    notificationsChangedAt: at('notifications_changed_at'),
    ip: text('ip'),
    createdAt: at('created_at').notNull().defaultNow(),
    /** Touched at most once a minute, not on every request. */
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resident_sessions_token_key').on(t.tokenHash),
    index('resident_sessions_account_idx').on(t.organizationId, t.accountId),
    // A new password ends the account's sessions on every device, in every organisation.
    index('resident_sessions_account_only_idx').on(t.accountId),
  ],
);

/** Every notification-settings report that changed something (the monitor counts them, M-3). */
export const residentNotificationChanges = pgTable(
  'resident_notification_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => residentAccounts.id, { onDelete: 'cascade' }),
    /** No foreign key: the change outlives the session it came from. */
    sessionId: uuid('session_id').notNull(),
    appVersion: text('app_version'),
    osPermission: boolean('os_permission').notNull(),
    notificationTypes: jsonb('notification_types').$type<Record<string, boolean>>().notNull(),
    changedAt: at('changed_at').notNull().defaultNow(),
  },
  (t) => [index('resident_notification_changes_org_idx').on(t.organizationId, t.changedAt)],
);

/** Each day a device opened the app, with its version (the monitor's active users, M-3). */
export const residentAppOpens = pgTable(
  'resident_app_opens',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => residentAccounts.id, { onDelete: 'cascade' }),
    appVersion: text('app_version'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.sessionId, t.day] }),
    index('resident_app_opens_day_idx').on(t.organizationId, t.day),
  ],
);

/**
 * Every SMS the platform sends, whatever the provider: the outbox administrators read
 * («Настройки → SMS») and the record of delivery. A message is never lost: a provider failure
 * leaves it queued for a retry or failed with the reason.
 */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The organisation whose brand sent it; null for a platform message. */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    phone: text('phone').notNull(),
    text: text('text').notNull(),
    /** Why it was sent: `auth_code`, later `mailing`, `reminder`. */
    purpose: text('purpose').notNull(),
    /** queued → sent | failed. */
    status: text('status').notNull().default('queued'),
    provider: text('provider'),
    providerMessageId: text('provider_message_id'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
  },
  (t) => [index('sms_messages_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * One background job queue for all asynchronous work (SMS, later push, mailings, reminders):
 * claimed with `for update skip locked` so that several processes share it, retried with backoff,
 * and taken back from a process that stopped while holding it.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** queued → running → done | failed (after the last attempt). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: at('run_at').notNull().defaultNow(),
    lockedUntil: at('locked_until'),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('jobs_due_idx').on(t.runAt).where(sql`status in ('queued', 'running')`)],
);

/** Keys the server makes for itself when the operator gave none (platform/server-secret.ts). */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});
