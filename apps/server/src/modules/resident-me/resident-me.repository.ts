import { and, asc, countDistinct, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  clients,
  objects,
  organizations,
  premiseLinks,
  premises,
  registrationRequests,
} from '../../db/schema';

/** T-3: the organisations where the account has a client card (names and brands: nothing of the card). */
export function listCardOrganizations(db: Db, accountId: string) {
  return db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      brandName: organizations.brandName,
      brandColor: organizations.brandColor,
      brandLogoKey: organizations.brandLogoKey,
      products: organizations.products,
    })
    .from(clients)
    .innerJoin(organizations, eq(organizations.id, clients.organizationId))
    .where(eq(clients.accountId, accountId))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

/** APP-1: the premises linked to the account's cards in every organisation («Мои помещения»). */
export async function countPremisesEverywhere(db: Db, accountId: string): Promise<number> {
  const [row] = await db
    .select({ count: countDistinct(sql`(${premiseLinks.organizationId}, ${premiseLinks.premiseId})`) })
    .from(clients)
    .innerJoin(
      premiseLinks,
      and(eq(premiseLinks.organizationId, clients.organizationId), eq(premiseLinks.clientId, clients.id)),
    )
    .where(eq(clients.accountId, accountId));
  return row?.count ?? 0;
}

export async function findCard(db: Db, organizationId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)));
  return row;
}

/** A premise the resident is linked to (APP-2): address, object, brand, picture and their role. */
export const residentPremiseColumns = {
  id: premises.id,
  type: premises.type,
  street: premises.street,
  house: premises.house,
  building: premises.building,
  number: premises.number,
  room: premises.room,
  objectName: objects.name,
  // T-3: the object's own brand, null parts taken from the organisation's.
  objectBrand: {
    brandName: objects.brandName,
    brandColor: objects.brandColor,
    brandLogoKey: objects.brandLogoKey,
  },
  objectImageKey: objects.imageKey,
  role: premiseLinks.role,
  linkedAt: premiseLinks.createdAt,
};

/** The card's premises with its role in each, the earliest linked first. */
export function listCardPremises(db: Db, organizationId: string, clientId: string) {
  return db
    .select(residentPremiseColumns)
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .innerJoin(
      objects,
      and(eq(objects.organizationId, premises.organizationId), eq(objects.id, premises.objectId)),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, clientId)))
    .orderBy(asc(premiseLinks.createdAt), asc(premiseLinks.id));
}

/** AUTH-2: the account's requests in the organisation, newest first. */
export function listAccountRequests(db: Db, organizationId: string, accountId: string) {
  return db
    .select()
    .from(registrationRequests)
    .where(
      and(
        eq(registrationRequests.organizationId, organizationId),
        eq(registrationRequests.accountId, accountId),
      ),
    )
    .orderBy(desc(registrationRequests.createdAt), desc(registrationRequests.id));
}

export type OrganizationRow = Awaited<ReturnType<typeof listCardOrganizations>>[number];
export type CardRow = NonNullable<Awaited<ReturnType<typeof findCard>>>;
export type PremiseRow = Awaited<ReturnType<typeof listCardPremises>>[number];
export type RequestRow = Awaited<ReturnType<typeof listAccountRequests>>[number];
