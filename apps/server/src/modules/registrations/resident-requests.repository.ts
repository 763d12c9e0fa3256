import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { registrationRequests } from '../../db/schema';

/** One resident's requests in an organisation are sent one after the other (no twin pending ones). */
export async function lockResidentRequests(db: Db, organizationId: string, accountId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`registration-request:${organizationId}:${accountId}`}, 0))`,
  );
}

/** A pending request of the account for the same address and premise, as typed (case and spaces aside). */
export async function findPendingTwin(
  db: Db,
  organizationId: string,
  accountId: string,
  addressText: string,
  premiseText: string | null,
) {
  const norm = (value: unknown) => sql`regexp_replace(lower(trim(coalesce(${value}, ''))), '\\s+', ' ', 'g')`;
  const [row] = await db
    .select({ id: registrationRequests.id })
    .from(registrationRequests)
    .where(
      and(
        eq(registrationRequests.organizationId, organizationId),
        eq(registrationRequests.accountId, accountId),
        eq(registrationRequests.status, 'new'),
        sql`${norm(registrationRequests.addressText)} = ${norm(addressText)}`,
        sql`${norm(registrationRequests.premiseText)} = ${norm(premiseText)}`,
      ),
    )
    .limit(1);
  return row?.id;
}

export async function insertResidentRequest(db: Db, values: typeof registrationRequests.$inferInsert) {
  const [row] = await db
    .insert(registrationRequests)
    .values(values)
    .returning({ id: registrationRequests.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
