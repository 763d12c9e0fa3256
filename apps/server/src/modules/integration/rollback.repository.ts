import { and, asc, desc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../db/database';
import {
  clientExternalIds,
  clients,
  clientTags,
  importBatches,
  importChanges,
  leads,
  personalAccounts,
  premiseLinks,
  premises,
  premiseTags,
  registrationRequests,
  residentAccounts,
  tags,
} from '../../db/schema';

/**
 * The tables migration 0005 records, parents before children (the order rows come back in);
 * each with its key columns after organization_id.
 */
const TABLES: { name: string; table: PgTable; key: string[]; global?: boolean }[] = [
  { name: 'resident_accounts', table: residentAccounts, key: ['id'], global: true },
  { name: 'tags', table: tags, key: ['id'] },
  { name: 'premises', table: premises, key: ['id'] },
  { name: 'clients', table: clients, key: ['id'] },
  { name: 'personal_accounts', table: personalAccounts, key: ['id'] },
  { name: 'premise_tags', table: premiseTags, key: ['premise_id', 'tag_id'] },
  { name: 'client_tags', table: clientTags, key: ['client_id', 'tag_id'] },
  { name: 'client_external_ids', table: clientExternalIds, key: ['id'] },
  { name: 'premise_links', table: premiseLinks, key: ['id'] },
  { name: 'registration_requests', table: registrationRequests, key: ['id'] },
  { name: 'leads', table: leads, key: ['id'] },
];

export type Conflict = { tableName: string; image: Record<string, unknown> };

const columnsOf = (table: PgTable) => Object.values(getTableColumns(table)).map((column) => column.name);
const ident = (name: string) => sql.raw(`"${name}"`);
const list = (names: string[], prefix = '') => sql.raw(names.map((n) => `${prefix}"${n}"`).join(', '));

/** `cur.<key> = (img->>'<key>')::uuid` for each key column, with the organisation. */
function keyMatch(organizationId: string | null, key: string[], image: string) {
  return sql.join(
    [
      ...(organizationId ? [sql`cur.organization_id = ${organizationId}`] : []),
      ...key.map((k) => sql.raw(`cur."${k}" = (${image}->>'${k}')::uuid`)),
    ],
    sql` and `,
  );
}

const keyText = (key: string[], image: string) =>
  sql.raw(key.map((k) => `(${image}->>'${k}')`).join(` || '|' || `));

/**
 * The batch's recorded changes, a row each: the rows one statement inserted are recorded together
 * (an array of their keys and digests, migration 0028) and come out one by one.
 */
function changesOf(organizationId: string, batchId: string) {
  return sql`(select ch.seq, ch.table_name, ch.op, ch.before, coalesce(e.value, ch.after) as after
    from ${importChanges} ch
    left join lateral jsonb_array_elements(case when jsonb_typeof(ch.after) = 'array' then ch.after end) e
      on true
    where ch.organization_id = ${organizationId} and ch.batch_id = ${batchId})`;
}

/**
 * Rows the batch left that look different now (changed, deleted or re-created by someone else):
 * the last image the batch recorded of each row against the row as it is. An inserted row is
 * recorded by its keys and the digest of its text (`#`, migration 0028), compared with the digest
 * of the row as it is; batches recorded before then hold the whole image.
 */
export async function findConflicts(db: Db, organizationId: string, batchId: string): Promise<Conflict[]> {
  const conflicts: Conflict[] = [];
  for (const { name, table, key, global } of TABLES) {
    const present = sql.raw(`cur."${key[0]}" is not null`);
    const rows = await queryRows<{ image: Record<string, unknown> }>(
      db,
      sql`with last as (
          select distinct on (${keyText(key, 'coalesce(after, before)')}) coalesce(after, before) as img, after
          from ${changesOf(organizationId, batchId)} ch
          where table_name = ${name}
          order by ${keyText(key, 'coalesce(after, before)')}, seq desc)
        select last.img as image from last
        left join ${table} cur on ${keyMatch(global ? null : organizationId, key, 'last.img')}
        where case when last.after is null then ${present}
          when last.after ? '#' then not ${present} or md5(cur::text) <> last.after->>'#'
          else not ${present} or to_jsonb(cur) <> last.after end
        limit 50`,
    );
    conflicts.push(...rows.map((row) => ({ tableName: name, image: row.image })));
  }
  return conflicts;
}

/**
 * Puts every recorded row back as it was before the batch: rows it deleted come back (parents
 * first), rows it changed get their earliest image, rows it created go (children first).
 */
export async function restore(db: Db, organizationId: string, batchId: string) {
  const ofBatch = (name: string, op: string) =>
    sql`ch.organization_id = ${organizationId} and ch.batch_id = ${batchId} and ch.table_name = ${name} and ch.op = ${op}`;
  for (const { name, table } of TABLES) {
    const columns = columnsOf(table);
    await db.execute(sql`
      insert into ${ident(name)} (${list(columns)})
      select ${list(columns, 'r.')} from ${importChanges} ch,
        jsonb_populate_record(null::${ident(name)}, ch.before) r
      where ${ofBatch(name, 'DELETE')}
      on conflict do nothing`);
  }
  for (const { name, table, key, global } of TABLES) {
    const columns = columnsOf(table).filter((c) => c !== 'organization_id' && !key.includes(c));
    if (columns.length === 0) continue;
    await db.execute(sql`
      update ${ident(name)} cur set (${list(columns)}) = (${list(columns, 'r.')})
      from (
        select distinct on (${keyText(key, 'ch.before')}) r.*
        from ${importChanges} ch, jsonb_populate_record(null::${ident(name)}, ch.before) r
        where ${ofBatch(name, 'UPDATE')}
        order by ${keyText(key, 'ch.before')}, ch.seq asc) r
      where ${keyMatch(global ? null : organizationId, key, 'to_jsonb(r)')}`);
  }
  for (const { name, key, global } of [...TABLES].reverse()) {
    await db.execute(sql`
      delete from ${ident(name)} cur using ${changesOf(organizationId, batchId)} ch
      where ch.table_name = ${name} and ch.op = 'INSERT'
        and ${keyMatch(global ? null : organizationId, key, 'ch.after')}`);
  }
}

export async function lockBatch(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.organizationId, organizationId), eq(importBatches.id, id)))
    .for('update');
  return row;
}

export async function markRolledBack(db: Db, organizationId: string, id: string, staffId: string | null) {
  await db
    .update(importBatches)
    .set({ status: 'rolled_back', rolledBackAt: new Date(), rolledBackBy: staffId })
    .where(and(eq(importBatches.organizationId, organizationId), eq(importBatches.id, id)));
}

/** The batches done (applied or rolled back); a file's apply still going is not one yet. */
export async function listBatches(db: Db, organizationId: string, limit: number, offset: number) {
  const where = and(eq(importBatches.organizationId, organizationId), ne(importBatches.status, 'applying'));
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(importBatches)
      .where(where)
      .orderBy(desc(importBatches.createdAt), asc(importBatches.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(importBatches).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/**
 * one entry per premise, account, client, external id and link the rollback put back —
 * created again, removed, or changed back — on the cards they belong to, in one statement.
 */
export async function recordRollbackHistory(
  db: Db,
  organizationId: string,
  batchId: string,
  actor: { staffId: string | null; name: string },
  label: string,
) {
  await db.execute(sql`
    with touched as (
      select table_name, coalesce(after, before)->>'id' as id,
        (array_agg(op order by seq))[1] as first_op,
        (array_agg(op order by seq desc))[1] as last_op,
        (array_agg(coalesce(after, before) order by seq desc))[1] as img
      from ${changesOf(organizationId, batchId)} ch
      where table_name in ('premises', 'personal_accounts', 'clients', 'client_external_ids', 'premise_links')
      group by 1, 2)
    insert into change_history (organization_id, entity_type, entity_id, premise_id, client_id, action,
      changes, actor_staff_id, actor_name)
    select ${organizationId},
      case table_name when 'premises' then 'premise' when 'personal_accounts' then 'account'
        when 'clients' then 'client' when 'client_external_ids' then 'external_id' else 'link' end,
      id::uuid,
      case table_name when 'premises' then id when 'personal_accounts' then img->>'premise_id'
        when 'premise_links' then img->>'premise_id' end::uuid,
      case table_name when 'clients' then id when 'client_external_ids' then img->>'client_id'
        when 'premise_links' then img->>'client_id' end::uuid,
      case when first_op = 'INSERT' then 'delete' when last_op = 'DELETE' then 'create' else 'update' end,
      jsonb_build_array(jsonb_build_object('field', 'importRollback', 'old', null, 'new', ${label}::text)),
      ${actor.staffId}::uuid, ${actor.name}
    from touched
    where not (first_op = 'INSERT' and last_op = 'DELETE')`);
}
