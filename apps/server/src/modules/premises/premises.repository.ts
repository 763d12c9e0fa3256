import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { listPageIds } from '../../db/list-page';
import { listTotal } from '../../db/list-total';
import { objects, personalAccounts, premiseLinks, premises, premiseTags, staff, tags } from '../../db/schema';
import type { OrderKey } from '../../platform/keyset';
import type { ListCursor } from '../../platform/list-cursor';
import type { PremiseValues } from './premise-values';

const creator = alias(staff, 'creator');
const updater = alias(staff, 'updater');

/** A premise with what its card and list show: object, tags, account numbers, authors. */
const premiseColumns = {
  premise: premises,
  objectName: objects.name,
  objectOnlinePayment: objects.onlinePayment,
  createdByName: creator.fullName,
  updatedByName: updater.fullName,
  tags: sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${premiseTags} pt
    join ${tags} t on t.organization_id = pt.organization_id and t.id = pt.tag_id
    where pt.organization_id = ${premises.organizationId} and pt.premise_id = ${premises.id}), '{}')`,
  accountNumbers: sql<string[]>`coalesce((
    select array_agg(a.number order by a.number) from ${personalAccounts} a
    where a.organization_id = ${premises.organizationId} and a.premise_id = ${premises.id}), '{}')`,
};

export type PremiseRow = Awaited<ReturnType<typeof selectPremises>>[number];

function selectPremises(db: Db) {
  return db
    .select(premiseColumns)
    .from(premises)
    .innerJoin(
      objects,
      and(eq(objects.organizationId, premises.organizationId), eq(objects.id, premises.objectId)),
    )
    .leftJoin(
      creator,
      and(eq(creator.organizationId, premises.organizationId), eq(creator.id, premises.createdBy)),
    )
    .leftJoin(
      updater,
      and(eq(updater.organizationId, premises.organizationId), eq(updater.id, premises.updatedBy)),
    );
}

export async function findPremise(
  db: Db,
  organizationId: string,
  id: string,
): Promise<PremiseRow | undefined> {
  const [row] = await selectPremises(db).where(
    and(eq(premises.organizationId, organizationId), eq(premises.id, id)),
  );
  return row;
}

export type PremisePage = {
  where: SQL | undefined;
  /** The list's order, the id last (keyset paging reads it). */
  keys: readonly OrderKey[];
  pageSize: number;
  page: number;
  cursor: ListCursor | undefined;
  binding: string;
  /** Matches counted up to this (issue 16: a million rows are not counted for a page of 20). */
  totalCap?: number;
};

/**
 * A page in two steps: the ids of the page from the premises table alone, in the list's order — by
 * a cursor, a keyset range of the sort's index; by number, an offset over bare index entries, not
 * over rows with their tags and accounts gathered — then the page's rows with all they show.
 */
export async function listPremises(db: Db, organizationId: string, page: PremisePage) {
  const where = and(eq(premises.organizationId, organizationId), page.where);
  const [ids, total] = await Promise.all([
    listPageIds(db, { table: premises, id: premises.id, ...page, where }),
    listTotal(db, premises, where, {
      cap: page.totalCap,
      // A cursor page counts no further than the first pages: the list pages on by its cursors.
      offset: page.cursor ? 0 : (page.page - 1) * page.pageSize,
      unfiltered: page.where === undefined,
    }),
  ]);
  const paging = { offset: ids.offset, nextCursor: ids.nextCursor, prevCursor: ids.prevCursor };
  if (ids.ids.length === 0) return { rows: [], ...total, ...paging };
  const order = new Map(ids.ids.map((id, i) => [id, i]));
  const rows = await selectPremises(db).where(
    and(eq(premises.organizationId, organizationId), inArray(premises.id, ids.ids)),
  );
  rows.sort((a, b) => (order.get(a.premise.id) ?? 0) - (order.get(b.premise.id) ?? 0));
  return { rows, ...total, ...paging };
}

/** Whether any premise of the organisation matches (the list's refusal of a hidden client reading). */
export async function anyPremise(db: Db, organizationId: string, where: SQL | undefined): Promise<boolean> {
  const rows = await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), where))
    .limit(1);
  return rows.length > 0;
}

/** The distinct clients linked to the matching premises, as a subquery of ids (M-1). */
export function linkedClientIds(organizationId: string, where: SQL | undefined): SQL {
  return sql`select distinct ${premiseLinks.clientId} from ${premiseLinks}
    where ${premiseLinks.organizationId} = ${organizationId} and ${premiseLinks.premiseId} in (
      select ${premises.id} from ${premises} where ${and(eq(premises.organizationId, organizationId), where)})`;
}

export async function insertPremise(
  db: Db,
  organizationId: string,
  values: PremiseValues,
  staffId: string | null,
) {
  const [row] = await db
    .insert(premises)
    .values({ organizationId, ...values, createdBy: staffId, updatedBy: staffId })
    .returning({ id: premises.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updatePremise(
  db: Db,
  organizationId: string,
  id: string,
  values: PremiseValues,
  staffId: string | null,
) {
  await db
    .update(premises)
    .set({ ...values, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(premises.organizationId, organizationId), eq(premises.id, id)));
}

/** P-7: accounts, documents and tag links go with it (ON DELETE CASCADE, same statement). */
export async function deletePremise(db: Db, organizationId: string, id: string) {
  await db.delete(premises).where(and(eq(premises.organizationId, organizationId), eq(premises.id, id)));
}

export async function setPremiseTags(db: Db, organizationId: string, premiseId: string, tagIds: string[]) {
  await db
    .delete(premiseTags)
    .where(and(eq(premiseTags.organizationId, organizationId), eq(premiseTags.premiseId, premiseId)));
  if (tagIds.length > 0) {
    await db.insert(premiseTags).values(tagIds.map((tagId) => ({ organizationId, premiseId, tagId })));
  }
}

export async function premiseExists(db: Db, organizationId: string, premiseId: string): Promise<boolean> {
  const rows = await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.id, premiseId)));
  return rows.length > 0;
}

export async function objectExists(db: Db, organizationId: string, objectId: string): Promise<boolean> {
  const rows = await db
    .select({ id: objects.id })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, objectId)));
  return rows.length > 0;
}

export async function objectNames(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: objects.id, name: objects.name })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), inArray(objects.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
