import type { LinkRole } from '@domovoy/contract';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import {
  changeHistory,
  clientExternalIds,
  clients,
  clientTags,
  leads,
  mailingRecipients,
  premiseLinks,
  premises,
  registrationRequests,
} from '../../db/schema';

// C-7: the statements of a merge of card A (`fromId`) into card B (`intoId`). Each is one
// set-based statement scoped to the organisation; the order they run in is merge-clients.ts's.

/** Who merges which card into which, in which organisation. */
export type MergeKeys = { organizationId: string; fromId: string; intoId: string; staffId: string | null };

/** Locks both cards (in id order, so two merges cannot deadlock) against edits and new links. */
export async function lockClients(db: Db, organizationId: string, ids: string[]): Promise<void> {
  await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), inArray(clients.id, ids)))
    .orderBy(asc(clients.id))
    .for('update');
}

/** Locks A's premises as the links service does (lockPremise), in id order; returns their ids. */
export async function lockPremisesOf(db: Db, organizationId: string, clientId: string): Promise<string[]> {
  const linked = db
    .select({ id: premiseLinks.premiseId })
    .from(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, clientId)));
  const rows = await db
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), inArray(premises.id, linked)))
    .orderBy(asc(premises.id))
    .for('update');
  return rows.map((row) => row.id);
}

const owner = alias(clients, 'owner');

/** The links of the given premises with what their history shows: address, client, owner. */
export function listLinksOn(db: Db, organizationId: string, premiseIds: string[]) {
  if (premiseIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      link: premiseLinks,
      premise: {
        type: premises.type,
        street: premises.street,
        house: premises.house,
        building: premises.building,
        number: premises.number,
        room: premises.room,
      },
      clientName: clients.fullName,
      ownerName: owner.fullName,
    })
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .innerJoin(
      clients,
      and(eq(clients.organizationId, premiseLinks.organizationId), eq(clients.id, premiseLinks.clientId)),
    )
    .leftJoin(
      owner,
      and(eq(owner.organizationId, premiseLinks.organizationId), eq(owner.id, premiseLinks.ownerClientId)),
    )
    .where(and(eq(premiseLinks.organizationId, organizationId), inArray(premiseLinks.premiseId, premiseIds)))
    .orderBy(asc(premiseLinks.id));
}

export type MergeLinkRow = Awaited<ReturnType<typeof listLinksOn>>[number];

// C-7: where both are linked to one premise, the stronger role is kept.
const STRENGTH: readonly LinkRole[] = ['owner', 'unconfirmed_owner', 'representative', 'tenant', 'resident'];
const strength = (column: string) =>
  sql`array_position(array[${sql.join(
    STRENGTH.map((role) => sql`${role}`),
    sql`, `,
  )}]::text[], ${sql.raw(column)})`;

const DOCUMENT_COLUMNS = ['ddu', 'act', 'certificate', 'contract'].flatMap((doc) => [
  [doc, `${doc}_number`],
  [doc, `${doc}_date`],
]);

/** L-2: a document is its number and date together; B's empty one is taken whole from A. */
const documents = DOCUMENT_COLUMNS.map(([doc, column]) =>
  sql.raw(`case when b.${doc}_number is null and b.${doc}_date is null
    then a.${column} else b.${column} end as ${column}`),
);

const MERGED_COLUMNS = [
  'role',
  'owner_client_id',
  ...DOCUMENT_COLUMNS.map(([, column]) => column),
  'share_numerator',
  'share_denominator',
  'comment',
  'keep_on_sync',
];

/**
 * C-7 on a premise both are linked to: B's link takes the stronger role (with that link's owner;
 * on equal roles B's, else A's), B's empty documents, share and comment from A's, and
 * «Не удалять при интеграции» if either had it. B's share wins when both have one, so the
 * premise's sum never grows. The owner is never A or B: a link depends only on a stronger role.
 */
export async function collapseSharedLinks(db: Db, { organizationId, fromId, intoId, staffId }: MergeKeys) {
  await db.execute(sql`
    with merged as (
      select b.id,
        case when s.from_rank < s.into_rank then a.role else b.role end as role,
        case when s.from_rank < s.into_rank then a.owner_client_id
          when s.from_rank = s.into_rank then coalesce(b.owner_client_id, a.owner_client_id)
          else b.owner_client_id end as owner_client_id,
        ${sql.join(documents, sql`, `)},
        case when b.share_numerator is null then a.share_numerator else b.share_numerator end as share_numerator,
        case when b.share_numerator is null then a.share_denominator else b.share_denominator end as share_denominator,
        coalesce(b.comment, a.comment) as comment,
        a.keep_on_sync or b.keep_on_sync as keep_on_sync
      from ${premiseLinks} a
      join ${premiseLinks} b on b.organization_id = a.organization_id and b.premise_id = a.premise_id
        and b.client_id = ${intoId}
      cross join lateral (select ${strength('a.role')} as from_rank, ${strength('b.role')} as into_rank) s
      where a.organization_id = ${organizationId} and a.client_id = ${fromId}
    )
    update ${premiseLinks} l set ${sql.raw(MERGED_COLUMNS.map((c) => `${c} = m.${c}`).join(', '))},
      updated_by = ${staffId}, updated_at = now()
    from merged m
    where l.organization_id = ${organizationId} and l.id = m.id`);
}

const sharedWithInto = (intoId: string) =>
  sql`exists (select 1 from ${premiseLinks} b where b.organization_id = ${premiseLinks.organizationId}
    and b.premise_id = ${premiseLinks.premiseId} and b.client_id = ${intoId})`;

/** On shared premises, those depending on A now depend on B (before A's link goes). */
export async function repointSharedDependents(
  db: Db,
  { organizationId, fromId, intoId, staffId }: MergeKeys,
) {
  await db
    .update(premiseLinks)
    .set({ ownerClientId: intoId, updatedBy: staffId, updatedAt: new Date() })
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        eq(premiseLinks.ownerClientId, fromId),
        sql`${premiseLinks.clientId} <> ${intoId}`,
        sharedWithInto(intoId),
      ),
    );
}

export async function deleteSharedLinks(db: Db, { organizationId, fromId, intoId }: MergeKeys) {
  await db
    .delete(premiseLinks)
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        eq(premiseLinks.clientId, fromId),
        sharedWithInto(intoId),
      ),
    );
}

/** A's remaining links become B's; dependents follow through premise_links_owner_fk (ON UPDATE CASCADE). */
export async function moveLinks(db: Db, { organizationId, fromId, intoId, staffId }: MergeKeys) {
  await db
    .update(premiseLinks)
    .set({ clientId: intoId, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.clientId, fromId)));
  await db
    .update(premiseLinks)
    .set({ addedByClientId: intoId })
    .where(and(eq(premiseLinks.organizationId, organizationId), eq(premiseLinks.addedByClientId, fromId)));
}

/**
 * External ids, tags, history, registration requests, leads and mailings of A now belong to B. An external
 * id is unique per organisation and source, so A and B cannot share one; a tag both have is kept once.
 */
export async function moveClientRecords(db: Db, { organizationId, fromId, intoId }: MergeKeys) {
  await db
    .update(clientExternalIds)
    .set({ clientId: intoId, updatedAt: new Date() })
    .where(and(eq(clientExternalIds.organizationId, organizationId), eq(clientExternalIds.clientId, fromId)));
  await db.execute(sql`
    insert into ${clientTags} (organization_id, client_id, tag_id)
    select organization_id, ${intoId}, tag_id from ${clientTags}
    where organization_id = ${organizationId} and client_id = ${fromId}
    on conflict do nothing`);
  await db
    .update(changeHistory)
    .set({ clientId: intoId })
    .where(and(eq(changeHistory.organizationId, organizationId), eq(changeHistory.clientId, fromId)));
  await db
    .update(registrationRequests)
    .set({ clientId: intoId, updatedAt: new Date() })
    .where(
      and(eq(registrationRequests.organizationId, organizationId), eq(registrationRequests.clientId, fromId)),
    );
  await db
    .update(leads)
    .set({ convertedClientId: intoId, updatedAt: new Date() })
    .where(and(eq(leads.organizationId, organizationId), eq(leads.convertedClientId, fromId)));
  // M-2: the mailings A received show on B's card; one both received keeps B's row.
  await db.execute(sql`update ${mailingRecipients} r set client_id = ${intoId}
    where r.organization_id = ${organizationId} and r.client_id = ${fromId}
      and not exists (select 1 from ${mailingRecipients} b where b.organization_id = r.organization_id
        and b.mailing_id = r.mailing_id and b.client_id = ${intoId})`);
}

/** B's card changed (tags, premises): who and when, as any edit of the card. */
export async function touchClient(db: Db, organizationId: string, id: string, staffId: string | null) {
  await db
    .update(clients)
    .set({ updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(clients.organizationId, organizationId), eq(clients.id, id)));
}
