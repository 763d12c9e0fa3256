import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { tags } from '../../db/schema';
import { containsPattern } from '../../platform/sql';

export function searchTags(db: Db, organizationId: string, search: string, limit: number) {
  return db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(
      and(
        eq(tags.organizationId, organizationId),
        search ? sql`${tags.nameNorm} like ${containsPattern(search)}` : undefined,
      ),
    )
    .orderBy(asc(tags.name))
    .limit(limit);
}

export function findTagsByNorm(db: Db, organizationId: string, norms: string[]) {
  if (norms.length === 0) return Promise.resolve([]);
  return db
    .select({ id: tags.id, name: tags.name, nameNorm: tags.nameNorm })
    .from(tags)
    .where(and(eq(tags.organizationId, organizationId), inArray(tags.nameNorm, norms)));
}

/** Inserts the missing tags; a tag created concurrently by someone else is simply reused. */
export async function insertTags(db: Db, organizationId: string, rows: { name: string; nameNorm: string }[]) {
  if (rows.length === 0) return;
  await db
    .insert(tags)
    .values(rows.map((row) => ({ organizationId, ...row })))
    .onConflictDoNothing({ target: [tags.organizationId, tags.nameNorm] });
}
