import type { LinkRole } from '@domovoy/contract';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import {
  clients,
  legalEntities,
  objects,
  personalAccounts,
  premiseLinks,
  premises,
  staff,
} from '../../db/schema';
import type { LinkValues } from './link-values';

export type LinkRecord = typeof premiseLinks.$inferSelect;

const ownerClient = alias(clients, 'owner_client');
const adderStaff = alias(staff, 'adder_staff');
const adderClient = alias(clients, 'adder_client');

/** A link with what the cards show of it: the premise's address, the client, the owner, the author. */
const linkColumns = {
  link: premiseLinks,
  premise: {
    type: premises.type,
    street: premises.street,
    house: premises.house,
    building: premises.building,
    number: premises.number,
    room: premises.room,
  },
  objectName: objects.name,
  clientName: clients.fullName,
  clientPhone: clients.phone,
  clientStatus: clients.status,
  ownerName: ownerClient.fullName,
  addedByStaffName: adderStaff.fullName,
  addedByClientName: adderClient.fullName,
};

export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

const sameOrg = (column: AnyPgColumn) => eq(column, premiseLinks.organizationId);

function selectLinks(db: Db) {
  return db
    .select(linkColumns)
    .from(premiseLinks)
    .innerJoin(premises, and(sameOrg(premises.organizationId), eq(premises.id, premiseLinks.premiseId)))
    .innerJoin(objects, and(sameOrg(objects.organizationId), eq(objects.id, premises.objectId)))
    .innerJoin(clients, and(sameOrg(clients.organizationId), eq(clients.id, premiseLinks.clientId)))
    .leftJoin(
      ownerClient,
      and(sameOrg(ownerClient.organizationId), eq(ownerClient.id, premiseLinks.ownerClientId)),
    )
    .leftJoin(
      adderStaff,
      and(sameOrg(adderStaff.organizationId), eq(adderStaff.id, premiseLinks.addedByStaffId)),
    )
    .leftJoin(
      adderClient,
      and(sameOrg(adderClient.organizationId), eq(adderClient.id, premiseLinks.addedByClientId)),
    );
}

// The premise card lists owners first, then those who depend on them.
const ROLE_ORDER: readonly LinkRole[] = [
  'owner',
  'unconfirmed_owner',
  'representative',
  'resident',
  'tenant',
];
const roleOrder = sql`array_position(array[${sql.join(
  ROLE_ORDER.map((role) => sql`${role}`),
  sql`, `,
)}]::text[], ${premiseLinks.role})`;

export async function findLink(db: Db, organizationId: string, id: string): Promise<LinkRow | undefined> {
  const [row] = await selectLinks(db).where(
    and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.id, id)),
  );
  return row;
}

/**
 * L-1: the premise card's «Клиенты», by role, then by name. R-3: a caller who may not see names
 * gets them by the time they were added, so the order does not reveal the masked names.
 */
export function listPremiseLinks(db: Db, organizationId: string, premiseId: string, byName = true) {
  const then: SQL = byName ? sql`${clients.nameNorm} collate "C"` : sql`${premiseLinks.createdAt}`;
  return selectLinks(db)
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.premiseId, premiseId)))
    .orderBy(roleOrder, then, asc(premiseLinks.id));
}

/** Links as the cards show them, by id, in one query (an import's history). */
export function findLinks(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as LinkRow[]);
  return selectLinks(db).where(
    and(eq(premiseLinks.organizationId, organizationId), anyOf(premiseLinks.id, ids)),
  );
}

/** The links of several premises, locked first (in id order, so two imports cannot deadlock). */
export async function lockLinksOfPremises(db: Db, organizationId: string, premiseIds: string[]) {
  if (premiseIds.length === 0) return [] as LinkRow[];
  await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.id, premiseIds)))
    .orderBy(asc(premises.id))
    .for('update');
  // The links' own rows first, then the full view of those there are: an import's new premises have
  // none, and the view's joins are planned for the thousand rows a page might have.
  const ids = await db
    .select({ id: premiseLinks.id })
    .from(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, organizationId), anyOf(premiseLinks.premiseId, premiseIds)));
  return findLinks(
    db,
    organizationId,
    ids.map((row) => row.id),
  );
}

/** The client card's «Помещения», in address order. */
export function listClientLinks(db: Db, organizationId: string, clientId: string) {
  return selectLinks(db)
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, clientId)))
    .orderBy(sql`${premises.sortKey} collate "C"`, asc(premiseLinks.id));
}

/**
 * Serialises every change of one premise's links: the rules (one link per client, owners'
 * shares ≤ 1, dependents) read the premise's links after this lock, so two concurrent requests
 * cannot both pass. Locking the premise row also covers a premise with no links yet.
 */
export async function lockPremise(db: Db, organizationId: string, premiseId: string): Promise<boolean> {
  const rows = await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.id, premiseId)))
    .for('update');
  return rows.length > 0;
}

/** The premise's links read after its lock; undefined when the premise is not there. */
export async function lockPremiseLinks(db: Db, organizationId: string, premiseId: string) {
  if (!(await lockPremise(db, organizationId, premiseId))) return undefined;
  return listPremiseLinks(db, organizationId, premiseId);
}

export async function clientExists(db: Db, organizationId: string, clientId: string): Promise<boolean> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  return rows.length > 0;
}

/** The premises a client is linked to, sorted: locks are taken in this order (no deadlocks). */
export async function clientPremiseIds(db: Db, organizationId: string, clientId: string): Promise<string[]> {
  const rows = await db
    .select({ premiseId: premiseLinks.premiseId })
    .from(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, clientId)))
    .orderBy(asc(premiseLinks.premiseId));
  return rows.map((row) => row.premiseId);
}

export async function insertLink(
  db: Db,
  organizationId: string,
  keys: { premiseId: string; clientId: string },
  values: LinkValues,
  staffId: string | null,
  addedByClientId: string | null = null,
): Promise<string> {
  const [row] = await db
    .insert(premiseLinks)
    .values({
      organizationId,
      ...keys,
      ...values,
      // L-4: a link added by staff through the CRM cannot be removed by the owner in the app;
      // one a resident added in the app (APP-8) names the resident's card.
      addedByKind: addedByClientId ? 'resident' : 'staff',
      addedByStaffId: staffId,
      addedByClientId,
      createdBy: staffId,
      updatedBy: staffId,
    })
    .returning({ id: premiseLinks.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateLink(
  db: Db,
  organizationId: string,
  id: string,
  values: LinkValues,
  staffId: string | null,
) {
  await db
    .update(premiseLinks)
    .set({ ...values, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.id, id)));
}

/** L-5: the links that depended on one owner now depend on another of the same premise. */
export async function repointDependents(
  db: Db,
  organizationId: string,
  ids: string[],
  ownerClientId: string,
  staffId: string | null,
) {
  if (ids.length === 0) return;
  await db
    .update(premiseLinks)
    .set({ ownerClientId, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(premiseLinks.organizationId, organizationId), anyOf(premiseLinks.id, ids)));
}

/** One statement, so an owner and the links depending on it can go together (NO ACTION key). */
export async function deleteLinks(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .delete(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, organizationId), anyOf(premiseLinks.id, ids)));
}

/** A-1 on the client card: the personal accounts of the given premises. */
export function listAccountsOfPremises(db: Db, organizationId: string, premiseIds: string[]) {
  if (premiseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      premiseId: personalAccounts.premiseId,
      id: personalAccounts.id,
      number: personalAccounts.number,
      legalEntityName: legalEntities.name,
      hiddenFromResidents: personalAccounts.hiddenFromResidents,
    })
    .from(personalAccounts)
    .innerJoin(
      legalEntities,
      and(
        eq(legalEntities.organizationId, personalAccounts.organizationId),
        eq(legalEntities.id, personalAccounts.legalEntityId),
      ),
    )
    .where(
      and(eq(personalAccounts.organizationId, organizationId), anyOf(personalAccounts.premiseId, premiseIds)),
    )
    .orderBy(asc(personalAccounts.number));
}
