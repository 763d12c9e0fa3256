import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients, objects, personalAccounts, premises, requestTypes, serviceRequests } from '../../db/schema';

// Issue 17: the header search reads a few rows of each section, one statement per group, with the
// organisation on every table; the conditions come from each section's own list filters.

const address = {
  type: premises.type,
  street: premises.street,
  house: premises.house,
  building: premises.building,
  number: premises.number,
  room: premises.room,
};

const sameObject = and(
  eq(objects.organizationId, premises.organizationId),
  eq(objects.id, premises.objectId),
);

export function findPremises(db: Db, organizationId: string, where: SQL, orderBy: SQL[], limit: number) {
  return db
    .select({ id: premises.id, ...address, objectName: objects.name })
    .from(premises)
    .innerJoin(objects, sameObject)
    .where(and(eq(premises.organizationId, organizationId), where))
    .orderBy(...orderBy)
    .limit(limit);
}

export type SearchPremiseRow = Awaited<ReturnType<typeof findPremises>>[number];

export function findClients(db: Db, organizationId: string, where: SQL, orderBy: SQL[], limit: number) {
  return db
    .select({ id: clients.id, type: clients.type, fullName: clients.fullName, phone: clients.phone })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), where))
    .orderBy(...orderBy)
    .limit(limit);
}

export type SearchClientRow = Awaited<ReturnType<typeof findClients>>[number];

export function findAccounts(db: Db, organizationId: string, where: SQL, limit: number) {
  return db
    .select({
      id: personalAccounts.id,
      accountNumber: personalAccounts.number,
      els: personalAccounts.els,
      premiseId: personalAccounts.premiseId,
      ...address,
      objectName: objects.name,
    })
    .from(personalAccounts)
    .innerJoin(
      premises,
      and(
        eq(premises.organizationId, personalAccounts.organizationId),
        eq(premises.id, personalAccounts.premiseId),
      ),
    )
    .innerJoin(objects, sameObject)
    .where(and(eq(personalAccounts.organizationId, organizationId), where))
    .orderBy(asc(personalAccounts.number), asc(personalAccounts.id))
    .limit(limit);
}

export type SearchAccountRow = Awaited<ReturnType<typeof findAccounts>>[number];

/** The request of this number (unique in the organisation), with its type and premise. */
export function findRequests(db: Db, organizationId: string, number: number) {
  return db
    .select({
      id: serviceRequests.id,
      number: serviceRequests.number,
      status: serviceRequests.status,
      subject: serviceRequests.subject,
      typeName: requestTypes.name,
      premise: address,
    })
    .from(serviceRequests)
    .innerJoin(
      requestTypes,
      and(
        eq(requestTypes.organizationId, serviceRequests.organizationId),
        eq(requestTypes.id, serviceRequests.typeId),
      ),
    )
    .leftJoin(
      premises,
      and(
        eq(premises.organizationId, serviceRequests.organizationId),
        eq(premises.id, serviceRequests.premiseId),
      ),
    )
    .where(and(eq(serviceRequests.organizationId, organizationId), eq(serviceRequests.number, number)))
    .limit(1);
}

export type SearchRequestRow = Awaited<ReturnType<typeof findRequests>>[number];
