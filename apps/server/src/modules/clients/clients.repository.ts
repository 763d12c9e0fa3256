import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { listPageIds } from '../../db/list-page';
import { listTotal } from '../../db/list-total';
import {
  clientExternalIds,
  clients,
  clientTags,
  leads,
  objects,
  premiseLinks,
  premises,
  staff,
  tags,
} from '../../db/schema';
import type { OrderKey } from '../../platform/keyset';
import type { ListCursor } from '../../platform/list-cursor';
import type { ClientValues } from './client-values';

const creator = alias(staff, 'creator');
const updater = alias(staff, 'updater');

/** The premises of a client as the list and the card show them (raw address parts). */
export type PremiseRefRow = {
  linkId: string;
  premiseId: string;
  role: string;
  type: string;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
  objectName: string;
};

const clientColumns = {
  client: clients,
  createdByName: creator.fullName,
  updatedByName: updater.fullName,
  tags: sql<string[]>`coalesce((
    select array_agg(t.name order by t.name) from ${clientTags} ct
    join ${tags} t on t.organization_id = ct.organization_id and t.id = ct.tag_id
    where ct.organization_id = ${clients.organizationId} and ct.client_id = ${clients.id}), '{}')`,
  premises: sql<PremiseRefRow[]>`coalesce((
    select json_agg(json_build_object('linkId', pl.id, 'premiseId', p.id, 'role', pl.role, 'type', p.type,
      'street', p.street, 'house', p.house, 'building', p.building, 'number', p.number, 'room', p.room,
      'objectName', o.name) order by p.sort_key collate "C")
    from ${premiseLinks} pl
    join ${premises} p on p.organization_id = pl.organization_id and p.id = pl.premise_id
    join ${objects} o on o.organization_id = p.organization_id and o.id = p.object_id
    where pl.organization_id = ${clients.organizationId} and pl.client_id = ${clients.id}), '[]'::json)`,
};

export type ClientRow = Awaited<ReturnType<typeof selectClients>>[number];

function selectClients(db: Db) {
  return db
    .select(clientColumns)
    .from(clients)
    .leftJoin(
      creator,
      and(eq(creator.organizationId, clients.organizationId), eq(creator.id, clients.createdBy)),
    )
    .leftJoin(
      updater,
      and(eq(updater.organizationId, clients.organizationId), eq(updater.id, clients.updatedBy)),
    );
}

export async function findClient(db: Db, organizationId: string, id: string): Promise<ClientRow | undefined> {
  const [row] = await selectClients(db).where(
    and(eq(clients.organizationId, organizationId), eq(clients.id, id)),
  );
  return row;
}

/** The resident account behind a card, without the rest of it (S-1: the card's sessions). */
export async function findClientAccount(
  db: Db,
  organizationId: string,
  id: string,
): Promise<{ accountId: string | null } | undefined> {
  const [row] = await db
    .select({ accountId: clients.accountId })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
  return row;
}

export type ClientPage = {
  where: SQL | undefined;
  /** The list's order, the id last (keyset paging reads it). */
  keys: readonly OrderKey[];
  pageSize: number;
  page: number;
  cursor: ListCursor | undefined;
  binding: string;
  /** Matches counted up to this (issue 16). */
  totalCap?: number;
};

/**
 * A page in two steps: the ids of the page by the narrow columns the filters and the order need
 * (by a cursor, a keyset range of the sort's index), then the cards of those ids with their joins —
 * rather than joining every match before sorting.
 */
export async function listClients(db: Db, organizationId: string, page: ClientPage) {
  const where = and(eq(clients.organizationId, organizationId), page.where);
  const [ids, total] = await Promise.all([
    listPageIds(db, { table: clients, id: clients.id, ...page, where }),
    listTotal(db, clients, where, {
      cap: page.totalCap,
      // A cursor page counts no further than the first pages: the list pages on by its cursors.
      offset: page.cursor ? 0 : (page.page - 1) * page.pageSize,
      unfiltered: page.where === undefined,
    }),
  ]);
  const paging = { offset: ids.offset, nextCursor: ids.nextCursor, prevCursor: ids.prevCursor };
  if (ids.ids.length === 0) return { rows: [], ...total, ...paging };
  const order = new Map(ids.ids.map((id, i) => [id, i]));
  const rows = await selectClients(db).where(
    and(eq(clients.organizationId, organizationId), inArray(clients.id, ids.ids)),
  );
  rows.sort((a, b) => (order.get(a.client.id) ?? 0) - (order.get(b.client.id) ?? 0));
  return { rows, ...total, ...paging };
}

/** Whether any client of the organisation matches (the list's choice of how to read a name). */
export async function anyClient(db: Db, organizationId: string, where: SQL | undefined): Promise<boolean> {
  const rows = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), where))
    .limit(1);
  return rows.length > 0;
}

/** The ids of the organisation's clients that match, as a subquery (M-1: a mailing's recipients). */
export function clientIds(organizationId: string, where: SQL | undefined): SQL {
  return sql`select ${clients.id} from ${clients} where ${and(eq(clients.organizationId, organizationId), where)}`;
}

export async function findClientIdByPhone(db: Db, organizationId: string, phone: string) {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone)));
  return row?.id;
}

export async function insertClient(
  db: Db,
  organizationId: string,
  values: ClientValues & { accountId: string | null; source: string },
  staffId: string | null,
) {
  const [row] = await db
    .insert(clients)
    .values({ organizationId, ...values, createdBy: staffId, updatedBy: staffId })
    .returning({ id: clients.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateClient(
  db: Db,
  organizationId: string,
  id: string,
  values: ClientValues & { accountId: string | null },
  staffId: string | null,
) {
  await db
    .update(clients)
    .set({ ...values, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
}

export async function deleteClient(db: Db, organizationId: string, id: string) {
  await db.delete(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
}

export async function setClientTags(db: Db, organizationId: string, clientId: string, tagIds: string[]) {
  await db
    .delete(clientTags)
    .where(and(eq(clientTags.organizationId, organizationId), eq(clientTags.clientId, clientId)));
  if (tagIds.length > 0)
    await db.insert(clientTags).values(tagIds.map((tagId) => ({ organizationId, clientId, tagId })));
}

export function listExternalIds(db: Db, organizationId: string, clientId: string) {
  return db
    .select()
    .from(clientExternalIds)
    .where(
      and(eq(clientExternalIds.organizationId, organizationId), eq(clientExternalIds.clientId, clientId)),
    )
    .orderBy(asc(clientExternalIds.createdAt));
}

/**
 * AUTH-3: a phone is «Неидентифицированный» only while no card has it. A card made or given the
 * phone (by staff, an approved request, a converted lead) takes the open lead along.
 */
export async function identifyLeads(db: Db, organizationId: string, phone: string, clientId: string) {
  const now = new Date();
  await db
    .update(leads)
    .set({ convertedClientId: clientId, convertedAt: now, updatedAt: now })
    .where(
      and(
        eq(leads.organizationId, organizationId),
        eq(leads.phone, phone),
        sql`${leads.convertedClientId} is null`,
      ),
    );
}
