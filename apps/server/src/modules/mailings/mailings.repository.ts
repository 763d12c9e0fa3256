import { and, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { clients, mailingRecipients, mailings } from '../../db/schema';

export type MailingRow = typeof mailings.$inferSelect;
export type MailingInsert = Omit<typeof mailings.$inferInsert, 'organizationId' | 'id'>;

const byId = (organizationId: string, id: string) =>
  and(eq(mailings.organizationId, organizationId), eq(mailings.id, id));

const ofMailing = (organizationId: string, mailingId: string) =>
  and(eq(mailingRecipients.organizationId, organizationId), eq(mailingRecipients.mailingId, mailingId));

export async function insertMailing(db: Db, organizationId: string, values: MailingInsert) {
  const [row] = await db
    .insert(mailings)
    .values({ organizationId, ...values })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * M-1: every client of `clientIds` (a subquery) becomes a recipient in one INSERT … SELECT. An SMS
 * to a client without a phone is skipped at once, with the reason. Answers the number of rows.
 */
export async function insertRecipients(
  db: Db,
  organizationId: string,
  mailingId: string,
  clientIds: SQL,
  noPhone: { skip: boolean; reason: string },
): Promise<number> {
  const skip = noPhone.skip ? sql`c.phone is null` : sql`false`;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with added as (
      insert into ${mailingRecipients} (organization_id, mailing_id, client_id, phone, status, reason)
      select c.organization_id, ${mailingId}::uuid, c.id, c.phone,
        case when ${skip} then 'skipped' else 'queued' end,
        case when ${skip} then ${noPhone.reason} end
      from ${clients} c where c.organization_id = ${organizationId} and c.id in (${clientIds})
      returning 1)
    select count(*)::int as n from added`,
  );
  return row?.n ?? 0;
}

export async function setRecipientsTotal(db: Db, organizationId: string, id: string, total: number) {
  await db.update(mailings).set({ recipientsTotal: total }).where(byId(organizationId, id));
}

/** M-1's preview: how many clients, how many of them have no phone, and the accounts of the others. */
export async function audienceOf(db: Db, organizationId: string, clientIds: SQL, withAccounts: boolean) {
  const [counts] = await queryRows<{ total: number; noPhone: number; noAccount: number }>(
    db,
    sql`select count(*)::int as total, (count(*) filter (where c.phone is null))::int as "noPhone",
        (count(*) filter (where c.account_id is null))::int as "noAccount"
      from ${clients} c where c.organization_id = ${organizationId} and c.id in (${clientIds})`,
  );
  const accounts = withAccounts
    ? await queryRows<{ accountId: string }>(
        db,
        sql`select c.account_id as "accountId" from ${clients} c
          where c.organization_id = ${organizationId} and c.id in (${clientIds}) and c.account_id is not null`,
      )
    : [];
  return {
    total: counts?.total ?? 0,
    noPhone: counts?.noPhone ?? 0,
    noAccount: counts?.noAccount ?? 0,
    accountIds: accounts.map((a) => a.accountId),
  };
}

export async function findMailing(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(mailings).where(byId(organizationId, id));
  return row;
}

/** The mailing's row locked: its job, its cancel and its SMS outcomes take it in this order, first. */
export async function lockMailing(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(mailings).where(byId(organizationId, id)).for('update');
  return row;
}

export async function updateMailing(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<Pick<MailingRow, 'status' | 'startedAt' | 'finishedAt'>>,
) {
  await db.update(mailings).set(values).where(byId(organizationId, id));
}

export type MailingFilters = {
  statuses?: string[];
  channels?: string[];
  initiatorIds?: string[];
  createdFrom?: Date;
  createdBefore?: Date;
  pattern?: string;
  clientId?: string;
};

function filterWhere(organizationId: string, f: MailingFilters): SQL | undefined {
  return and(
    eq(mailings.organizationId, organizationId),
    f.statuses?.length ? inArray(mailings.status, f.statuses) : undefined,
    f.channels?.length ? inArray(mailings.channel, f.channels) : undefined,
    f.initiatorIds?.length ? inArray(mailings.initiatorStaffId, f.initiatorIds) : undefined,
    f.createdFrom ? gte(mailings.createdAt, f.createdFrom) : undefined,
    f.createdBefore ? lt(mailings.createdAt, f.createdBefore) : undefined,
    f.pattern
      ? or(sql`${mailings.title} ilike ${f.pattern}`, sql`${mailings.text} ilike ${f.pattern}`)
      : undefined,
    f.clientId
      ? sql`exists (select 1 from ${mailingRecipients} r where r.organization_id = ${mailings.organizationId}
          and r.mailing_id = ${mailings.id} and r.client_id = ${f.clientId})`
      : undefined,
  );
}

/** M-2: newest first. */
export async function listMailings(
  db: Db,
  organizationId: string,
  filters: MailingFilters,
  page: { limit: number; offset: number },
) {
  const where = filterWhere(organizationId, filters);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(mailings)
      .where(where)
      .orderBy(desc(mailings.createdAt), desc(mailings.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(mailings).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Who created the organisation's mailings, each with the name of their latest one, by name. */
export async function listInitiators(db: Db, organizationId: string) {
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select distinct on (initiator_staff_id) initiator_staff_id as id, initiator_name as name
      from ${mailings} where organization_id = ${organizationId} and initiator_staff_id is not null
      order by initiator_staff_id, created_at desc`,
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

export type StatusCounts = Record<string, number>;

/** The recipients of these mailings by status: one GROUP BY over the page's ids. */
export async function countsOf(
  db: Db,
  organizationId: string,
  mailingIds: string[],
): Promise<Map<string, StatusCounts>> {
  const counts = new Map<string, StatusCounts>();
  if (mailingIds.length === 0) return counts;
  const rows = await db
    .select({
      mailingId: mailingRecipients.mailingId,
      status: mailingRecipients.status,
      n: sql<number>`count(*)::int`,
    })
    .from(mailingRecipients)
    .where(
      and(
        eq(mailingRecipients.organizationId, organizationId),
        inArray(mailingRecipients.mailingId, mailingIds),
      ),
    )
    .groupBy(mailingRecipients.mailingId, mailingRecipients.status);
  for (const row of rows) {
    const of = counts.get(row.mailingId) ?? {};
    of[row.status] = row.n;
    counts.set(row.mailingId, of);
  }
  return counts;
}

/** The client card's tab: what became of the message to this client in each of these mailings. */
export async function recipientStates(
  db: Db,
  organizationId: string,
  clientId: string,
  mailingIds: string[],
) {
  if (mailingIds.length === 0) return new Map<string, { status: string; reason: string | null }>();
  const rows = await db
    .select({
      mailingId: mailingRecipients.mailingId,
      status: mailingRecipients.status,
      reason: mailingRecipients.reason,
    })
    .from(mailingRecipients)
    .where(
      and(
        eq(mailingRecipients.organizationId, organizationId),
        eq(mailingRecipients.clientId, clientId),
        inArray(mailingRecipients.mailingId, mailingIds),
      ),
    );
  return new Map(rows.map((row) => [row.mailingId, { status: row.status, reason: row.reason }]));
}

/** A mailing's recipients with their clients' names (a deleted client has none), in client id order. */
export async function listRecipients(
  db: Db,
  organizationId: string,
  mailingId: string,
  statuses: string[] | undefined,
  page: { limit: number; offset: number },
) {
  const where = and(
    ofMailing(organizationId, mailingId),
    statuses?.length ? inArray(mailingRecipients.status, statuses) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ recipient: mailingRecipients, clientName: clients.fullName })
      .from(mailingRecipients)
      .leftJoin(
        clients,
        and(
          eq(clients.organizationId, mailingRecipients.organizationId),
          eq(clients.id, mailingRecipients.clientId),
        ),
      )
      .where(where)
      .orderBy(mailingRecipients.clientId)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(mailingRecipients).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export type RecipientRow = Awaited<ReturnType<typeof listRecipients>>['rows'][number];

/**
 * Cancel: every recipient still queued is skipped with the reason. Answers the SMS already in the
 * outbox for them (not sent yet: the caller stops them).
 */
export async function skipQueued(db: Db, organizationId: string, mailingId: string, reason: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with skipped as (
      update ${mailingRecipients} set status = 'skipped', reason = ${reason}, updated_at = now()
      where organization_id = ${organizationId} and mailing_id = ${mailingId} and status = 'queued'
      returning sms_message_id)
    select sms_message_id as id from skipped where sms_message_id is not null`,
  );
  return rows.map((row) => row.id);
}
