import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clients, personalAccounts, premiseLinks, premises, premiseTags, tags } from '../../db/schema';
import { keyValues, type OrderKey, orderByKeys } from '../../platform/keyset';

/** Owners first, then the roles that depend on them (how the premise card lists people). */
export const linkRoleRank = sql`array_position(array['owner', 'unconfirmed_owner', 'representative',
  'resident', 'tenant'], ${premiseLinks.role})`;

export type PremiseExportPage = {
  where: SQL | undefined;
  keys: OrderKey[];
  after: SQL | undefined;
  limit: number;
};

/** One keyset page of the filtered list, in the list's order, with the columns P-8 exports. */
export function premiseExportPage(db: Db, organizationId: string, page: PremiseExportPage) {
  return db
    .select({
      id: premises.id,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
      entrance: premises.entrance,
      floor: premises.floor,
      totalArea: premises.totalArea,
      livingArea: premises.livingArea,
      externalId: premises.externalId,
      ...keyValues(page.keys),
    })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), page.where, page.after))
    .orderBy(...orderByKeys(page.keys))
    .limit(page.limit);
}

export type PremiseExportRecord = Awaited<ReturnType<typeof premiseExportPage>>[number];

/** The personal accounts of a page of premises, one query. */
export function accountNumbersOf(db: Db, organizationId: string, premiseIds: string[]) {
  return db
    .select({ premiseId: personalAccounts.premiseId, number: personalAccounts.number })
    .from(personalAccounts)
    .where(
      and(
        eq(personalAccounts.organizationId, organizationId),
        inArray(personalAccounts.premiseId, premiseIds),
      ),
    )
    .orderBy(asc(personalAccounts.number));
}

/** The clients of a page of premises with the documents of their links (L-2), one query. */
export function linksOf(db: Db, organizationId: string, premiseIds: string[]) {
  return db
    .select({
      premiseId: premiseLinks.premiseId,
      fullName: clients.fullName,
      certificateNumber: premiseLinks.certificateNumber,
      certificateDate: premiseLinks.certificateDate,
      dduNumber: premiseLinks.dduNumber,
      dduDate: premiseLinks.dduDate,
      actNumber: premiseLinks.actNumber,
      actDate: premiseLinks.actDate,
      contractNumber: premiseLinks.contractNumber,
      contractDate: premiseLinks.contractDate,
    })
    .from(premiseLinks)
    .innerJoin(
      clients,
      and(eq(clients.organizationId, premiseLinks.organizationId), eq(clients.id, premiseLinks.clientId)),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), inArray(premiseLinks.premiseId, premiseIds)))
    .orderBy(linkRoleRank, sql`${clients.nameNorm} collate "C"`, asc(clients.id));
}

export type PremiseLinkRecord = Awaited<ReturnType<typeof linksOf>>[number];

/** The tags of a page of premises, one query. */
export function tagNamesOf(db: Db, organizationId: string, premiseIds: string[]) {
  return db
    .select({ premiseId: premiseTags.premiseId, name: tags.name })
    .from(premiseTags)
    .innerJoin(tags, and(eq(tags.organizationId, premiseTags.organizationId), eq(tags.id, premiseTags.tagId)))
    .where(and(eq(premiseTags.organizationId, organizationId), inArray(premiseTags.premiseId, premiseIds)))
    .orderBy(asc(tags.name));
}
