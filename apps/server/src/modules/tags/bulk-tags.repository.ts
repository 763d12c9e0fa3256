import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { changeHistory, clients, clientTags, premises, premiseTags, tags } from '../../db/schema';
import type { Actor } from '../../platform/actor';

/** The rows a bulk tag change works on: the table, its tag links and how its history names it. */
const TARGETS = {
  premise: {
    table: premises,
    links: premiseTags,
    key: sql.raw('premise_id'),
    historyIds: sql.raw('c.id, null'),
  },
  client: { table: clients, links: clientTags, key: sql.raw('client_id'), historyIds: sql.raw('null, c.id') },
} as const;

export type BulkTagTarget = keyof typeof TARGETS;

/** How many rows `where` selects, counted up to `limit + 1` (enough to tell «too many»). */
export async function countSelected(
  db: Db,
  target: BulkTagTarget,
  organizationId: string,
  where: SQL | undefined,
  limit: number,
): Promise<number> {
  const { table } = TARGETS[target];
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${table}
      where ${table.organizationId} = ${organizationId} and ${where ?? sql`true`} limit ${limit + 1}) s`,
  );
  return row?.n ?? 0;
}

/**
 * Issue 17: adds and removes tags on every selected row in one statement, and writes for each row
 * whose tags changed the history entry the card writes (R-4: «tags», old and new names sorted as
 * `diffFields` sorts them) and its «changed by». `add` and `remove` must not overlap.
 */
export async function applyTags(
  db: Db,
  target: BulkTagTarget,
  actor: Actor,
  where: SQL | undefined,
  add: string[],
  remove: string[],
): Promise<{ matched: number; affected: number }> {
  const { table, links, key, historyIds } = TARGETS[target];
  const org = actor.organizationId;
  const addIds = sql`${sql.param(add)}::uuid[]`;
  const removeIds = sql`${sql.param(remove)}::uuid[]`;
  const [row] = await queryRows<{ matched: number; affected: number }>(
    db,
    sql`with target as materialized (
        select ${table.id} as id from ${table} where ${table.organizationId} = ${org} and ${where ?? sql`true`}
      ),
      before as (
        select t.id, coalesce(array_agg(g.name order by g.name collate "C") filter (where g.id is not null),
          '{}') as names
        from target t
        left join ${links} l on l.organization_id = ${org} and l.${key} = t.id
        left join ${tags} g on g.organization_id = l.organization_id and g.id = l.tag_id
        group by t.id
      ),
      after as (
        select t.id, array(select g.name from ${tags} g where g.organization_id = ${org}
          and (g.id = any(${addIds}) or (g.id <> all(${removeIds}) and exists (select 1 from ${links} l
            where l.organization_id = ${org} and l.${key} = t.id and l.tag_id = g.id)))
          order by g.name collate "C") as names
        from target t
      ),
      changed as (
        select b.id, b.names as old, a.names as new from before b join after a on a.id = b.id
        where b.names <> a.names
      ),
      added as (
        insert into ${links} (organization_id, ${key}, tag_id)
        select ${org}, t.id, x.tag_id from target t cross join unnest(${addIds}) as x(tag_id)
        on conflict do nothing
      ),
      removed as (
        delete from ${links} l using target t
        where l.organization_id = ${org} and l.${key} = t.id and l.tag_id = any(${removeIds})
      ),
      touched as (
        update ${table} set updated_at = now(), updated_by = ${actor.staffId}::uuid from changed c
        where ${table.organizationId} = ${org} and ${table.id} = c.id
      ),
      written as (
        insert into ${changeHistory} (organization_id, entity_type, entity_id, premise_id, client_id, action,
          changes, actor_staff_id, actor_name)
        select ${org}, ${target}, c.id, ${historyIds}, 'update',
          jsonb_build_array(jsonb_build_object('field', 'tags', 'old', to_jsonb(c.old), 'new', to_jsonb(c.new))),
          ${actor.staffId}::uuid, ${actor.name}
        from changed c
      )
      select (select count(*) from target)::int as matched, (select count(*) from changed)::int as affected`,
  );
  return row ?? { matched: 0, affected: 0 };
}
