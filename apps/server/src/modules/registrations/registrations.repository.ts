import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import {
  clients,
  objects,
  premises,
  registrationRequestComments,
  registrationRequests,
  staff,
} from '../../db/schema';
import {
  afterCursor,
  type Cursor,
  cursorOf,
  keyValues,
  type OrderKey,
  orderByKeys,
} from '../../platform/keyset';

const decider = alias(staff, 'decider');
const sameOrg = (column: AnyPgColumn) => eq(column, registrationRequests.organizationId);

/** A request with what the list and the card show of it: object, premise, decider, client. */
const requestColumns = {
  request: registrationRequests,
  objectName: objects.name,
  premise: {
    type: premises.type,
    street: premises.street,
    house: premises.house,
    building: premises.building,
    number: premises.number,
    room: premises.room,
  },
  deciderName: decider.fullName,
  clientName: clients.fullName,
};

export type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];
export type RequestRecord = typeof registrationRequests.$inferSelect;
export type CommentRow = typeof registrationRequestComments.$inferSelect;

function selectRequests<Extra extends Record<string, SQL>>(db: Db, extra?: Extra) {
  return db
    .select({ ...requestColumns, ...(extra as Extra) })
    .from(registrationRequests)
    .leftJoin(objects, and(sameOrg(objects.organizationId), eq(objects.id, registrationRequests.objectId)))
    .leftJoin(
      premises,
      and(sameOrg(premises.organizationId), eq(premises.id, registrationRequests.premiseId)),
    )
    .leftJoin(decider, and(sameOrg(decider.organizationId), eq(decider.id, registrationRequests.decidedBy)))
    .leftJoin(clients, and(sameOrg(clients.organizationId), eq(clients.id, registrationRequests.clientId)));
}

const byId = (organizationId: string, id: string) =>
  and(eq(registrationRequests.organizationId, organizationId), eq(registrationRequests.id, id));

/** C-2 over requests: the name as the clients list normalises it, the phone's national digits. */
export const requestSearchColumns = {
  name: sql`replace(lower(${registrationRequests.fullName}), 'ё', 'е')`,
  phoneDigits: sql`regexp_replace(${registrationRequests.phone}, '^\\+7|\\D', '', 'g')`,
};

export async function findRequest(
  db: Db,
  organizationId: string,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await selectRequests(db).where(byId(organizationId, id));
  return row;
}

/** The request row locked for a decision: two staff members cannot decide it at once. */
export async function lockRequest(
  db: Db,
  organizationId: string,
  id: string,
): Promise<RequestRecord | undefined> {
  const [row] = await db.select().from(registrationRequests).where(byId(organizationId, id)).for('update');
  return row;
}

export type RequestPage = { status?: string; search?: SQL; limit: number; offset: number };

/** C-4: newest first. */
export async function listRequests(db: Db, organizationId: string, page: RequestPage) {
  const where = and(
    eq(registrationRequests.organizationId, organizationId),
    page.status ? eq(registrationRequests.status, page.status) : undefined,
    page.search,
  );
  const [rows, [count]] = await Promise.all([
    selectRequests(db)
      .where(where)
      .orderBy(desc(registrationRequests.createdAt), desc(registrationRequests.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(registrationRequests).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** The CRM menu's counter: requests nobody has decided yet (served by the status index). */
export async function countNewRequests(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrationRequests)
    .where(
      and(eq(registrationRequests.organizationId, organizationId), eq(registrationRequests.status, 'new')),
    );
  return row?.n ?? 0;
}

const REQUEST_ORDER: OrderKey[] = [
  { expr: registrationRequests.createdAt, desc: true },
  { expr: registrationRequests.id, desc: true },
];

/**
 * One page of requests newest first, after the cursor (keyset: the same cost however deep; the
 * cursor is exact to the microsecond).
 */
export async function requestsPage(
  db: Db,
  organizationId: string,
  filters: { status?: string; search?: SQL },
  cursor: Cursor | null,
  limit: number,
) {
  const rows = await selectRequests(db, keyValues(REQUEST_ORDER))
    .where(
      and(
        eq(registrationRequests.organizationId, organizationId),
        filters.status ? eq(registrationRequests.status, filters.status) : undefined,
        filters.search,
        cursor ? afterCursor(REQUEST_ORDER, cursor) : undefined,
      ),
    )
    .orderBy(...orderByKeys(REQUEST_ORDER))
    .limit(limit);
  const last = rows[rows.length - 1];
  return { rows, next: last ? cursorOf(last, REQUEST_ORDER) : null };
}

export function listComments(db: Db, organizationId: string, requestId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(registrationRequestComments)
    .where(
      and(
        eq(registrationRequestComments.organizationId, organizationId),
        eq(registrationRequestComments.requestId, requestId),
      ),
    )
    .orderBy(asc(registrationRequestComments.createdAt), asc(registrationRequestComments.id));
}

export async function insertComment(
  db: Db,
  organizationId: string,
  values: { requestId: string; authorStaffId: string | null; authorName: string; text: string },
) {
  await db.insert(registrationRequestComments).values({ organizationId, ...values });
  await touchRequest(db, organizationId, values.requestId);
}

async function touchRequest(db: Db, organizationId: string, id: string) {
  await db.update(registrationRequests).set({ updatedAt: new Date() }).where(byId(organizationId, id));
}

export type Decision =
  | { status: 'approved'; premiseId: string; clientId: string; linkId: string }
  | { status: 'rejected'; rejectReason: string };

export async function decideRequest(
  db: Db,
  organizationId: string,
  id: string,
  decision: Decision,
  staffId: string | null,
) {
  const now = new Date();
  await db
    .update(registrationRequests)
    .set({ ...decision, decidedBy: staffId, decidedAt: now, updatedAt: now })
    .where(byId(organizationId, id));
}

/** AUTH-2: the organisation's client that has the request's phone (read only, for matching). */
export async function findClientIdByPhone(db: Db, organizationId: string, phone: string) {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone)));
  return row?.id;
}
