import { OPEN_REQUEST_STATUSES } from '@domovoy/contract';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { activityRecords, clients, premises } from '../../db/schema';

/** Whose feed: a premise's (all its clients' actions on it) or a client's (only their own). */
export type FeedScope = { premiseId: string; clientId?: never } | { clientId: string; premiseId?: never };

export type FeedFilters = {
  /** Branches to read: requests, readings, and the activity record kinds. */
  requests: boolean;
  readings: boolean;
  recordKinds: string[];
  statuses?: string[];
  /** A LIKE pattern on the normalised subject (readings: the meter's serial number). */
  pattern?: string;
  clientIds?: string[];
  premiseIds?: string[];
};

export type FeedCursor = { at: string; id: string };

export type FeedRow = {
  kind: string;
  id: string;
  cursor_at: string;
  occurred_at: string;
  updated_at: string;
  status: string | null;
  number: number | null;
  request_type: string | null;
  subject: string | null;
  note: string | null;
  result: string | null;
  premise_id: string | null;
  client_id: string | null;
  resource: string | null;
  tariffs: number | null;
  serial: string | null;
  value1: string | null;
  value2: string | null;
  value3: string | null;
  author_name: string | null;
  client_name: string | null;
  p_type: string | null;
  p_street: string | null;
  p_house: string | null;
  p_building: string | null;
  p_number: string | null;
  p_room: string | null;
};

const uuids = (ids: string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
const texts = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;
const iso = (expr: SQL) => sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Rows strictly older than the cursor in the feed's order (time desc, id desc): an index bound. */
function before(at: SQL, id: SQL, cursor: FeedCursor | undefined): SQL {
  return cursor ? sql`and (${at}, ${id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : sql``;
}

function requestsBranch(
  org: string,
  scope: FeedScope,
  f: FeedFilters,
  cursor: FeedCursor | undefined,
  n: number,
) {
  const owner = scope.premiseId
    ? sql`r.premise_id = ${scope.premiseId}::uuid`
    : sql`r.client_id = ${scope.clientId}::uuid`;
  return sql`(select 'request'::text as kind, r.id, r.created_at as at, r.updated_at, r.status,
      r.number, r.type_id, r.subject, null::text as note, null::text as result, r.premise_id, r.client_id,
      null::text as resource, null::int as tariffs, null::text as serial,
      null::text as value1, null::text as value2, null::text as value3, r.created_by_staff_id as author_staff_id
    from service_requests r
    where r.organization_id = ${org}::uuid and ${owner}
      ${f.statuses?.length ? sql`and r.status in ${texts(f.statuses)}` : sql``}
      ${f.pattern ? sql`and r.subject_norm like ${f.pattern}` : sql``}
      ${f.clientIds?.length ? sql`and r.client_id in ${uuids(f.clientIds)}` : sql``}
      ${f.premiseIds?.length ? sql`and r.premise_id in ${uuids(f.premiseIds)}` : sql``}
      ${before(sql`r.created_at`, sql`r.id`, cursor)}
    order by r.created_at desc, r.id desc limit ${n})`;
}

const readingColumns = sql`'meter_reading'::text as kind, r.id, r.created_at as at, r.created_at as updated_at,
  null::text as status, null::int as number, null::uuid as type_id, null::text as subject, null::text as note,
  null::text as result, m.premise_id, r.author_client_id as client_id, m.resource, m.tariffs::int as tariffs,
  m.serial_number as serial, r.value1::text as value1, r.value2::text as value2, r.value3::text as value3,
  r.author_staff_id`;

/**
 * A premise's readings: the newest of each of its meters (a handful) by the (meter, created_at, id)
 * index, then merged; a client's: the readings they gave, by the (author_client_id, created_at, id) one.
 */
function readingsBranch(
  org: string,
  scope: FeedScope,
  f: FeedFilters,
  cursor: FeedCursor | undefined,
  n: number,
) {
  const search = f.pattern ? sql`and lower(m.serial_number) like ${f.pattern}` : sql``;
  if (scope.premiseId) {
    return sql`(select ${readingColumns}
      from meters m cross join lateral (
        select * from meter_readings r
        where r.organization_id = m.organization_id and r.meter_id = m.id
          ${f.clientIds?.length ? sql`and r.author_client_id in ${uuids(f.clientIds)}` : sql``}
          ${before(sql`r.created_at`, sql`r.id`, cursor)}
        order by r.created_at desc, r.id desc limit ${n}
      ) r
      where m.organization_id = ${org}::uuid and m.premise_id = ${scope.premiseId}::uuid ${search}
      order by r.created_at desc, r.id desc limit ${n})`;
  }
  return sql`(select ${readingColumns}
    from meter_readings r
    join meters m on m.organization_id = r.organization_id and m.id = r.meter_id
    where r.organization_id = ${org}::uuid and r.author_client_id = ${scope.clientId}::uuid
      ${f.premiseIds?.length ? sql`and m.premise_id in ${uuids(f.premiseIds)}` : sql``}
      ${search}
      ${before(sql`r.created_at`, sql`r.id`, cursor)}
    order by r.created_at desc, r.id desc limit ${n})`;
}

const recordColumns = sql`a.kind, a.id, a.occurred_at as at, a.updated_at, a.status, null::int as number,
  null::uuid as type_id, a.subject, a.note, a.result, a.premise_id, a.client_id,
  null::text as resource, null::int as tariffs, null::text as serial,
  null::text as value1, null::text as value2, null::text as value3, a.author_staff_id`;

function recordsBranch(
  org: string,
  scope: FeedScope,
  f: FeedFilters,
  cursor: FeedCursor | undefined,
  n: number,
) {
  const owner = scope.premiseId
    ? sql`a.premise_id = ${scope.premiseId}::uuid`
    : sql`a.client_id = ${scope.clientId}::uuid`;
  return sql`(select ${recordColumns}
    from activity_records a
    where a.organization_id = ${org}::uuid and ${owner} and a.kind in ${texts(f.recordKinds)}
      ${f.pattern ? sql`and replace(lower(a.subject), 'ё', 'е') like ${f.pattern}` : sql``}
      ${f.clientIds?.length ? sql`and a.client_id in ${uuids(f.clientIds)}` : sql``}
      ${f.premiseIds?.length ? sql`and a.premise_id in ${uuids(f.premiseIds)}` : sql``}
      ${before(sql`a.occurred_at`, sql`a.id`, cursor)}
    order by a.occurred_at desc, a.id desc limit ${n})`;
}

/** The feed's rows of these sources, joined to their premise, client, type and author, newest first. */
function selectFeed(db: Db, organizationId: string, sources: SQL[], n: number) {
  const org = sql`${organizationId}::uuid`;
  return queryRows<FeedRow>(
    db,
    sql`select f.kind, f.id, f.at::text as cursor_at, ${iso(sql`f.at`)} as occurred_at,
        ${iso(sql`f.updated_at`)} as updated_at, f.status, f.number, t.name as request_type, f.subject,
        f.note, f.result, f.premise_id, f.client_id, f.resource, f.tariffs, f.serial,
        f.value1, f.value2, f.value3, s.full_name as author_name, c.full_name as client_name,
        p.type as p_type, p.street as p_street, p.house as p_house, p.building as p_building,
        p.number as p_number, p.room as p_room
      from (${sql.join(sources, sql` union all `)}) f
      left join request_types t on t.organization_id = ${org} and t.id = f.type_id
      left join premises p on p.organization_id = ${org} and p.id = f.premise_id
      left join clients c on c.organization_id = ${org} and c.id = f.client_id
      left join staff s on s.organization_id = ${org} and s.id = f.author_staff_id
      order by f.at desc, f.id desc
      limit ${n}`,
  );
}

/** One activity record as a row of the feed (the call just logged). */
export async function recordFeedRow(
  db: Db,
  organizationId: string,
  id: string,
): Promise<FeedRow | undefined> {
  const [row] = await selectFeed(
    db,
    organizationId,
    [
      sql`(select ${recordColumns} from activity_records a where a.organization_id = ${organizationId}::uuid and a.id = ${id}::uuid)`,
    ],
    1,
  );
  return row;
}

/**
 * ACT-1: one page of the feed, newest first on (time, id) by keyset. Each source reads at most a
 * page from its own index past the cursor; the union is ordered and cut, and only the page's rows
 * are joined to their premise, client, type and author.
 */
export async function feedPage(
  db: Db,
  organizationId: string,
  scope: FeedScope,
  filters: FeedFilters,
  cursor: FeedCursor | undefined,
  limit: number,
): Promise<FeedRow[]> {
  const n = limit + 1;
  const branches: SQL[] = [];
  if (filters.requests) branches.push(requestsBranch(organizationId, scope, filters, cursor, n));
  if (filters.readings && !filters.statuses?.length)
    branches.push(readingsBranch(organizationId, scope, filters, cursor, n));
  if (filters.recordKinds.length > 0 && !filters.statuses?.length)
    branches.push(recordsBranch(organizationId, scope, filters, cursor, n));
  if (branches.length === 0) return [];
  return selectFeed(db, organizationId, branches, n);
}

/** ACT-3: the premise's or client's open requests and all of them. */
export async function requestCounters(db: Db, organizationId: string, scope: FeedScope) {
  const owner = scope.premiseId
    ? sql`premise_id = ${scope.premiseId}::uuid`
    : sql`client_id = ${scope.clientId}::uuid`;
  const [row] = await queryRows<{ open: number; total: number }>(
    db,
    sql`select count(*) filter (where status in ${texts(OPEN_REQUEST_STATUSES)})::int as open,
        count(*)::int as total
      from service_requests where organization_id = ${organizationId}::uuid and ${owner}`,
  );
  return { openRequests: row?.open ?? 0, requests: row?.total ?? 0 };
}

export async function premiseExists(db: Db, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.id, id)));
  return rows.length > 0;
}

export async function clientExists(db: Db, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
  return rows.length > 0;
}

export type RecordInsert = Omit<typeof activityRecords.$inferInsert, 'organizationId' | 'id'>;
export type RecordRow = typeof activityRecords.$inferSelect;

export async function insertRecord(db: Db, organizationId: string, values: RecordInsert): Promise<RecordRow> {
  const [row] = await db
    .insert(activityRecords)
    .values({ organizationId, ...values })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findByExternalId(
  db: Db,
  organizationId: string,
  source: string,
  externalId: string,
): Promise<RecordRow | undefined> {
  const [row] = await db
    .select()
    .from(activityRecords)
    .where(
      and(
        eq(activityRecords.organizationId, organizationId),
        eq(activityRecords.externalSource, source),
        eq(activityRecords.externalId, externalId),
      ),
    );
  return row;
}

export async function updateRecord(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<RecordInsert>,
): Promise<void> {
  await db
    .update(activityRecords)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(activityRecords.organizationId, organizationId), eq(activityRecords.id, id)));
}
