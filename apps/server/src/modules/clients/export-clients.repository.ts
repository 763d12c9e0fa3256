import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import {
  clientExternalIds,
  clients,
  objects,
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

/** A premise of a client as the export writes it (raw address parts, entrance, floor). */
export type ClientPremiseRecord = {
  objectName: string;
  role: string;
  shareNumerator: number | null;
  shareDenominator: number | null;
  type: string;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
  entrance: string | null;
  floor: number;
};

// Each client's premises, accounts and external ids come with it, each read through its own index
// (an aggregate subquery per client of the page): one statement per page, no query per row.
// The outer row is named by its table: Drizzle leaves columns unqualified in a one-table select.
const related = {
  premises: sql<ClientPremiseRecord[]>`coalesce((select json_agg(json_build_object('type', p.type,
      'objectName', o.name, 'role', pl.role,
      'shareNumerator', pl.share_numerator, 'shareDenominator', pl.share_denominator,
      'street', p.street, 'house', p.house, 'building', p.building, 'number', p.number, 'room', p.room,
      'entrance', p.entrance, 'floor', p.floor) order by p.sort_key collate "C", p.id)
    from ${premiseLinks} pl join ${premises} p on p.organization_id = pl.organization_id and p.id = pl.premise_id
    join ${objects} o on o.organization_id = p.organization_id and o.id = p.object_id
    where pl.organization_id = ${clients}.organization_id and pl.client_id = ${clients}.id), '[]'::json)`,
  accounts: sql<string[]>`coalesce((select array_agg(a.number order by a.number) from ${premiseLinks} pl
    join ${personalAccounts} a on a.organization_id = pl.organization_id and a.premise_id = pl.premise_id
    where pl.organization_id = ${clients}.organization_id and pl.client_id = ${clients}.id), '{}')`,
  externalIds: sql<{ source: string; externalId: string }[]>`coalesce((select json_agg(json_build_object(
      'source', e.source, 'externalId', e.external_id) order by e.created_at, e.id) from ${clientExternalIds} e
    where e.organization_id = ${clients}.organization_id and e.client_id = ${clients}.id), '[]'::json)`,
};

export type ClientExportPage = {
  where: SQL | undefined;
  keys: OrderKey[];
  after: SQL | undefined;
  limit: number;
};

/** One keyset page of the filtered list, in the list's order, with the card fields C-9 exports. */
/** One keyset page of the filtered list, in the list's order: the clients' ids and sort keys only. */
export function clientExportKeys(db: Db, organizationId: string, page: ClientExportPage) {
  return db
    .select({ id: clients.id, ...keyValues(page.keys) })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), page.where, page.after))
    .orderBy(...orderByKeys(page.keys))
    .limit(page.limit);
}

/** Everything C-9 exports of the given clients, in no particular order. */
export function clientExportRows(db: Db, organizationId: string, ids: string[]) {
  return db
    .select({
      id: clients.id,
      type: clients.type,
      fullName: clients.fullName,
      phone: clients.phone,
      extraPhone: clients.extraPhone,
      email: clients.email,
      birthDate: clients.birthDate,
      kpp: clients.kpp,
      ogrn: clients.ogrn,
      loyaltyCard: clients.loyaltyCard,
      firstLoginAt: clients.firstLoginAt,
      lastVisitAt: clients.lastVisitAt,
      ...related,
    })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), anyOf(clients.id, ids)));
}

export type ClientExportRecord = Awaited<ReturnType<typeof clientExportRows>>[number];

/**
 * «ФИО в приложении»: the name the person typed in the app, which is what their latest
 * registration request holds (the resident account keeps no name), one query per page.
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
