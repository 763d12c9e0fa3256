import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients, residentAccounts } from './clients';
import { tenantId, timestamps } from './columns';
import { organizations } from './organizations';
import { personalAccounts, premises } from './premises';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * APP-2: the sum due on a personal account as the accounting system last sent it
 * (`POST /api/integration/v1/balances`); one row per account, replaced by each sending.
 */
export const accountBalances = pgTable(
  'account_balances',
  {
    organizationId: uuid('organization_id').notNull(),
    accountId: uuid('account_id').notNull(),
    /** Roubles with kopecks; negative: paid in advance. */
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'string' }).notNull(),
    /** The month billed (its first day). */
    period: date('period', { mode: 'string' }).notNull(),
    /** When the accounting system computed it (its own time, sent with the sum). */
    computedAt: at('computed_at'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.accountId] }),
    foreignKey({
      name: 'account_balances_account_fk',
      columns: [t.organizationId, t.accountId],
      foreignColumns: [personalAccounts.organizationId, personalAccounts.id],
    }).onDelete('cascade'),
  ],
);

/** APP-3: a premise's insurance policy, when the accounting system sends one. */
export const insurancePolicies = pgTable(
  'insurance_policies',
  {
    ...tenantId(),
    premiseId: uuid('premise_id').notNull(),
    insurer: text('insurer').notNull(),
    number: text('number').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'insurance_policies_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    uniqueIndex('insurance_policies_number_key').on(t.organizationId, t.premiseId, t.number),
  ],
);

/**
 * APP-1: an in-app notification for a resident of an organisation (one row per recipient); push
 * and SMS deliveries come later through the job runner. `dedupeKey` makes a scheduled reminder
 * once only (e.g. `rent:<link id>:<date>`).
 */
export const residentNotifications = pgTable(
  'resident_notifications',
  {
    ...tenantId(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => residentAccounts.id, { onDelete: 'cascade' }),
    /** The catalogue's type (packages/contract notification-types): what the device may mute. */
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Where tapping it leads in the app, e.g. `/people?premise=<id>`. */
    link: text('link'),
    premiseId: uuid('premise_id'),
    dedupeKey: text('dedupe_key'),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'resident_notifications_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    index('resident_notifications_account_idx').on(t.organizationId, t.accountId, t.createdAt),
    index('resident_notifications_unread_idx').on(t.organizationId, t.accountId).where(sql`read_at is null`),
    uniqueIndex('resident_notifications_dedupe_key').on(t.organizationId, t.dedupeKey),
  ],
);

/**
 * APP-6..APP-8: the people a resident added in the app, per organisation — the ones they may pick
 * again when adding someone to a premise (only those: not people other owners or staff linked),
 * and their guests (`guest`: a person added for events, with no premise). Both sides are client
 * cards of the organisation; the premise links themselves stay in `premise_links` with
 * `added_by_kind = 'resident'` and `added_by_client_id` (L-4).
 */
export const residentPeople = pgTable(
  'resident_people',
  {
    ...tenantId(),
    /** The card of the resident who added the person. */
    clientId: uuid('client_id').notNull(),
    /** The person's card. */
    personClientId: uuid('person_client_id').notNull(),
    /** Added as a guest (events); a person may be a guest and linked to premises at once. */
    guest: boolean('guest').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'resident_people_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'resident_people_person_fk',
      columns: [t.organizationId, t.personClientId],
      foreignColumns: [clients.organizationId, clients.id],
    }).onDelete('cascade'),
    uniqueIndex('resident_people_key').on(t.organizationId, t.clientId, t.personClientId),
    index('resident_people_person_idx').on(t.organizationId, t.personClientId),
  ],
);
