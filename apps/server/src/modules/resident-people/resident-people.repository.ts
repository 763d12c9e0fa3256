import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { clients, objects, organizations, premiseLinks, premises, residentPeople } from '../../db/schema';

// APP-6..APP-8: what «Люди» reads. Every query is filtered by the organisation (T-1).

const sameOrg = (a: { organizationId: unknown }, b: { organizationId: unknown }) =>
  sql`${a.organizationId} = ${b.organizationId}`;

/** What the app shows of a person's card. */
const personColumns = {
  id: clients.id,
  fullName: clients.fullName,
  addressAs: clients.addressAs,
  birthDate: clients.birthDate,
  gender: clients.gender,
  phone: clients.phone,
  email: clients.email,
  photoKey: clients.photoKey,
  photoVersion: clients.photoVersion,
  createdAt: clients.createdAt,
  accountId: clients.accountId,
  firstLoginAt: clients.firstLoginAt,
  nameNorm: clients.nameNorm,
};

const premiseColumns = {
  type: premises.type,
  street: premises.street,
  house: premises.house,
  building: premises.building,
  number: premises.number,
  room: premises.room,
  objectName: objects.name,
};

/** The account's card in the organisation (one per organisation: the phone is unique there). */
export async function findAccountCard(db: Db, organizationId: string, accountId: string) {
  const [row] = await db
    .select({ id: clients.id, fullName: clients.fullName })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)));
  return row;
}

const theirCard = alias(clients, 'their_card');

/**
 * T-3: the other organisations where both accounts have a card (the phone is what matches a person
 * across organisations), by name. Nothing is read of organisations where either has none.
 */
export function sharedCardOrganizations(db: Db, exceptId: string, accountId: string, otherAccountId: string) {
  return db
    .selectDistinct({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      brandName: organizations.brandName,
      brandColor: organizations.brandColor,
      brandLogoKey: organizations.brandLogoKey,
    })
    .from(clients)
    .innerJoin(theirCard, and(sameOrg(theirCard, clients), eq(theirCard.accountId, otherAccountId)))
    .innerJoin(organizations, eq(organizations.id, clients.organizationId))
    .where(and(eq(clients.accountId, accountId), ne(clients.organizationId, exceptId)))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

export type SharedOrganizationRow = Awaited<ReturnType<typeof sharedCardOrganizations>>[number];

export async function organizationProducts(db: Db, organizationId: string): Promise<string[]> {
  const [row] = await db
    .select({ products: organizations.products })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.products ?? [];
}

/** The links of the given premises with the linked people and the premises' addresses. */
export function listLinksOfPremises(db: Db, organizationId: string, premiseIds: string[]) {
  if (premiseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      link: {
        id: premiseLinks.id,
        premiseId: premiseLinks.premiseId,
        clientId: premiseLinks.clientId,
        role: premiseLinks.role,
        rentDate: premiseLinks.rentDate,
        addedByKind: premiseLinks.addedByKind,
        addedByClientId: premiseLinks.addedByClientId,
        createdAt: premiseLinks.createdAt,
      },
      premise: premiseColumns,
      person: personColumns,
    })
    .from(premiseLinks)
    .innerJoin(premises, and(sameOrg(premises, premiseLinks), eq(premises.id, premiseLinks.premiseId)))
    .innerJoin(objects, and(sameOrg(objects, premises), eq(objects.id, premises.objectId)))
    .innerJoin(clients, and(sameOrg(clients, premiseLinks), eq(clients.id, premiseLinks.clientId)))
    .where(and(eq(premiseLinks.organizationId, organizationId), anyOf(premiseLinks.premiseId, premiseIds)))
    .orderBy(sql`${clients.nameNorm} collate "C"`, asc(premiseLinks.createdAt), asc(premiseLinks.id));
}

export type PeopleLinkRow = Awaited<ReturnType<typeof listLinksOfPremises>>[number];

/** The premise ids the card is linked to. */
export async function premiseIdsOf(db: Db, organizationId: string, clientId: string): Promise<string[]> {
  const rows = await db
    .select({ premiseId: premiseLinks.premiseId })
    .from(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, clientId)))
    .orderBy(asc(premiseLinks.createdAt), asc(premiseLinks.id));
  return rows.map((row) => row.premiseId);
}

/** APP-8: the people the resident added (the only ones they may pick again), guests marked. */
export function listMyPeople(db: Db, organizationId: string, clientId: string) {
  return db
    .select({ guest: residentPeople.guest, person: personColumns })
    .from(residentPeople)
    .innerJoin(clients, and(sameOrg(clients, residentPeople), eq(clients.id, residentPeople.personClientId)))
    .where(and(eq(residentPeople.organizationId, organizationId), eq(residentPeople.clientId, clientId)))
    .orderBy(sql`${clients.nameNorm} collate "C"`, asc(clients.id));
}

export async function findPerson(db: Db, organizationId: string, clientId: string) {
  const [row] = await db
    .select(personColumns)
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  return row;
}

export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** The photo of a card (the app asks for it by the card's id). */
export async function findPhoto(db: Db, organizationId: string, clientId: string) {
  const [row] = await db
    .select({ photoKey: clients.photoKey, photoContentType: clients.photoContentType })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  return row;
}

/** The resident's row for a person they added; undefined when they never added them. */
export async function findMyPerson(db: Db, organizationId: string, clientId: string, personClientId: string) {
  const [row] = await db
    .select({ id: residentPeople.id, guest: residentPeople.guest })
    .from(residentPeople)
    .where(
      and(
        eq(residentPeople.organizationId, organizationId),
        eq(residentPeople.clientId, clientId),
        eq(residentPeople.personClientId, personClientId),
      ),
    );
  return row;
}

/** Remembers a person the resident added; `guest` once set stays until the person is deleted. */
export async function savePerson(
  db: Db,
  organizationId: string,
  clientId: string,
  personClientId: string,
  guest: boolean,
) {
  await db
    .insert(residentPeople)
    .values({ organizationId, clientId, personClientId, guest })
    .onConflictDoUpdate({
      target: [residentPeople.organizationId, residentPeople.clientId, residentPeople.personClientId],
      set: { guest: sql`${residentPeople.guest} or excluded.guest`, updatedAt: new Date() },
    });
}

export async function deletePerson(db: Db, organizationId: string, clientId: string, personClientId: string) {
  await db
    .delete(residentPeople)
    .where(
      and(
        eq(residentPeople.organizationId, organizationId),
        eq(residentPeople.clientId, clientId),
        eq(residentPeople.personClientId, personClientId),
      ),
    );
}

/** The links of a person that the resident added (L-4: the only ones they may change or remove). */
export async function linksAddedBy(db: Db, organizationId: string, clientId: string, personClientId: string) {
  return db
    .select({ id: premiseLinks.id, premiseId: premiseLinks.premiseId })
    .from(premiseLinks)
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        eq(premiseLinks.clientId, personClientId),
        eq(premiseLinks.addedByKind, 'resident'),
        eq(premiseLinks.addedByClientId, clientId),
      ),
    )
    .orderBy(asc(premiseLinks.premiseId));
}

export async function findClientByPhone(db: Db, organizationId: string, phone: string) {
  const [row] = await db
    .select({ id: clients.id, fullName: clients.fullName })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone)));
  return row;
}

export async function setAddressAs(
  db: Db,
  organizationId: string,
  clientId: string,
  addressAs: string | null,
) {
  await db
    .update(clients)
    .set({ addressAs, updatedAt: new Date() })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
}
