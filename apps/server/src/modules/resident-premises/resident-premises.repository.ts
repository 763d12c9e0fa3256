import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  accountBalances,
  clients,
  insurancePolicies,
  legalEntities,
  meters,
  objects,
  organizations,
  personalAccounts,
  premiseDocuments,
  premiseLinks,
  premises,
} from '../../db/schema';
import { residentPremiseColumns } from '../resident-me/resident-me.repository';

const sameOrg = (a: { organizationId: unknown }, b: { organizationId: unknown }) =>
  sql`${a.organizationId} = ${b.organizationId}`;

/** The premises the account's card in the organisation is linked to (T-1: nothing of other organisations). */
function linkedPremises(db: Db, organizationId: string, accountId: string, only?: SQL) {
  return db
    .select({
      id: premises.id,
      type: premises.type,
      street: premises.street,
      house: premises.house,
      building: premises.building,
      number: premises.number,
      room: premises.room,
      totalArea: premises.totalArea,
      livingArea: premises.livingArea,
      objectName: objects.name,
      objectAddress: objects.address,
      // Online payment is switched off per object, premise or link (the CRM's «Оплата онлайн»).
      onlinePayment: sql<boolean>`${objects.onlinePayment} and ${premises.onlinePayment} and ${premiseLinks.onlinePayment}`,
      linkedAt: premiseLinks.createdAt,
    })
    .from(clients)
    .innerJoin(premiseLinks, and(sameOrg(premiseLinks, clients), eq(premiseLinks.clientId, clients.id)))
    .innerJoin(premises, and(sameOrg(premises, premiseLinks), eq(premises.id, premiseLinks.premiseId)))
    .innerJoin(objects, and(sameOrg(objects, premises), eq(objects.id, premises.objectId)))
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId), only));
}

export async function findLinkedPremise(
  db: Db,
  organizationId: string,
  accountId: string,
  premiseId: string,
) {
  const [row] = await linkedPremises(db, organizationId, accountId, eq(premises.id, premiseId));
  return row;
}

export function listLinkedPremises(db: Db, organizationId: string, accountId: string) {
  return linkedPremises(db, organizationId, accountId).orderBy(
    asc(premiseLinks.createdAt),
    asc(premiseLinks.id),
  );
}

/** A-1: the premises' accounts a resident may see (not «Не отображать в ЛК жителя»), with their sums due. */
export function listVisibleAccounts(db: Db, organizationId: string, premiseIds: string[]) {
  return db
    .select({
      id: personalAccounts.id,
      premiseId: personalAccounts.premiseId,
      number: personalAccounts.number,
      legalEntityName: legalEntities.name,
      paymentUrlTemplate: legalEntities.paymentUrlTemplate,
      amount: accountBalances.amount,
      period: accountBalances.period,
      computedAt: accountBalances.computedAt,
      balanceUpdatedAt: accountBalances.updatedAt,
    })
    .from(personalAccounts)
    .innerJoin(
      legalEntities,
      and(sameOrg(legalEntities, personalAccounts), eq(legalEntities.id, personalAccounts.legalEntityId)),
    )
    .leftJoin(
      accountBalances,
      and(sameOrg(accountBalances, personalAccounts), eq(accountBalances.accountId, personalAccounts.id)),
    )
    .where(
      and(
        eq(personalAccounts.organizationId, organizationId),
        sql`${personalAccounts.premiseId} = any(${sql.param(premiseIds)}::uuid[])`,
        eq(personalAccounts.hiddenFromResidents, false),
      ),
    )
    .orderBy(asc(legalEntities.name), asc(personalAccounts.number));
}

/** The policy in force (or the latest to end) of the premise. */
export async function currentPolicy(db: Db, organizationId: string, premiseId: string) {
  const [row] = await db
    .select()
    .from(insurancePolicies)
    .where(
      and(eq(insurancePolicies.organizationId, organizationId), eq(insurancePolicies.premiseId, premiseId)),
    )
    .orderBy(
      sql`(${insurancePolicies.validFrom} <= current_date) desc`,
      desc(insurancePolicies.validTo),
      desc(insurancePolicies.validFrom),
    )
    .limit(1);
  return row;
}

/** P-9: the documents staff marked visible to the premise's residents. */
export function listVisibleDocuments(db: Db, organizationId: string, premiseId: string) {
  return db
    .select()
    .from(premiseDocuments)
    .where(
      and(
        eq(premiseDocuments.organizationId, organizationId),
        eq(premiseDocuments.premiseId, premiseId),
        eq(premiseDocuments.visibleToResidents, true),
      ),
    )
    .orderBy(sql`${premiseDocuments.date} desc nulls last`, desc(premiseDocuments.createdAt));
}

export async function findVisibleDocument(db: Db, organizationId: string, premiseId: string, id: string) {
  const [row] = await db
    .select()
    .from(premiseDocuments)
    .where(
      and(
        eq(premiseDocuments.organizationId, organizationId),
        eq(premiseDocuments.premiseId, premiseId),
        eq(premiseDocuments.id, id),
        eq(premiseDocuments.visibleToResidents, true),
      ),
    );
  return row;
}

/**
 * T-3: the organisations where the account has a client card, with their brands. Only these: a
 * card is what lets an account into an organisation's app (nothing is read from the others).
 */
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

/** APP-2: the premises the account's card in the organisation is linked to, with the object's brand. */
export function listCardPremises(db: Db, organizationId: string, accountId: string) {
  return db
    .select(residentPremiseColumns)
    .from(clients)
    .innerJoin(premiseLinks, and(sameOrg(premiseLinks, clients), eq(premiseLinks.clientId, clients.id)))
    .innerJoin(premises, and(sameOrg(premises, premiseLinks), eq(premises.id, premiseLinks.premiseId)))
    .innerJoin(objects, and(sameOrg(objects, premises), eq(objects.id, premises.objectId)))
    .where(and(eq(clients.organizationId, organizationId), eq(clients.accountId, accountId)))
    .orderBy(asc(premiseLinks.createdAt), asc(premiseLinks.id));
}

export type LinkedPremiseRow = NonNullable<Awaited<ReturnType<typeof findLinkedPremise>>>;
export type VisibleAccountRow = Awaited<ReturnType<typeof listVisibleAccounts>>[number];
export type PolicyRow = NonNullable<Awaited<ReturnType<typeof currentPolicy>>>;
export type DocumentRow = Awaited<ReturnType<typeof listVisibleDocuments>>[number];
export type CardOrganizationRow = Awaited<ReturnType<typeof listCardOrganizations>>[number];
export type CardPremiseRow = Awaited<ReturnType<typeof listCardPremises>>[number];

/** APP-3: the premise's meters in service (a replaced meter is not counted; its successor is). */
export async function countMeters(db: Db, organizationId: string, premiseId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(meters)
    .where(
      and(
        eq(meters.organizationId, organizationId),
        eq(meters.premiseId, premiseId),
        isNull(meters.replacedById),
      ),
    );
  return row?.n ?? 0;
}
