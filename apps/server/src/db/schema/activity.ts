import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { tenantId, timestamps } from './columns';
import { organizations } from './organizations';
import { personalAccounts, premises } from './premises';
import { staff } from './staff';

// Issue 13: the УО's request desk (заявки, APP-4, ACT-3), meters with their readings (ИПУ) and
// the organisation's settings for them. The activity feed (ACT-1..ACT-4) reads these tables.

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const orgFk = (name: string, column: Parameters<typeof foreignKey>[0]['columns'][number]) =>
  foreignKey({ name, columns: [column], foreignColumns: [organizations.id] }).onDelete('cascade');

/** The organisation's catalogue of request types («Настройки»), in its order. */
export const requestTypes = pgTable(
  'request_types',
  {
    ...tenantId(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    /** No longer offered for new requests; old requests keep it. */
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('request_types_org_fk', t.organizationId),
    uniqueIndex('request_types_name_key').on(t.organizationId, sql`lower(${t.name})`),
  ],
);

/** Per-organisation sequences: the next request number is taken under the row's lock. */
export const organizationCounters = pgTable(
  'organization_counters',
  {
    organizationId: uuid('organization_id').notNull(),
    /** e.g. `service_request` */
    name: text('name').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.name] }),
    orgFk('organization_counters_org_fk', t.organizationId),
  ],
);

/**
 * A request to the УО (заявка): numbered per organisation, of a type from its catalogue, about a
 * premise and from a client (either may be absent for a request taken by phone), with a status
 * whose transitions live in packages/contract.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    ...tenantId(),
    /** Sequential per organisation (organization_counters `service_request`), shown as «№ 1042». */
    number: integer('number').notNull(),
    typeId: uuid('type_id').notNull(),
    subject: text('subject').notNull(),
    description: text('description'),
    premiseId: uuid('premise_id'),
    clientId: uuid('client_id'),
    /** `crm` | `app` | `phone` | `integration` */
    source: text('source').notNull(),
    assigneeStaffId: uuid('assignee_staff_id'),
    dueAt: at('due_at'),
    /** waiting | in_progress | paused | approval | needs_info | done | cancelled */
    status: text('status').notNull(),
    statusChangedAt: at('status_changed_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
    /** The resident's rating (1–5) and review after completion. */
    rating: smallint('rating'),
    review: text('review'),
    ratedAt: at('rated_at'),
    /** When something the resident should see last changed (status, public comment) … */
    residentChangedAt: at('resident_changed_at'),
    /** … and when the resident last opened the request: «unseen changes first» (APP-4). */
    residentSeenAt: at('resident_seen_at'),
    /** Integration: the external system's id, unique per source (idempotent creation). */
    externalSource: text('external_source'),
    externalId: text('external_id'),
    /** Lower-cased subject for search (trigram). */
    subjectNorm: text('subject_norm').notNull(),
    createdByStaffId: uuid('created_by_staff_id'),
    createdByClientId: uuid('created_by_client_id'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('service_requests_org_fk', t.organizationId),
    uniqueIndex('service_requests_number_key').on(t.organizationId, t.number),
    foreignKey({
      name: 'service_requests_type_fk',
      columns: [t.organizationId, t.typeId],
      foreignColumns: [requestTypes.organizationId, requestTypes.id],
    }),
    foreignKey({
      name: 'service_requests_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'service_requests_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'service_requests_assignee_fk',
      columns: [t.organizationId, t.assigneeStaffId],
      foreignColumns: [staff.organizationId, staff.id],
    }).onDelete('set null'),
    uniqueIndex('service_requests_external_key')
      .on(t.organizationId, t.externalSource, t.externalId)
      .where(sql`external_id is not null`),
    // The list: newest first, by status; the premise's and the client's requests; the changes feed.
    index('service_requests_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('service_requests_status_idx').on(t.organizationId, t.status, t.createdAt),
    // … and the «Активность» tab's keyset on (created_at, id) (ACT-1).
    index('service_requests_premise_idx').on(t.organizationId, t.premiseId, t.createdAt, t.id),
    index('service_requests_client_idx').on(t.organizationId, t.clientId, t.createdAt, t.id),
    // ACT-3: the tab's counters read only the index (a busy premise's requests lie all over the table).
    index('service_requests_premise_status_idx').on(t.organizationId, t.premiseId, t.status),
    index('service_requests_client_status_idx').on(t.organizationId, t.clientId, t.status),
    index('service_requests_assignee_idx').on(t.organizationId, t.assigneeStaffId, t.createdAt),
    index('service_requests_updated_idx').on(t.organizationId, t.updatedAt, t.id),
    index('service_requests_subject_trgm_idx').using(
      'gin',
      t.organizationId,
      t.subjectNorm.op('gin_trgm_ops'),
    ),
  ],
);

/** A comment on a request: public (the resident sees it) or internal (staff only). */
export const requestComments = pgTable(
  'request_comments',
  {
    ...tenantId(),
    requestId: uuid('request_id').notNull(),
    body: text('body').notNull(),
    internal: boolean('internal').notNull().default(false),
    /** `staff` | `resident` | `integration` */
    authorKind: text('author_kind').notNull(),
    authorStaffId: uuid('author_staff_id'),
    authorClientId: uuid('author_client_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'request_comments_request_fk',
      columns: [t.organizationId, t.requestId],
      foreignColumns: [serviceRequests.organizationId, serviceRequests.id],
    }).onDelete('cascade'),
    index('request_comments_request_idx').on(t.organizationId, t.requestId, t.createdAt),
  ],
);

/** A photo of a request (with its description) or of one of its comments. */
export const requestPhotos = pgTable(
  'request_photos',
  {
    ...tenantId(),
    requestId: uuid('request_id').notNull(),
    commentId: uuid('comment_id'),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    /** `staff` | `resident` | `integration` */
    authorKind: text('author_kind').notNull(),
    authorStaffId: uuid('author_staff_id'),
    authorClientId: uuid('author_client_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'request_photos_request_fk',
      columns: [t.organizationId, t.requestId],
      foreignColumns: [serviceRequests.organizationId, serviceRequests.id],
    }).onDelete('cascade'),
    index('request_photos_request_idx').on(t.organizationId, t.requestId),
  ],
);

/** The organisation's rules for meter readings (issue 13): the submission window in the app. */
export const meterSettings = pgTable(
  'meter_settings',
  {
    organizationId: uuid('organization_id').primaryKey(),
    /** Days of the month, inclusive; null: no window. */
    windowFromDay: smallint('window_from_day'),
    windowToDay: smallint('window_to_day'),
    /** A reading above this multiple of the meter's usual monthly consumption asks to confirm. */
    jumpFactor: numeric('jump_factor', { precision: 6, scale: 2, mode: 'string' }).notNull().default('5'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [orgFk('meter_settings_org_fk', t.organizationId)],
);

/** An individual meter (ИПУ) of a premise. */
export const meters = pgTable(
  'meters',
  {
    ...tenantId(),
    premiseId: uuid('premise_id').notNull(),
    /** The personal account it is billed on, when known. */
    accountId: uuid('account_id'),
    /** cold_water | hot_water | electricity | heating | gas */
    resource: text('resource').notNull(),
    /** 1, 2 or 3 (electricity day/night/peak); 1 for the rest. */
    tariffs: smallint('tariffs').notNull().default(1),
    serialNumber: text('serial_number').notNull(),
    place: text('place'),
    installedOn: date('installed_on', { mode: 'string' }),
    verifiedOn: date('verified_on', { mode: 'string' }),
    nextVerificationOn: date('next_verification_on', { mode: 'string' }),
    /** A replaced meter keeps its readings; the new one starts from its own initial reading. */
    replacedOn: date('replaced_on', { mode: 'string' }),
    replacedById: uuid('replaced_by_id'),
    externalSource: text('external_source'),
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'meters_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'meters_account_fk',
      columns: [t.organizationId, t.accountId],
      foreignColumns: [personalAccounts.organizationId, personalAccounts.id],
    }).onDelete('set null'),
    index('meters_premise_idx').on(t.organizationId, t.premiseId),
    uniqueIndex('meters_external_key')
      .on(t.organizationId, t.externalSource, t.externalId)
      .where(sql`external_id is not null`),
  ],
);

/** A reading of a meter: one value per tariff, by date, with where it came from and who gave it. */
export const meterReadings = pgTable(
  'meter_readings',
  {
    ...tenantId(),
    meterId: uuid('meter_id').notNull(),
    /** The day the values were read off the meter. */
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    value1: numeric('value1', { precision: 14, scale: 3, mode: 'string' }).notNull(),
    value2: numeric('value2', { precision: 14, scale: 3, mode: 'string' }),
    value3: numeric('value3', { precision: 14, scale: 3, mode: 'string' }),
    /** `crm` | `app` | `integration` */
    source: text('source').notNull(),
    authorStaffId: uuid('author_staff_id'),
    authorClientId: uuid('author_client_id'),
    /** The author confirmed a jump far above the usual consumption. */
    jumpConfirmed: boolean('jump_confirmed').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'meter_readings_meter_fk',
      columns: [t.organizationId, t.meterId],
      foreignColumns: [meters.organizationId, meters.id],
    }).onDelete('cascade'),
    index('meter_readings_meter_idx').on(t.organizationId, t.meterId, t.takenOn),
    // The period's export and the integration feed read by the day taken.
    index('meter_readings_taken_idx').on(t.organizationId, t.takenOn, t.id),
    // ACT-1: a premise's feed reads each meter's newest readings, a client's the readings they gave.
    index('meter_readings_meter_created_idx').on(t.organizationId, t.meterId, t.createdAt, t.id),
    index('meter_readings_client_idx')
      .on(t.organizationId, t.authorClientId, t.createdAt, t.id)
      .where(sql`author_client_id is not null`),
  ],
);

/**
 * ACT-1, ACT-2: the feed's other actions — a call logged by staff (note and result), and the
 * kinds other systems of the УО report through the integration API (marketplace order, bill
 * payment, one-time and permanent pass, survey, owners' meeting). Requests and readings are read
 * from their own tables.
 */
export const activityRecords = pgTable(
  'activity_records',
  {
    ...tenantId(),
    /** call | marketplace_order | bill_payment | one_time_pass | permanent_pass | survey | owners_meeting */
    kind: text('kind').notNull(),
    premiseId: uuid('premise_id'),
    clientId: uuid('client_id'),
    subject: text('subject').notNull(),
    status: text('status'),
    /** A call's note and result; free text from other systems. */
    note: text('note'),
    result: text('result'),
    occurredAt: at('occurred_at').notNull(),
    authorStaffId: uuid('author_staff_id'),
    externalSource: text('external_source'),
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'activity_records_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'activity_records_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    }).onDelete('cascade'),
    index('activity_records_premise_idx').on(t.organizationId, t.premiseId, t.occurredAt, t.id),
    index('activity_records_client_idx').on(t.organizationId, t.clientId, t.occurredAt, t.id),
    uniqueIndex('activity_records_external_key')
      .on(t.organizationId, t.externalSource, t.externalId)
      .where(sql`external_id is not null`),
  ],
);
