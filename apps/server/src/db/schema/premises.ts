import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId, timestamps } from './columns';
import { legalEntities, objects, organizations } from './organizations';

export const premises = pgTable(
  'premises',
  {
    ...tenantId(),
    objectId: uuid('object_id').notNull(),
    type: text('type').notNull(),
    street: text('street'),
    house: text('house'),
    building: text('building'),
    number: text('number'),
    room: text('room'),
    entrance: text('entrance'),
    floor: integer('floor').notNull().default(0),
    rooms: integer('rooms'),
    totalArea: numeric('total_area', { precision: 12, scale: 2, mode: 'number' }),
    livingArea: numeric('living_area', { precision: 12, scale: 2, mode: 'number' }),
    /** Issue 15: Rosreestr's кадастровый номер, and the number of people registered there. */
    cadastralNumber: text('cadastral_number'),
    registeredResidents: integer('registered_residents'),
    onlinePayment: boolean('online_payment').notNull().default(true),
    note: text('note'),
    externalId: text('external_id'),
    // Normalised copies for search (P-2) and natural sorting; written with every change.
    streetNorm: text('street_norm').notNull().default(''),
    houseNorm: text('house_norm').notNull().default(''),
    buildingNorm: text('building_norm').notNull().default(''),
    numberNorm: text('number_norm').notNull().default(''),
    roomNorm: text('room_norm').notNull().default(''),
    sortKey: text('sort_key').notNull(),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'premises_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'premises_object_fk',
      columns: [t.organizationId, t.objectId],
      foreignColumns: [objects.organizationId, objects.id],
    }),
    unique('premises_address_key')
      .on(
        t.organizationId,
        t.objectId,
        t.type,
        t.streetNorm,
        t.houseNorm,
        t.buildingNorm,
        t.numberNorm,
        t.roomNorm,
      )
      .nullsNotDistinct(),
    uniqueIndex('premises_external_id_key').on(t.organizationId, t.externalId),
    index('premises_object_sort_idx').on(t.organizationId, t.objectId, sql`${t.sortKey} collate "C"`),
    index('premises_sort_idx').on(t.organizationId, sql`${t.sortKey} collate "C"`),
    // Issue 16: each offered sort read in order from an index, organisation first, to the id that
    // breaks ties (by area: nulls last both ways, the address next).
    index('premises_area_idx').on(t.organizationId, t.totalArea, sql`${t.sortKey} collate "C"`, t.id),
    index('premises_area_desc_idx').on(
      t.organizationId,
      sql`${t.totalArea} desc nulls last`,
      sql`${t.sortKey} collate "C"`,
      t.id,
    ),
    index('premises_number_idx').on(t.organizationId, t.numberNorm, t.houseNorm),
    // «кв 65»: every premise with that number, read in address order to the id (P-2 with P-3's
    // sort); the type in it lets the total of «кв 65» (flats and rooms) be counted from the index
    // alone (issue 16).
    index('premises_number_sort_idx').on(
      t.organizationId,
      t.numberNorm,
      sql`${t.sortKey} collate "C"`,
      t.id,
      t.type,
    ),
    index('premises_house_idx').on(t.organizationId, t.houseNorm),
    index('premises_street_trgm_idx').using('gin', t.organizationId, t.streetNorm.op('gin_trgm_ops')),
  ],
);

export const personalAccounts = pgTable(
  'personal_accounts',
  {
    ...tenantId(),
    premiseId: uuid('premise_id').notNull(),
    legalEntityId: uuid('legal_entity_id').notNull(),
    number: text('number').notNull(),
    els: text('els'),
    externalId: text('external_id'),
    hiddenFromResidents: boolean('hidden_from_residents').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'personal_accounts_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'personal_accounts_legal_entity_fk',
      columns: [t.organizationId, t.legalEntityId],
      foreignColumns: [legalEntities.organizationId, legalEntities.id],
    }),
    unique('personal_accounts_number_key').on(t.organizationId, t.legalEntityId, t.number),
    uniqueIndex('personal_accounts_external_id_key').on(t.organizationId, t.externalId),
    index('personal_accounts_premise_idx').on(t.organizationId, t.premiseId),
    index('personal_accounts_number_idx').on(t.organizationId, t.number.op('text_pattern_ops')),
    index('personal_accounts_els_idx').on(t.organizationId, t.els),
  ],
);

export const premiseDocuments = pgTable(
  'premise_documents',
  {
    ...tenantId(),
    premiseId: uuid('premise_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    date: date('date', { mode: 'string' }),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** APP-3: shown to the premise's residents in the app (staff decide; off by default). */
    visibleToResidents: boolean('visible_to_residents').notNull().default(false),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'premise_documents_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    index('premise_documents_premise_idx').on(t.organizationId, t.premiseId),
  ],
);

export const tags = pgTable(
  'tags',
  {
    ...tenantId(),
    name: text('name').notNull(),
    nameNorm: text('name_norm').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'tags_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    unique('tags_name_key').on(t.organizationId, t.nameNorm),
    index('tags_name_trgm_idx').using('gin', t.organizationId, t.nameNorm.op('gin_trgm_ops')),
  ],
);

export const premiseTags = pgTable(
  'premise_tags',
  {
    organizationId: uuid('organization_id').notNull(),
    premiseId: uuid('premise_id').notNull(),
    tagId: uuid('tag_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.premiseId, t.tagId] }),
    foreignKey({
      name: 'premise_tags_premise_fk',
      columns: [t.organizationId, t.premiseId],
      foreignColumns: [premises.organizationId, premises.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'premise_tags_tag_fk',
      columns: [t.organizationId, t.tagId],
      foreignColumns: [tags.organizationId, tags.id],
    }).onDelete('cascade'),
    index('premise_tags_tag_idx').on(t.organizationId, t.tagId),
  ],
);
