import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  clients,
  residentAccounts,
  residentAppOpens,
  residentNotificationChanges,
  residentSessions,
} from '../../db/schema';

export type ResidentSessionRow = typeof residentSessions.$inferSelect;

export async function findSessionByToken(db: Db, tokenHash: string): Promise<ResidentSessionRow | undefined> {
  const [row] = await db.select().from(residentSessions).where(eq(residentSessions.tokenHash, tokenHash));
  return row;
}

/**
 * S-2: the session's last activity, only when the stored one is older than `before` — a
 * conditional update, so that a burst of requests writes once. True when this call wrote.
 */
export async function touchSession(db: Db, id: string, at: Date, before: Date): Promise<boolean> {
  const rows = await db
    .update(residentSessions)
    .set({ lastSeenAt: at })
    .where(and(eq(residentSessions.id, id), lt(residentSessions.lastSeenAt, before)))
    .returning({ id: residentSessions.id });
  return rows.length > 0;
}

/** «Был(а) в ЛК» on the organisation's card and the account's last activity. */
export async function touchVisit(db: Db, organizationId: string, accountId: string, at: Date) {
  await db
    .update(clients)
    .set({ lastVisitAt: at })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)));
  await db.update(residentAccounts).set({ lastSeenAt: at }).where(eq(residentAccounts.id, accountId));
}

/** M-3: the device opened the app this day, with its version; the first record of the day stays. */
export async function recordAppOpen(db: Db, values: typeof residentAppOpens.$inferInsert) {
  await db.insert(residentAppOpens).values(values).onConflictDoNothing();
}

export async function updateNotifications(
  db: Db,
  organizationId: string,
  id: string,
  values: {
    osPermission: boolean;
    notificationTypes: Record<string, boolean>;
    notificationsChangedAt: Date | null;
  },
) {
  await db
    .update(residentSessions)
    .set(values)
    .where(and(eq(residentSessions.organizationId, organizationId), eq(residentSessions.id, id)));
}

export async function insertNotificationChange(
  db: Db,
  values: typeof residentNotificationChanges.$inferInsert,
) {
  await db.insert(residentNotificationChanges).values(values);
}

/** The session row locked: two reports from one device are compared one after the other. */
export async function lockSession(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(residentSessions)
    .where(and(eq(residentSessions.organizationId, organizationId), eq(residentSessions.id, id)))
    .for('update');
  return row;
}
