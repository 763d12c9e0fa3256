import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { objectGroups, objects, premises, quarters } from '../../db/schema';
import { containsPattern } from '../../platform/sql';

export type ObjectValues = {
  name: string;
  address: string;
  onlinePayment: boolean;
  groupId: string | null;
  quarterId: string | null;
  brandName: string | null;
  brandColor: string | null;
};

export type ObjectFilters = { groupId?: string; quarterId?: string; search?: string };

export type ImageValues = { imageKey: string | null; imageContentType: string | null };

export type BrandLogoValues = { brandLogoKey: string | null; brandLogoContentType: string | null };

const premiseCount = sql<number>`(select count(*)::int from ${premises}
  where ${premises.organizationId} = ${objects.organizationId} and ${premises.objectId} = ${objects.id})`;

const card = {
  id: objects.id,
  name: objects.name,
  address: objects.address,
  onlinePayment: objects.onlinePayment,
  groupId: objects.groupId,
  groupName: objectGroups.name,
  quarterId: objects.quarterId,
  quarterName: quarters.name,
  imageKey: objects.imageKey,
  imageContentType: objects.imageContentType,
  imageVersion: objects.imageVersion,
  brandName: objects.brandName,
  brandColor: objects.brandColor,
  brandLogoKey: objects.brandLogoKey,
  brandLogoVersion: objects.brandLogoVersion,
  premiseCount,
  createdAt: objects.createdAt,
  updatedAt: objects.updatedAt,
};

export type ObjectCardRow = Awaited<ReturnType<typeof selectCards>>[number];

/** Objects with the names of their group and quarter and their number of premises. */
function selectCards(db: Db, organizationId: string, where: SQL | undefined) {
  return db
    .select(card)
    .from(objects)
    .leftJoin(
      objectGroups,
      and(eq(objectGroups.organizationId, objects.organizationId), eq(objectGroups.id, objects.groupId)),
    )
    .leftJoin(
      quarters,
      and(eq(quarters.organizationId, objects.organizationId), eq(quarters.id, objects.quarterId)),
    )
    .where(and(eq(objects.organizationId, organizationId), where))
    .orderBy(sql`lower(${objects.name})`, asc(objects.name), asc(objects.id));
}

export function listObjects(db: Db, organizationId: string, filters: ObjectFilters) {
  const search = filters.search?.trim();
  return selectCards(
    db,
    organizationId,
    and(
      filters.groupId ? eq(objects.groupId, filters.groupId) : undefined,
      filters.quarterId ? eq(objects.quarterId, filters.quarterId) : undefined,
      search
        ? or(ilike(objects.name, containsPattern(search)), ilike(objects.address, containsPattern(search)))
        : undefined,
    ),
  );
}

export async function findObject(
  db: Db,
  organizationId: string,
  id: string,
): Promise<ObjectCardRow | undefined> {
  const [row] = await selectCards(db, organizationId, eq(objects.id, id));
  return row;
}

/** The bare row; `lock` holds it until the transaction ends (no premise can join it meanwhile). */
export async function findObjectRow(db: Db, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertObject(db: Db, organizationId: string, values: ObjectValues): Promise<string> {
  const [row] = await db
    .insert(objects)
    .values({ organizationId, ...values })
    .returning({ id: objects.id });
  return (row as { id: string }).id;
}

export async function updateObject(
  db: Db,
  organizationId: string,
  id: string,
  values: Partial<ObjectValues>,
): Promise<boolean> {
  const rows = await db
    .update(objects)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, id)))
    .returning({ id: objects.id });
  return rows.length > 0;
}

/** A new version changes the image URL, so browsers do not show a cached old picture. */
export async function setObjectImage(db: Db, organizationId: string, id: string, image: ImageValues) {
  await db
    .update(objects)
    .set({ ...image, imageVersion: sql`${objects.imageVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, id)));
}

/** The object's brand columns; `lock` holds the row until the transaction ends. */
export async function findObjectBrand(db: Db, organizationId: string, objectId: string, lock = false) {
  const query = db
    .select({
      id: objects.id,
      brandLogoKey: objects.brandLogoKey,
      brandLogoContentType: objects.brandLogoContentType,
    })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, objectId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function setObjectLogo(db: Db, organizationId: string, objectId: string, logo: BrandLogoValues) {
  await db
    .update(objects)
    .set({ ...logo, brandLogoVersion: sql`${objects.brandLogoVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, objectId)));
}

export async function deleteObject(db: Db, organizationId: string, id: string) {
  await db.delete(objects).where(and(eq(objects.organizationId, organizationId), eq(objects.id, id)));
}

export async function countPremises(db: Db, organizationId: string, objectId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.objectId, objectId)));
  return row?.n ?? 0;
}
