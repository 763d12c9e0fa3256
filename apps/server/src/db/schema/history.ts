import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

export type ChangeRecord = { field: string; old: unknown; new: unknown };

// who changed what and when. Rows outlive the entity they describe (a deleted premise
// keeps its history), so there is no foreign key to it.
export const changeHistory = pgTable(
  'change_history',
  {
    organizationId: uuid('organization_id').notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The premise card this entry belongs to (a premise, its account, its document, a link). */
    premiseId: uuid('premise_id'),
    /** The client card this entry belongs to (a client, its external ids, a link). */
    clientId: uuid('client_id'),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<ChangeRecord[]>().notNull().default(sql`'[]'::jsonb`),
    actorStaffId: uuid('actor_staff_id'),
    /** The actor's name at the time: history stays readable after the staff member is deleted. */
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      name: 'change_history_org_fk',
      columns: [t.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('cascade'),
    // Each index holds only the entries read through it (issue 16: a new client's two entries,
    // the card's and its external id's, went into all four): a premise card's, a client card's,
    // and those of the records read by themselves (listEntityHistory).
    index('change_history_premise_idx')
      .on(t.organizationId, t.premiseId, t.id)
      .where(sql`premise_id is not null`),
    index('change_history_client_idx')
      .on(t.organizationId, t.clientId, t.id)
      .where(sql`client_id is not null`),
    index('change_history_entity_idx')
      .on(t.organizationId, t.entityType, t.entityId, t.id)
      .where(sql`entity_type in ('registration_request', 'service_request')`),
  ],
);
