import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  clientExternalIds,
  clients,
  personalAccounts,
  premiseLinks,
  premises,
  registrationRequests,
} from '../../db/schema';
import { keyValues, type OrderKey, orderByKeys } from '../../platform/keyset';

/** Whether any client of the organisation matches (the list's «prefix, else contains» rule). */
export async function anyClientMatches(db: Db, organizationId: string, where: SQL | undefined) {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), where))
    .limit(1);
  return rows.length > 0;
}

export type ClientExportPage = {
  where: SQL | undefined;
  keys: OrderKey[];
  after: SQL | undefined;
  limit: number;
};

/** One keyset page of the filtered list, in the list's order, with the card fields C-9 exports. */
export function clientExportPage(db: Db, organizationId: string, page: ClientExportPage) {
  return db
    .select({
      id: clients.id,
      fullName: clients.fullName,
      phone: clients.phone,
      email: clients.email,
      birthDate: clients.birthDate,
      loyaltyCard: clients.loyaltyCard,
      firstLoginAt: clients.firstLoginAt,
      lastVisitAt: clients.lastVisitAt,
      ...keyValues(page.keys),
    })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), page.where, page.after))
    .orderBy(...orderByKeys(page.keys))
    .limit(page.limit);
}

export type ClientExportRecord = Awaited<ReturnType<typeof clientExportPage>>[number];

/** The premises of a page of clients, in address order, one query. */
export function premisesOf(db: Db, organizationId: string, clientIds: string[]) {
  return db
    .select({
      clientId: premiseLinks.clientId,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
      entrance: premises.entrance,
      floor: premises.floor,
    })
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), inArray(premiseLinks.clientId, clientIds)))
    .orderBy(sql`${premises.sortKey} collate "C"`, asc(premises.id));
}

export type ClientPremiseRecord = Awaited<ReturnType<typeof premisesOf>>[number];

/** The personal accounts of the premises of a page of clients, one query. */
export function accountNumbersOf(db: Db, organizationId: string, clientIds: string[]) {
  return db
    .select({ clientId: premiseLinks.clientId, number: personalAccounts.number })
    .from(premiseLinks)
    .innerJoin(
      personalAccounts,
      and(
        eq(personalAccounts.organizationId, premiseLinks.organizationId),
        eq(personalAccounts.premiseId, premiseLinks.premiseId),
      ),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), inArray(premiseLinks.clientId, clientIds)))
    .orderBy(asc(personalAccounts.number));
}

/** The external ids of a page of clients (C-8), one query. */
export function externalIdsOf(db: Db, organizationId: string, clientIds: string[]) {
  return db
    .select({
      clientId: clientExternalIds.clientId,
      source: clientExternalIds.source,
      externalId: clientExternalIds.externalId,
    })
    .from(clientExternalIds)
    .where(
      and(
        eq(clientExternalIds.organizationId, organizationId),
        inArray(clientExternalIds.clientId, clientIds),
      ),
    )
    .orderBy(asc(clientExternalIds.createdAt), asc(clientExternalIds.id));
}

/**
 * «ФИО в приложении»: the name the person typed in the app, which is what their latest
 * registration request holds (the resident account keeps no name), one query.
 */
export function appNamesOf(db: Db, organizationId: string, clientIds: string[]) {
  return db
    .selectDistinctOn([registrationRequests.clientId], {
      clientId: registrationRequests.clientId,
      fullName: registrationRequests.fullName,
    })
    .from(registrationRequests)
    .where(
      and(
        eq(registrationRequests.organizationId, organizationId),
        inArray(registrationRequests.clientId, clientIds),
      ),
    )
    .orderBy(registrationRequests.clientId, desc(registrationRequests.createdAt));
}
