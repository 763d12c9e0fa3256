import { and, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { leads } from '../../db/schema';
import {
  afterCursor,
  type Cursor,
  cursorOf,
  keyValues,
  type OrderKey,
  orderByKeys,
} from '../../platform/keyset';

export type LeadRow = typeof leads.$inferSelect;

const byId = (organizationId: string, id: string) =>
  and(eq(leads.organizationId, organizationId), eq(leads.id, id));

/** C-2 over leads: a lead is a phone only, so a name matches nothing. */
export const leadSearchColumns = { phoneDigits: leads.phoneDigits };

/** The lead row locked for conversion: two staff members cannot convert it at once. */
export async function lockLead(db: Db, organizationId: string, id: string): Promise<LeadRow | undefined> {
  const [row] = await db.select().from(leads).where(byId(organizationId, id)).for('update');
  return row;
}

export type LeadPage = { converted?: boolean; search?: SQL; limit: number; offset: number };

/** C-4 «Неидентифицированные»: newest first. */
export async function listLeads(db: Db, organizationId: string, page: LeadPage) {
  const converted =
    page.converted === undefined
      ? undefined
      : page.converted
        ? isNotNull(leads.convertedClientId)
        : isNull(leads.convertedClientId);
  const where = and(eq(leads.organizationId, organizationId), converted, page.search);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(leads)
      .where(where)
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(leads).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** The CRM menu's counter: leads not yet made clients. */
export async function countOpenLeads(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(and(eq(leads.organizationId, organizationId), isNull(leads.convertedClientId)));
  return row?.n ?? 0;
}

const LEAD_ORDER: OrderKey[] = [
  { expr: leads.createdAt, desc: true },
  { expr: leads.id, desc: true },
];

/** One page of leads newest first, after the cursor (keyset, for the export). */
export async function leadsPage(
  db: Db,
  organizationId: string,
  filters: { converted?: boolean; search?: SQL },
  cursor: Cursor | null,
  limit: number,
) {
  const converted =
    filters.converted === undefined
      ? undefined
      : filters.converted
        ? isNotNull(leads.convertedClientId)
        : isNull(leads.convertedClientId);
  const rows = await db
    .select({ lead: leads, ...keyValues(LEAD_ORDER) })
    .from(leads)
    .where(
      and(
        eq(leads.organizationId, organizationId),
        converted,
        filters.search,
        cursor ? afterCursor(LEAD_ORDER, cursor) : undefined,
      ),
    )
    .orderBy(...orderByKeys(LEAD_ORDER))
    .limit(limit);
  const last = rows[rows.length - 1];
  return { rows: rows.map((row) => row.lead), next: last ? cursorOf(last, LEAD_ORDER) : null };
}

export async function markConverted(db: Db, organizationId: string, id: string, clientId: string) {
  const now = new Date();
  const [row] = await db
    .update(leads)
    .set({ convertedClientId: clientId, convertedAt: now, updatedAt: now })
    .where(byId(organizationId, id))
    .returning();
  return row;
}
