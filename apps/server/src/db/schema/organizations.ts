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
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantId, timestamps } from './columns';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /**
   * The organisation's name in the resident app's addresses and API calls (its brand): lower-case
   * Latin letters, digits and hyphens, unique across the deployment.
   */
  slug: text('slug')
    .notNull()
    .unique('organizations_slug_key')
    .default(sql`('o-' || substr(md5(gen_random_uuid()::text), 1, 10))`),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

const orgFk = (name: string, column: Parameters<typeof foreignKey>[0]['columns'][number]) =>
  foreignKey({ name, columns: [column], foreignColumns: [organizations.id] }).onDelete('cascade');

export const legalEntities = pgTable(
  'legal_entities',
  {
    ...tenantId(),
    name: text('name').notNull(),
    inn: text('inn').notNull(),
    kpp: text('kpp'),
    ogrn: text('ogrn'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('legal_entities_org_fk', t.organizationId),
    unique('legal_entities_inn_kpp_key').on(t.organizationId, t.inn, t.kpp).nullsNotDistinct(),
  ],
);

export const objectGroups = pgTable(
  'object_groups',
  { ...tenantId(), name: text('name').notNull(), ...timestamps() },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('object_groups_org_fk', t.organizationId),
    uniqueIndex('object_groups_name_key').on(t.organizationId, sql`lower(${t.name})`),
  ],
);

export const quarters = pgTable(
  'quarters',
  { ...tenantId(), name: text('name').notNull(), ...timestamps() },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('quarters_org_fk', t.organizationId),
    uniqueIndex('quarters_name_key').on(t.organizationId, sql`lower(${t.name})`),
  ],
);

export const objects = pgTable(
  'objects',
  {
    ...tenantId(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    onlinePayment: boolean('online_payment').notNull().default(true),
    groupId: uuid('group_id'),
    quarterId: uuid('quarter_id'),
    imageKey: text('image_key'),
    imageContentType: text('image_content_type'),
    imageVersion: integer('image_version').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgFk('objects_org_fk', t.organizationId),
    foreignKey({
      name: 'objects_group_fk',
      columns: [t.organizationId, t.groupId],
      foreignColumns: [objectGroups.organizationId, objectGroups.id],
    }),
    foreignKey({
      name: 'objects_quarter_fk',
      columns: [t.organizationId, t.quarterId],
      foreignColumns: [quarters.organizationId, quarters.id],
    }),
    index('objects_group_idx').on(t.organizationId, t.groupId),
    index('objects_quarter_idx').on(t.organizationId, t.quarterId),
  ],
);
