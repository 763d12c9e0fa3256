import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
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
import { tenantId } from './columns';
import { organizations } from './organizations';
import { residentSessions } from './residents';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Where a device receives push messages (one per signed-in device): a Web Push subscription of the
 * installed app (endpoint and its keys) or, for a later native wrapper, an FCM registration token.
 * Ending the session drops it; a push service's 404/410 deletes it.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    sessionId: uuid('session_id')
      .primaryKey()
      .references(() => residentSessions.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => residentAccounts.id, { onDelete: 'cascade' }),
    /** `webpush` or `fcm`. */
    kind: text('kind').notNull(),
    /** Web Push: the push service's endpoint URL; FCM: the registration token. */
    endpoint: text('endpoint').notNull(),
    /** Web Push only: the browser's `p256dh` public key and `auth` secret (base64url). */
    p256dh: text('p256dh'),
    auth: text('auth'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('push_subscriptions_account_idx').on(t.organizationId, t.accountId)],
);

/**
 * One push message to one device, for the record and for idempotency: the job that sends an
 * in-app notification's pushes skips a (notification, session) pair already sent.
 */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    notificationId: uuid('notification_id').notNull(),
    /** No foreign key: the record outlives the session. */
    sessionId: uuid('session_id').notNull(),
    /** sent | failed | dropped (the subscription was gone: 404/410). */
    status: text('status').notNull(),
    error: text('error'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.notificationId, t.sessionId] })],
);

/**
 * M-1, M-2: an SMS or push mailing to a set of clients chosen from a filtered list or a card.
 * The recipients are fixed when it is created; a background job sends to them.
 */
export const mailings = pgTable(
  'mailings',
  {
    ...tenantId(),
    /** Sequential per organisation, shown as «№ 12». */
    number: integer('number').notNull(),
    /** `sms` or `push`. */
    channel: text('channel').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Where it was started: `clients` (list), `premises` (list), `client` (card). */
    source: text('source').notNull(),
    /** The list's filters as they were, for the card («Кому»). */
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** scheduled → sending → done | cancelled. */
    status: text('status').notNull().default('scheduled'),
    /** The staff member who created it (the «инициатор»); null after they were deleted. */
    initiatorStaffId: uuid('initiator_staff_id'),
    initiatorName: text('initiator_name').notNull(),
    sendAt: at('send_at').notNull().defaultNow(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    recipientsTotal: integer('recipients_total').notNull().default(0),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'mailings_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    uniqueIndex('mailings_number_key').on(t.organizationId, t.number),
    index('mailings_created_idx').on(t.organizationId, t.createdAt),
    index('mailings_due_idx').on(t.sendAt).where(sql`status in ('scheduled', 'sending')`),
  ],
);

/**
 * One client of a mailing and what became of the message to them:
 * queued → sent → delivered (when the provider reports it) | failed (reason) | skipped (reason).
 * The row is the idempotency key: a restarted job sends only to rows still `queued`.
 */
export const mailingRecipients = pgTable(
  'mailing_recipients',
  {
    organizationId: uuid('organization_id').notNull(),
    mailingId: uuid('mailing_id').notNull(),
    clientId: uuid('client_id').notNull(),
    /** The phone the SMS goes to (the client's first phone when the mailing was created). */
    phone: text('phone'),
    status: text('status').notNull().default('queued'),
    /** Why it failed or was skipped, in Russian, as the CRM shows it. */
    reason: text('reason'),
    /** The SMS in the outbox, or the in-app notification a push mailing wrote. */
    smsMessageId: uuid('sms_message_id'),
    notificationId: uuid('notification_id'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.mailingId, t.clientId] }),
    foreignKey({
      name: 'mailing_recipients_mailing_fk',
      columns: [t.organizationId, t.mailingId],
      foreignColumns: [mailings.organizationId, mailings.id],
    }).onDelete('cascade'),
    index('mailing_recipients_client_idx').on(t.organizationId, t.clientId),
    index('mailing_recipients_queued_idx').on(t.organizationId, t.mailingId).where(sql`status = 'queued'`),
  ],
);

/**
 * M-3: the monitor's figures per organisation and period (a day, or a week from its Monday),
 * computed by a scheduled job from `resident_app_opens` and `resident_notification_changes`
 * counting app versions from the organisation's minimum, so a year reads in milliseconds.
 */
export const monitorMetrics = pgTable(
  'monitor_metrics',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** `day` or `week`. */
    period: text('period').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Residents who opened the app in the period. */
    activeUsers: integer('active_users').notNull().default(0),
    /** Of them, those with push allowed by the OS and at least one type on. */
    pushUsers: integer('push_users').notNull().default(0),
    /** Residents who withdrew the OS permission or switched every type off in the period. */
    pushDisables: integer('push_disables').notNull().default(0),
    computedAt: at('computed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.period, t.startsOn] })],
);

/**
 * M-3: who switched push off on which Moscow day (counted app versions only), written by the
 * monitor's job with the day aggregates: the period's «Всего» is the distinct accounts over its
 * days, read from this index instead of following every device's reports back each time.
 */
export const monitorDisables = pgTable(
  'monitor_disables',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    accountId: uuid('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day, t.accountId] })],
);
