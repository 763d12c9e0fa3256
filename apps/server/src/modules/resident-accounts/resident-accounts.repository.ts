import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { clients, registrationRequests, residentAccounts } from '../../db/schema';

export type ResidentAccountRow = typeof residentAccounts.$inferSelect;

export async function findAccount(db: Db, id: string) {
  const [row] = await db.select().from(residentAccounts).where(eq(residentAccounts.id, id));
  return row;
}

export async function findAccountByPhone(db: Db, phone: string) {
  const [row] = await db.select().from(residentAccounts).where(eq(residentAccounts.phone, phone));
  return row;
}

/** The account of a phone, created when there is none (concurrent callers get the same row). */
export async function ensureAccount(db: Db, phone: string): Promise<ResidentAccountRow> {
  const [row] = await db
    .insert(residentAccounts)
    .values({ phone })
    .onConflictDoUpdate({ target: residentAccounts.phone, set: { phone: sql`excluded.phone` } })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

/** How many client cards, in all organisations, stand on this account (T-3). */
export async function countCards(db: Db, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(clients)
    .where(eq(clients.accountId, accountId));
  return row?.n ?? 0;
}

/** Whether anything still points at the account (client cards, registration requests). */
export async function isReferenced(db: Db, accountId: string): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(
    db,
    sql`select exists (select 1 from ${clients} where ${clients.accountId} = ${accountId})
      or exists (select 1 from ${registrationRequests} where ${registrationRequests.accountId} = ${accountId}) as used`,
  );
  return row?.used ?? true;
}

export async function deleteAccount(db: Db, id: string) {
  await db.delete(residentAccounts).where(eq(residentAccounts.id, id));
}
