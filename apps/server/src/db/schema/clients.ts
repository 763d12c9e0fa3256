import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId, timestamps } from './columns';
import { organizations } from './organizations';
import { premises, tags } from './premises';

/**
 * T-3: one resident account per phone across every organisation (login, password, devices).
 * Named apart from personal accounts (лицевые счета, `personal_accounts`).
 */
export const residentAccounts = pgTable('resident_accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  phone: text('phone').notNull().unique('resident_accounts_phone_key'),
  passwordHash: text('password_hash'),
  /** The first login to the app anywhere: from then on the phone is this person's login (C-7). */
  firstLoginAt: timestamp('first_login_at', { withTimezone: true, mode: 'date' }),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** An organisation's card of a client (C-5, C-6); a person has one card per organisation. */
export const clients = pgTable(
  'clients',
  {
    ...tenantId(),
    accountId: uuid('account_id').references(() => residentAccounts.id),
    type: text('type').notNull().default('individual'),
    taxForm: text('tax_form'),
    fullName: text('full_name').notNull(),
    phone: text('phone'),
    /** Issue 15: a second phone — contact only (no login, no uniqueness, no search). */
    extraPhone: text('extra_phone'),
    email: text('email'),
    gender: text('gender'),
    birthDate: date('birth_date', { mode: 'string' }),
    passport: text('passport'),
    passportComment: text('passport_comment'),
    regAddress: text('reg_address'),
    regPostcode: text('reg_postcode'),
    regComment: text('reg_comment'),
    inn: text('inn'),
    /** Issue 15: a company's КПП, and the ОГРН (company) or ОГРНИП (ИП). */
    kpp: text('kpp'),
    ogrn: text('ogrn'),
    snils: text('snils'),
    loyaltyCard: text('loyalty_card'),
    status: text('status').notNull().default('active'),
    tester: boolean('tester').notNull().default(false),
    note: text('note'),
    /** APP-5: the person's photo (a stored image), the same on every card of the account. */
    photoKey: text('photo_key'),
    photoContentType: text('photo_content_type'),
    photoVersion: integer('photo_version').notNull().default(0),
    /** APP-8: how to address a child added in the app («Маша»). */
    addressAs: text('address_as'),
    source: text('source').notNull(),
    /** In this organisation's brand of the app: first login and last visit («Был(а) в ЛК»). */
    firstLoginAt: timestamp('first_login_at', { withTimezone: true, mode: 'date' }),
    lastVisitAt: timestamp('last_visit_at', { withTimezone: true, mode: 'date' }),
    // Normalised copies for search (C-2) and sorting.
    nameNorm: text('name_norm').notNull(),
    phoneDigits: text('phone_digits'),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'clients_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    // One card per resident account in an organisation. The account comes first: T-3's sign-in
    // stamps the account's cards in every organisation, and `me` lists those organisations — the
    // one query that crosses tenants on purpose, by the account — so this one index serves both
    // (issue 16: one index fewer for every card a batch writes).
    uniqueIndex('clients_account_key').on(t.accountId, t.organizationId),
    uniqueIndex('clients_phone_key').on(t.organizationId, t.phone),
    // By name to the id that breaks ties: a surname prefix («Захар») reads its first page in order
    // and stops, instead of sorting every match (issue 16).
    index('clients_name_sort_idx').on(t.organizationId, sql`${t.nameNorm} collate "C"`, t.id),
    index('clients_visit_idx').on(t.organizationId, t.lastVisitAt, t.id),
    // Issue 16: the descending sorts keep nulls last («never visited», no phone): indexes of their own.
    index('clients_visit_desc_idx').on(
      t.organizationId,
      sql`${t.lastVisitAt} desc nulls last`,
      sql`${t.id} desc`,
    ),
    index('clients_phone_desc_idx').on(t.organizationId, sql`${t.phone} desc nulls last`, sql`${t.id} desc`),
    index('clients_name_trgm_idx').using('gin', t.organizationId, t.nameNorm.op('gin_trgm_ops')),
    index('clients_phone_trgm_idx').using('gin', t.organizationId, t.phoneDigits.op('gin_trgm_ops')),
    // «8 916 12…»: the start of the national number, byte-wise whatever the database's collation.
    index('clients_phone_prefix_idx').on(t.organizationId, t.phoneDigits.op('text_pattern_ops')),
    // «4567»: the last digits of a number.
    index('clients_phone_suffix_idx').on(
      t.organizationId,
      sql`reverse(right(${t.phoneDigits}, 4)) text_pattern_ops`,
    ),
  ],
);

/** C-8: several external ids per client, one per source system and value in an organisation. */
export const clientExternalIds = pgTable(
  'client_external_ids',
  {
    ...tenantId(),
    clientId: uuid('client_id').notNull(),
    source: text('source').notNull().default(''),
    externalId: text('external_id').notNull(),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'client_external_ids_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    unique('client_external_ids_key').on(t.organizationId, t.source, t.externalId),
    index('client_external_ids_client_idx').on(t.organizationId, t.clientId),
  ],
);

export const clientTags = pgTable(
  'client_tags',
  {
    organizationId: uuid('organization_id').notNull(),
    clientId: uuid('client_id').notNull(),
    tagId: uuid('tag_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.clientId, t.tagId] }),
    foreignKey({
      name: 'client_tags_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'client_tags_tag_fk',
      columns: [t.organizationId, t.tagId],
      foreignColumns: [tags.organizationId, tags.id],
    }).onDelete('cascade'),
    index('client_tags_tag_idx').on(t.organizationId, t.tagId),
  ],
);

/**
 * L-1, L-2: a client's link to a premise with a role. Every role but owner names the owner
 * (or unconfirmed owner) of the same premise it depends on: a foreign key to that owner's link,
 * which follows a merge (ON UPDATE CASCADE) and forbids removing the owner first.
 */
export const premiseLinks = pgTable(
  'premise_links',
  {
    ...tenantId(),
    premiseId: uuid('premise_id').notNull(),
    clientId: uuid('client_id').notNull(),
    role: text('role').notNull(),
    ownerClientId: uuid('owner_client_id'),
    dduNumber: text('ddu_number'),
    dduDate: date('ddu_date', { mode: 'string' }),
    actNumber: text('act_number'),
    actDate: date('act_date', { mode: 'string' }),
    certificateNumber: text('certificate_number'),
    certificateDate: date('certificate_date', { mode: 'string' }),
    contractNumber: text('contract_number'),
    contractDate: date('contract_date', { mode: 'string' }),
    /**
     * APP-7, APP-8: a tenant's rent date («дата арендной платы»): the rent falls due on this date
     * and on the same day of every later month (the month's last day when it is shorter);
     * reminders go to the tenant 3 days before and to the owner who added them on the day.
     */
    rentDate: date('rent_date', { mode: 'string' }),
    shareNumerator: integer('share_numerator'),
    shareDenominator: integer('share_denominator'),
    comment: text('comment'),
    onlinePayment: boolean('online_payment').notNull().default(true),
    /** «Не удалять клиента при интеграции»: imports never remove this link (I-5, AUTH-4). */
    keepOnSync: boolean('keep_on_sync').notNull().default(false),
    /** Who added the link: staff in the CRM, a resident in the app (L-4), or an import. */
    addedByKind: text('added_by_kind').notNull(),
    addedByStaffId: uuid('added_by_staff_id'),
    addedByClientId: uuid('added_by_client_id'),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique('premise_links_key').on(t.organizationId, t.premiseId, t.clientId),
    foreignKey({
      name: 'premise_links_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'premise_links_client_fk',
      columns: [t.organizationId, t.clientId],
      foreignColumns: [clients.organizationId, clients.id],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    foreignKey({
      name: 'premise_links_owner_fk',
      columns: [t.organizationId, t.premiseId, t.ownerClientId],
      foreignColumns: [t.organizationId, t.premiseId, t.clientId],
    }).onUpdate('cascade'),
    index('premise_links_client_idx').on(t.organizationId, t.clientId),
    index('premise_links_owner_idx').on(t.organizationId, t.premiseId, t.ownerClientId),
    // The daily rent reminders read only the links with a rent date (APP-8).
    index('premise_links_rent_idx').on(t.rentDate).where(sql`rent_date is not null`),
  ],
);

/** AUTH-2, C-4: a resident asks to be registered in a premise (or to add one). */
export const registrationRequests = pgTable(
  'registration_requests',
  {
    ...tenantId(),
    kind: text('kind').notNull().default('registration'),
    status: text('status').notNull().default('new'),
    phone: text('phone').notNull(),
    fullName: text('full_name').notNull(),
    /** What the resident typed: the address of the premise, as free text. */
    addressText: text('address_text').notNull(),
    /** What the resident typed about the premise itself (кв. 12, м/м 40), when sent from the app. */
    premiseText: text('premise_text'),
    /** The resident's comment, when sent from the app. */
    residentComment: text('resident_comment'),
    objectId: uuid('object_id'),
    premiseId: uuid('premise_id'),
    requestedRole: text('requested_role'),
    accountId: uuid('account_id').references(() => residentAccounts.id),
    clientId: uuid('client_id'),
    linkId: uuid('link_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    rejectReason: text('reject_reason'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'registration_requests_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    index('registration_requests_status_idx').on(t.organizationId, t.status, t.createdAt),
  ],
);

export const registrationRequestComments = pgTable(
  'registration_request_comments',
  {
    ...tenantId(),
    requestId: uuid('request_id').notNull(),
    authorStaffId: uuid('author_staff_id'),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'registration_request_comments_request_fk',
      columns: [t.organizationId, t.requestId],
      foreignColumns: [registrationRequests.organizationId, registrationRequests.id],
    }).onDelete('cascade'),
    index('registration_request_comments_request_idx').on(t.organizationId, t.requestId),
  ],
);

/** AUTH-3, C-4: a phone that entered the developer's showcase without a known client. */
export const leads = pgTable(
  'leads',
  {
    ...tenantId(),
    phone: text('phone').notNull(),
    phoneDigits: text('phone_digits').notNull(),
    source: text('source').notNull().default('showcase'),
    convertedClientId: uuid('converted_client_id'),
    convertedAt: timestamp('converted_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'leads_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    uniqueIndex('leads_phone_key').on(t.organizationId, t.phone),
  ],
);
