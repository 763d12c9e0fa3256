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

/** A brand: its name in the app, its colour (#rrggbb) and logo (a stored image). */
function brandColumns() {
  return {
    brandName: text('brand_name'),
    brandColor: text('brand_color'),
    brandLogoKey: text('brand_logo_key'),
    brandLogoContentType: text('brand_logo_content_type'),
    brandLogoVersion: integer('brand_logo_version').notNull().default(0),
  };
}

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
  /** T-3, APP-2: the brand the resident app wears for this organisation (null name: its name). */
  ...brandColumns(),
  /** Products switched on for residents: `requests` (Заявки в УК), `events`, `developer`. */
  products: text('products').array().notNull().default(sql`'{requests}'::text[]`),
  /**
   * M-3: the monitor counts only app versions from this one (the seed's «4.7 and above» rule);
   * null: from the first version that reports notification settings (MONITOR_DEFAULT_MIN_VERSION).
   */
  monitorMinAppVersion: text('monitor_min_app_version'),
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
    /**
     * APP-2 «Оплатить все»: the legal entity's payment page, with `{account}` and `{sum}` put in
     * (e.g. https://pay.example.ru/?ls={account}&sum={sum}); no card data passes through Domovoy.
     */
    paymentUrlTemplate: text('payment_url_template'),
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
    /** An object may wear its own brand in the app; null fields take the organisation's. */
    ...brandColumns(),
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
