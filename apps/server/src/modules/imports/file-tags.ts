import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { clientTags, premiseTags, tags } from '../../db/schema';
import { type Actor, can } from '../../platform/actor';
import { type HistoryEntryInput, recordHistory } from '../../platform/history';
import * as tagsRepo from '../tags/tags.repository';
import { normalizeTagName } from '../tags/tags.service';

type Kind = 'premise' | 'client';

const TABLES = {
  premise: { table: premiseTags, column: sql.raw('premise_id') },
  client: { table: clientTags, column: sql.raw('client_id') },
};

export type TagsOutcome = {
  /** Entities whose tags changed. */
  changed: Set<string>;
  /** Entities whose tags were left alone, with why (a new tag the role may not create). */
  refused: Map<string, string>;
};

/**
 * I-3: the tags of premises or clients as a file gives them — the column present, the entity's tags
 * become exactly those listed (an empty cell removes them). New tags are created when the role may
 * create tags (R-2 «Изменения тегов»); otherwise that entity's tags stay as they are and the row is
 * refused with the reason. Set-based: one query per step for the whole page; history as the cards
 * write it (the `tags` field, names before and after).
 */
export async function applyFileTags(
  tx: Db,
  actor: Actor,
  kind: Kind,
  wanted: Map<string, readonly string[]>,
): Promise<TagsOutcome> {
  const outcome: TagsOutcome = { changed: new Set(), refused: new Map() };
  if (wanted.size === 0) return outcome;
  const org = actor.organizationId;
  const spelling = new Map<string, string>();
  for (const names of wanted.values())
    for (const name of names) {
      const norm = normalizeTagName(name);
      if (norm && !spelling.has(norm)) spelling.set(norm, name.trim().replace(/\s+/g, ' '));
    }
  let found = await tagsRepo.findTagsByNorm(tx, org, [...spelling.keys()]);
  const missing = [...spelling.keys()].filter((norm) => !found.some((tag) => tag.nameNorm === norm));
  if (missing.length > 0 && can(actor, 'tags.create')) {
    await tagsRepo.insertTags(
      tx,
      org,
      missing.map((nameNorm) => ({ name: spelling.get(nameNorm) ?? nameNorm, nameNorm })),
    );
    found = await tagsRepo.findTagsByNorm(tx, org, [...spelling.keys()]);
  }
  const byNorm = new Map(found.map((tag) => [tag.nameNorm, tag]));

  const { table, column } = TABLES[kind];
  const ids = [...wanted.keys()];
  const current = new Map<string, string[]>();
  for (const row of await queryRows<{ entity_id: string; names: string[] }>(
    tx,
    sql`select x.${column} as entity_id, array_agg(t.name order by t.name) as names
      from ${table} x join ${tags} t on t.organization_id = x.organization_id and t.id = x.tag_id
      where x.organization_id = ${org}
        and x.${column} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
      group by x.${column}`,
  ))
    current.set(row.entity_id, row.names);

  const desired: { entity_id: string; tag_id: string }[] = [];
  const history: HistoryEntryInput[] = [];
  for (const [entityId, names] of wanted) {
    const norms = [...new Set(names.map(normalizeTagName).filter(Boolean))];
    const unknown = norms.filter((norm) => !byNorm.has(norm));
    if (unknown.length > 0) {
      const list = unknown.map((norm) => `«${spelling.get(norm)}»`).join(', ');
      outcome.refused.set(
        entityId,
        `Тег ${list} не существует, а создавать новые теги ваша роль не может: теги не изменены`,
      );
      continue;
    }
    const next = norms.map((norm) => byNorm.get(norm)?.name as string).sort();
    const before = current.get(entityId) ?? [];
    if (JSON.stringify(before) === JSON.stringify(next)) continue;
    outcome.changed.add(entityId);
    for (const norm of norms) desired.push({ entity_id: entityId, tag_id: byNorm.get(norm)?.id as string });
    history.push({
      entityType: kind,
      entityId,
      ...(kind === 'premise' ? { premiseId: entityId } : { clientId: entityId }),
      action: 'update',
      changes: [{ field: 'tags', old: before, new: next }],
    });
  }
  if (outcome.changed.size === 0) return outcome;
  const changed = JSON.stringify([...outcome.changed]);
  const pairs = JSON.stringify(desired);
  await tx.execute(sql`
    delete from ${table} x
    where x.organization_id = ${org}
      and x.${column} in (select value::uuid from jsonb_array_elements_text(${changed}::jsonb))
      and not exists (select 1 from jsonb_to_recordset(${pairs}::jsonb) as d(entity_id uuid, tag_id uuid)
        where d.entity_id = x.${column} and d.tag_id = x.tag_id)`);
  if (desired.length > 0) {
    await tx.execute(sql`
      insert into ${table} (organization_id, ${column}, tag_id)
      select ${org}, d.entity_id, d.tag_id from jsonb_to_recordset(${pairs}::jsonb) as d(entity_id uuid, tag_id uuid)
      on conflict do nothing`);
  }
  await recordHistory(tx, actor, history);
  return outcome;
}
