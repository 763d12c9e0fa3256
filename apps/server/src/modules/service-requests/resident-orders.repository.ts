import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients, organizations, premiseLinks, serviceRequests } from '../../db/schema';

/** The account's card in the organisation (one per organisation). */
export async function findCard(db: Db, organizationId: string, accountId: string) {
  const [row] = await db
    .select({ id: clients.id, fullName: clients.fullName, status: clients.status })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)));
  return row;
}

export async function isLinked(db: Db, organizationId: string, clientId: string, premiseId: string) {
  const [row] = await db
    .select({ id: premiseLinks.id })
    .from(premiseLinks)
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        eq(premiseLinks.clientId, clientId),
        eq(premiseLinks.premiseId, premiseId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function productsOf(db: Db, organizationId: string): Promise<string[]> {
  const [row] = await db
    .select({ products: organizations.products })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.products ?? [];
}

/** Requests of the card about the premise, in a status set; the «default» order puts unseen changes first. */
export async function listOwn(
  db: Db,
  organizationId: string,
  clientId: string,
  premiseId: string,
  statuses: readonly string[],
  sort: 'default' | 'newest' | 'oldest',
  page: { limit: number; offset: number },
) {
  const where = and(
    eq(serviceRequests.organizationId, organizationId),
    eq(serviceRequests.clientId, clientId),
    eq(serviceRequests.premiseId, premiseId),
    inArray(serviceRequests.status, [...statuses]),
  );
  const unseen = sql`(${serviceRequests.residentChangedAt} is not null and (${serviceRequests.residentSeenAt} is null or ${serviceRequests.residentSeenAt} < ${serviceRequests.residentChangedAt}))`;
  const order: SQL[] =
    sort === 'oldest'
      ? [asc(serviceRequests.number)]
      : sort === 'newest'
        ? [desc(serviceRequests.number)]
        : [sql`${unseen} desc`, desc(serviceRequests.number)];
  const [rows, [count]] = await Promise.all([
    db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(serviceRequests).where(where),
  ]);
  return { ids: rows.map((row) => row.id), total: count?.total ?? 0 };
}

export async function markSeen(db: Db, organizationId: string, id: string): Promise<void> {
  await db
    .update(serviceRequests)
    .set({ residentSeenAt: sql`now()` })
    .where(and(eq(serviceRequests.organizationId, organizationId), eq(serviceRequests.id, id)));
}
