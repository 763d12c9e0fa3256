import { timestamp, uuid } from 'drizzle-orm/pg-core';

// Tenant tables key every row by (organization_id, id): every unique key and index starts with
// the organisation (ARCHITECTURE "Data"), and composite foreign keys make a cross-tenant
// reference impossible in the database itself.
export const tenantId = () => ({
  organizationId: uuid('organization_id').notNull(),
  id: uuid('id').notNull().defaultRandom(),
});

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
