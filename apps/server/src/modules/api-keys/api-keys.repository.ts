import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { apiKeys, organizations } from '../../db/schema';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export function listApiKeys(db: Db, organizationId: string) {
  return db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.organizationId, organizationId))
    .orderBy(desc(apiKeys.createdAt));
}

export async function insertApiKey(
  db: Db,
  values: Pick<ApiKeyRow, 'organizationId' | 'name' | 'keyHash' | 'keyPrefix' | 'scopes' | 'createdBy'>,
) {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row as ApiKeyRow;
}

export async function revokeApiKey(db: Db, organizationId: string, id: string, at: Date) {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

export async function findApiKey(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, id)));
  return row;
}

/** A key that is not revoked, with its organisation's name (the actor's name in the history). */
export async function findActiveKeyByHash(db: Db, keyHash: string) {
  const [row] = await db
    .select({ key: apiKeys, organizationName: organizations.name })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  return row;
}

/** Marks the key used, at most once per `since` (not a write on every request). */
export async function touchApiKey(db: Db, organizationId: string, id: string, at: Date, since: Date) {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(apiKeys.organizationId, organizationId),
        eq(apiKeys.id, id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, since)),
      ),
    );
}
