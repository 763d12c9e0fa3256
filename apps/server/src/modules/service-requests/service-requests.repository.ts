import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import {
  clients,
  objects,
  premises,
  requestComments,
  requestPhotos,
  requestTypes,
  serviceRequests,
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

const sameOrg = (column: AnyPgColumn) => eq(column, serviceRequests.organizationId);

/** A request with what the list and the card show of it: type, premise, object, client, assignee. */
const requestColumns = {
  request: serviceRequests,
  typeName: requestTypes.name,
  premise: {
    type: premises.type,
    street: premises.street,
    house: premises.house,
    building: premises.building,
    number: premises.number,
    room: premises.room,
    externalId: premises.externalId,
    objectId: premises.objectId,
  },
  objectName: objects.name,
  client: { fullName: clients.fullName, phone: clients.phone, accountId: clients.accountId },
  assigneeName: staff.fullName,
};

function selectRequests<Extra extends Record<string, SQL>>(db: Db, extra?: Extra) {
  return db
    .select({ ...requestColumns, ...(extra as Extra) })
    .from(serviceRequests)
    .innerJoin(
      requestTypes,
      and(sameOrg(requestTypes.organizationId), eq(requestTypes.id, serviceRequests.typeId)),
    )
    .leftJoin(premises, and(sameOrg(premises.organizationId), eq(premises.id, serviceRequests.premiseId)))
    .leftJoin(
      objects,
      and(eq(objects.organizationId, premises.organizationId), eq(objects.id, premises.objectId)),
    )
    .leftJoin(clients, and(sameOrg(clients.organizationId), eq(clients.id, serviceRequests.clientId)))
    .leftJoin(staff, and(sameOrg(staff.organizationId), eq(staff.id, serviceRequests.assigneeStaffId)));
}

export type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];
export type RequestRecord = typeof serviceRequests.$inferSelect;
export type CommentRow = typeof requestComments.$inferSelect & { authorName: string | null };
export type PhotoRow = typeof requestPhotos.$inferSelect;

const byId = (organizationId: string, id: string) =>
  and(eq(serviceRequests.organizationId, organizationId), eq(serviceRequests.id, id));

export async function findRequest(
  db: Db,
  organizationId: string,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await selectRequests(db).where(byId(organizationId, id));
  return row;
}

/** The row locked for a change: two staff members changing the status at once go one after another. */
export async function lockRequest(
  db: Db,
  organizationId: string,
  id: string,
): Promise<RequestRecord | undefined> {
  const [row] = await db.select().from(serviceRequests).where(byId(organizationId, id)).for('update');
  return row;
}

export type RequestInsert = Omit<typeof serviceRequests.$inferInsert, 'organizationId' | 'id'>;

export async function insertRequest(
  db: Db,
  organizationId: string,
  values: RequestInsert,
): Promise<RequestRecord> {
  const [row] = await db
    .insert(serviceRequests)
    .values({ organizationId, ...values })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateRequest(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<RequestInsert>,
): Promise<void> {
  await db
    .update(serviceRequests)
    .set({ ...values, updatedAt: new Date() })
    .where(byId(organizationId, id));
}

export type RequestFilters = {
  number?: number;
  subjectPattern?: string;
  statuses?: string[];
  typeIds?: string[];
  objectIds?: string[];
  premiseIds?: string[];
  clientIds?: string[];
  assigneeIds?: string[];
  createdFrom?: Date;
  createdBefore?: Date;
};

function filterCondition(organizationId: string, f: RequestFilters): SQL | undefined {
  const list = <T>(values: T[] | undefined, fn: (values: T[]) => SQL) =>
    values && values.length > 0 ? fn(values) : undefined;
  return and(
    eq(serviceRequests.organizationId, organizationId),
    f.number !== undefined ? eq(serviceRequests.number, f.number) : undefined,
    f.subjectPattern ? sql`${serviceRequests.subjectNorm} like ${f.subjectPattern}` : undefined,
    list(f.statuses, (v) => inArray(serviceRequests.status, v)),
    list(f.typeIds, (v) => inArray(serviceRequests.typeId, v)),
    list(f.premiseIds, (v) => inArray(serviceRequests.premiseId, v)),
    list(f.clientIds, (v) => inArray(serviceRequests.clientId, v)),
    list(f.assigneeIds, (v) => inArray(serviceRequests.assigneeStaffId, v)),
    list(
      f.objectIds,
      (v) =>
        sql`${serviceRequests.premiseId} in (select ${premises.id} from ${premises} where ${premises.organizationId} = ${organizationId} and ${inArray(premises.objectId, v)})`,
    ),
    f.createdFrom ? gte(serviceRequests.createdAt, f.createdFrom) : undefined,
    f.createdBefore ? lt(serviceRequests.createdAt, f.createdBefore) : undefined,
  );
}

/**
 * «Заявки» count at most this many: an exact count of a million requests costs ~100 ms on
 * PostgreSQL, while the pages a person clicks through never reach it (the list says «10 000+»).
 * A search by subject tests every row it counts (~0.6 µs each), so it counts to 1,000.
 */
export const REQUESTS_COUNT_CAP = 10_000;
export const SEARCH_COUNT_CAP = 1_000;

/**
 * «Заявки»: newest first by number — numbers are taken in creation order, while created_at is the
 * transaction's start and two concurrent requests may commit in the other order. The number key
 * (organisation, number) serves the order.
 */
export async function listRequests(
  db: Db,
  organizationId: string,
  filters: RequestFilters,
  page: { limit: number; offset: number },
) {
  const where = filterCondition(organizationId, filters);
  const cap = filters.subjectPattern ? SEARCH_COUNT_CAP : REQUESTS_COUNT_CAP;
  const [rows, [count]] = await Promise.all([
    selectRequests(db)
      .where(where)
      .orderBy(desc(serviceRequests.number))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(
      db
        .select({ one: sql`1`.as('one') })
        .from(serviceRequests)
        .where(where)
        .limit(cap + 1)
        .as('capped'),
    ),
  ]);
  const counted = count?.total ?? 0;
  return { rows, total: Math.min(counted, cap), totalCapped: counted > cap };
}

const EXPORT_ORDER: OrderKey[] = [{ expr: serviceRequests.number, desc: true }];

/** The export's pages, newest first, by keyset. */
export async function requestsPage(
  db: Db,
  organizationId: string,
  filters: RequestFilters,
  cursor: Cursor | null,
  limit: number,
) {
  const rows = await selectRequests(db, keyValues(EXPORT_ORDER))
    .where(
      and(filterCondition(organizationId, filters), cursor ? afterCursor(EXPORT_ORDER, cursor) : undefined),
    )
    .orderBy(...orderByKeys(EXPORT_ORDER))
    .limit(limit);
  const last = rows[rows.length - 1];
  return { rows, next: last ? cursorOf(last, EXPORT_ORDER) : null };
}

const FEED_ORDER: OrderKey[] = [{ expr: serviceRequests.updatedAt }, { expr: serviceRequests.id }];

/**
 * A change is in the feed once it is this old: updated_at is stamped before the commit, so a
 * transaction still running could otherwise commit a row behind a cursor already handed out.
 * Writes to a request are single short transactions, well under this.
 */
export const FEED_SETTLE_SECONDS = 2;

/** The integration's changes feed: oldest change first on (updated_at, id), settled changes only. */
export async function changesPage(
  db: Db,
  organizationId: string,
  since: Date | undefined,
  cursor: Cursor | null,
  limit: number,
) {
  const rows = await selectRequests(db, keyValues(FEED_ORDER))
    .where(
      and(
        eq(serviceRequests.organizationId, organizationId),
        since ? gte(serviceRequests.updatedAt, since) : undefined,
        cursor ? afterCursor(FEED_ORDER, cursor) : undefined,
        sql`${serviceRequests.updatedAt} < now() - make_interval(secs => ${FEED_SETTLE_SECONDS})`,
      ),
    )
    .orderBy(...orderByKeys(FEED_ORDER))
    .limit(limit);
  const last = rows[rows.length - 1];
  return { rows, next: last && rows.length === limit ? cursorOf(last, FEED_ORDER) : null };
}

export async function findByExternalId(db: Db, organizationId: string, source: string, externalId: string) {
  const [row] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.organizationId, organizationId),
        eq(serviceRequests.externalSource, source),
        eq(serviceRequests.externalId, externalId),
      ),
    );
  return row?.id;
}

export function listComments(db: Db, organizationId: string, requestId: string): Promise<CommentRow[]> {
  return db
    .select({
      organizationId: requestComments.organizationId,
      id: requestComments.id,
      requestId: requestComments.requestId,
      body: requestComments.body,
      internal: requestComments.internal,
      authorKind: requestComments.authorKind,
      authorStaffId: requestComments.authorStaffId,
      authorClientId: requestComments.authorClientId,
      createdAt: requestComments.createdAt,
      authorName: sql<string | null>`coalesce(${staff.fullName}, ${clients.fullName})`,
    })
    .from(requestComments)
    .leftJoin(
      staff,
      and(
        eq(staff.organizationId, requestComments.organizationId),
        eq(staff.id, requestComments.authorStaffId),
      ),
    )
    .leftJoin(
      clients,
      and(
        eq(clients.organizationId, requestComments.organizationId),
        eq(clients.id, requestComments.authorClientId),
      ),
    )
    .where(and(eq(requestComments.organizationId, organizationId), eq(requestComments.requestId, requestId)))
    .orderBy(asc(requestComments.createdAt), asc(requestComments.id)) as Promise<CommentRow[]>;
}

export async function insertComment(
  db: Db,
  organizationId: string,
  values: Omit<typeof requestComments.$inferInsert, 'organizationId' | 'id'>,
) {
  const [row] = await db
    .insert(requestComments)
    .values({ organizationId, ...values })
    .returning({ id: requestComments.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export function listPhotos(db: Db, organizationId: string, requestId: string): Promise<PhotoRow[]> {
  return db
    .select()
    .from(requestPhotos)
    .where(and(eq(requestPhotos.organizationId, organizationId), eq(requestPhotos.requestId, requestId)))
    .orderBy(asc(requestPhotos.createdAt), asc(requestPhotos.id));
}

export async function findPhoto(db: Db, organizationId: string, requestId: string, photoId: string) {
  const [row] = await db
    .select()
    .from(requestPhotos)
    .where(
      and(
        eq(requestPhotos.organizationId, organizationId),
        eq(requestPhotos.requestId, requestId),
        eq(requestPhotos.id, photoId),
      ),
    );
  return row;
}

export async function insertPhoto(
  db: Db,
  organizationId: string,
  values: Omit<typeof requestPhotos.$inferInsert, 'organizationId' | 'id'>,
) {
  const [row] = await db
    .insert(requestPhotos)
    .values({ organizationId, ...values })
    .returning({ id: requestPhotos.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The staff member of the organisation (an assignee must be one). */
export async function staffExists(
  db: Db,
  organizationId: string,
  staffId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ fullName: staff.fullName })
    .from(staff)
    .where(and(eq(staff.organizationId, organizationId), eq(staff.id, staffId)));
  return row?.fullName;
}

export async function findPremiseRef(db: Db, organizationId: string, premiseId: string) {
  const [row] = await db
    .select({
      id: premises.id,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
    })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.id, premiseId)));
  return row;
}

export async function findClientRef(db: Db, organizationId: string, clientId: string) {
  const [row] = await db
    .select({
      id: clients.id,
      fullName: clients.fullName,
      accountId: clients.accountId,
      status: clients.status,
    })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  return row;
}

/** Who a request may be assigned to: the organisation's active staff, by name. */
export function listAssignees(db: Db, organizationId: string) {
  return db
    .select({ id: staff.id, name: staff.fullName })
    .from(staff)
    .where(and(eq(staff.organizationId, organizationId), eq(staff.active, true)))
    .orderBy(asc(staff.fullName), asc(staff.id));
}
