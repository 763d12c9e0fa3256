import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { residentSessions } from '../../db/schema';

export type SessionRow = typeof residentSessions.$inferSelect;

const ofAccount = (organizationId: string, accountId: string) =>
  and(eq(residentSessions.organizationId, organizationId), eq(residentSessions.accountId, accountId));

/** S-1: the account's devices signed in to this organisation's app, most recently active first. */
export function listSessions(db: Db, organizationId: string, accountId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(residentSessions)
    .where(ofAccount(organizationId, accountId))
    .orderBy(desc(residentSessions.lastSeenAt), residentSessions.id);
}

/** S-2: the session ends at once — its token no longer opens anything. */
export async function deleteSession(
  db: Db,
  organizationId: string,
  accountId: string,
  id: string,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .delete(residentSessions)
    .where(and(ofAccount(organizationId, accountId), eq(residentSessions.id, id)))
    .returning();
  return row;
}
