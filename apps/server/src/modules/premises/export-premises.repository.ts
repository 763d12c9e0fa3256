import { and, eq, type SQL, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import {
  clients,
  objects,
  personalAccounts,
  premiseLinks,
  premises,
  premiseTags,
  tags,
} from '../../db/schema';
import { keyValues, type OrderKey, orderByKeys } from '../../platform/keyset';

/** A client of a premise with their role, share and the documents of their link (L-2); dates are ГГГГ-ММ-ДД. */
export type PremiseLinkRecord = {
  fullName: string;
  clientType: string;
  role: string;
  shareNumerator: number | null;
  shareDenominator: number | null;
  certificateNumber: string | null;
  certificateDate: string | null;
  dduNumber: string | null;
  dduDate: string | null;
  actNumber: string | null;
  actDate: string | null;
  contractNumber: string | null;
  contractDate: string | null;
};

/**
 * The rows of table alias `t` that belong to the premise of the outer row (named by its table:
 * Drizzle leaves columns unqualified in a one-table select).
 */
const ofPremise = (t: string) =>
  sql`${sql.raw(t)}.organization_id = ${premises}.organization_id and ${sql.raw(t)}.premise_id = ${premises}.id`;

// Each premise's accounts, tags and clients come with it, each read through its own index
// (an aggregate subquery per premise of the page): one statement per page, no query per row.
const related = {
  objectName: sql<string>`(select o.name from ${objects} o
    where o.organization_id = ${premises}.organization_id and o.id = ${premises}.object_id)`,
  accounts: sql<string[]>`coalesce((select array_agg(a.number order by a.number)
    from ${personalAccounts} a where ${ofPremise('a')}), '{}')`,
  tags: sql<string[]>`coalesce((select array_agg(t.name order by t.name) from ${premiseTags} pt
    join ${tags} t on t.organization_id = pt.organization_id and t.id = pt.tag_id
    where ${ofPremise('pt')}), '{}')`,
  // Owners first, then the roles that depend on them (how the premise card lists people).
  links: sql<PremiseLinkRecord[]>`coalesce((select json_agg(json_build_object('fullName', c.full_name,
      'clientType', c.type, 'role', pl.role,
      'shareNumerator', pl.share_numerator, 'shareDenominator', pl.share_denominator,
      'certificateNumber', pl.certificate_number, 'certificateDate', pl.certificate_date,
      'dduNumber', pl.ddu_number, 'dduDate', pl.ddu_date, 'actNumber', pl.act_number, 'actDate', pl.act_date,
      'contractNumber', pl.contract_number, 'contractDate', pl.contract_date)
      order by array_position(array['owner', 'unconfirmed_owner', 'representative', 'resident', 'tenant'], pl.role),
      c.name_norm collate "C", c.id)
    from ${premiseLinks} pl join ${clients} c on c.organization_id = pl.organization_id and c.id = pl.client_id
    where ${ofPremise('pl')}), '[]'::json)`,
};

export type PremiseExportPage = {
  where: SQL | undefined;
  keys: OrderKey[];
  after: SQL | undefined;
  limit: number;
};

/** One keyset page of the filtered list, in the list's order: the premises' ids and sort keys only. */
export function premiseExportKeys(db: Db, organizationId: string, page: PremiseExportPage) {
  return db
    .select({ id: premises.id, ...keyValues(page.keys) })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), page.where, page.after))
    .orderBy(...orderByKeys(page.keys))
    .limit(page.limit);
}

/** Everything P-8 exports of the given premises, in no particular order. */
export function premiseExportRows(db: Db, organizationId: string, ids: string[]) {
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
      rooms: premises.rooms,
      totalArea: premises.totalArea,
      livingArea: premises.livingArea,
      cadastralNumber: premises.cadastralNumber,
      registeredResidents: premises.registeredResidents,
      externalId: premises.externalId,
      ...related,
    })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.id, ids)));
}

export type PremiseExportRecord = Awaited<ReturnType<typeof premiseExportRows>>[number];
