import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients } from '../../db/schema';

const cardColumns = {
  organizationId: clients.organizationId,
  id: clients.id,
  fullName: clients.fullName,
  photoKey: clients.photoKey,
};

/**
 * T-3: the account's client cards in every organisation, locked in a stable order so that two
 * edits of one account never deadlock. The account is the tenancy key here: the resident's own cards.
 */
export function lockAccountCards(db: Db, accountId: string) {
  return db
    .select(cardColumns)
    .from(clients)
    .where(eq(clients.accountId, accountId))
    .orderBy(asc(clients.organizationId), asc(clients.id))
    .for('update');
}

export type AccountCard = Awaited<ReturnType<typeof lockAccountCards>>[number];

/**
 * The card «Мои данные» shows: the session organisation's, else (a resident who is only a lead
 * here) the latest changed of the account's other cards — after an edit they hold the same data.
 */
export async function findCard(db: Db, organizationId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(clients)
    .where(eq(clients.accountId, accountId))
    .orderBy(desc(sql`${clients.organizationId} = ${organizationId}`), desc(clients.updatedAt))
    .limit(1);
  return row;
}

/** The account's photo: the session organisation's card first, else the latest set on any card. */
export async function findAccountPhoto(db: Db, organizationId: string, accountId: string) {
  const rows = await db
    .select({
      organizationId: clients.organizationId,
      photoKey: clients.photoKey,
      photoContentType: clients.photoContentType,
      photoVersion: clients.photoVersion,
    })
    .from(clients)
    .where(and(eq(clients.accountId, accountId), isNotNull(clients.photoKey)))
    .orderBy(desc(clients.updatedAt));
  return rows.find((r) => r.organizationId === organizationId) ?? rows[0];
}

export type CardRow = NonNullable<Awaited<ReturnType<typeof findCard>>>;
