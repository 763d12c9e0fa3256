import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { residentNotifications } from '../../db/schema';

export type NotificationValues = typeof residentNotifications.$inferInsert;

/** A dedupe key already used in the organisation makes this a no-op (a reminder sent once). */
export async function insertNotification(db: Db, values: NotificationValues): Promise<string | undefined> {
  const [row] = await db
    .insert(residentNotifications)
    .values(values)
    .onConflictDoNothing({ target: [residentNotifications.organizationId, residentNotifications.dedupeKey] })
    .returning({ id: residentNotifications.id });
  return row?.id;
}

/** The same notice to many accounts in one statement (M-1: a mailing's batch). */
export async function insertNotifications(
  db: Db,
  notice: { organizationId: string; type: string; title: string; body: string; link?: string | null },
  accountIds: string[],
): Promise<{ id: string; accountId: string }[]> {
  if (accountIds.length === 0) return [];
  return queryRows<{ id: string; accountId: string }>(
    db,
    sql`insert into ${residentNotifications} (organization_id, account_id, type, title, body, link)
      select ${notice.organizationId}, a.id, ${notice.type}, ${notice.title}, ${notice.body}, ${notice.link ?? null}
      from unnest(${sql.param(accountIds)}::uuid[]) as a(id)
      returning id, account_id as "accountId"`,
  );
}

const ofAccount = (organizationId: string, accountId: string) =>
  and(
    eq(residentNotifications.organizationId, organizationId),
    eq(residentNotifications.accountId, accountId),
  );

export async function listNotifications(
  db: Db,
  organizationId: string,
  accountId: string,
  page: { unreadOnly: boolean; limit: number; offset: number },
) {
  const where = and(
    ofAccount(organizationId, accountId),
    page.unreadOnly ? isNull(residentNotifications.readAt) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(residentNotifications)
      .where(where)
      .orderBy(desc(residentNotifications.createdAt), desc(residentNotifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(residentNotifications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function countUnread(db: Db, organizationId: string, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(residentNotifications)
    .where(and(ofAccount(organizationId, accountId), isNull(residentNotifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the account's unread ones (those of `ids`, or all): another account's ids match nothing. */
export async function markRead(
  db: Db,
  organizationId: string,
  accountId: string,
  ids: string[] | 'all',
  at: Date,
): Promise<number> {
  const rows = await db
    .update(residentNotifications)
    .set({ readAt: at })
    .where(
      and(
        ofAccount(organizationId, accountId),
        isNull(residentNotifications.readAt),
        ids === 'all' ? undefined : inArray(residentNotifications.id, ids),
      ),
    )
    .returning({ id: residentNotifications.id });
  return rows.length;
}

export type NotificationRow = typeof residentNotifications.$inferSelect;

/** APP-2: the account's unread notifications about each premise in the organisation. */
export function countUnreadByPremise(db: Db, organizationId: string, accountId: string) {
  return db
    .select({ premiseId: residentNotifications.premiseId, n: count() })
    .from(residentNotifications)
    .where(and(ofAccount(organizationId, accountId), isNull(residentNotifications.readAt)))
    .groupBy(residentNotifications.premiseId);
}
