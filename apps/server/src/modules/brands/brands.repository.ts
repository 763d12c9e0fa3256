import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { objects, organizations } from '../../db/schema';

export type LogoValues = { brandLogoKey: string | null; brandLogoContentType: string | null };

export type BrandValues = { brandName: string | null; brandColor: string | null; products: string[] };

const organizationBrand = {
  id: organizations.id,
  name: organizations.name,
  brandName: organizations.brandName,
  brandColor: organizations.brandColor,
  brandLogoKey: organizations.brandLogoKey,
  brandLogoContentType: organizations.brandLogoContentType,
  brandLogoVersion: organizations.brandLogoVersion,
  products: organizations.products,
};

/** The organisation's brand; `lock` holds the row until the transaction ends. */
export async function findOrganizationBrand(db: Db, organizationId: string, lock = false) {
  const query = db.select(organizationBrand).from(organizations).where(eq(organizations.id, organizationId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export type OrganizationBrandRow = NonNullable<Awaited<ReturnType<typeof findOrganizationBrand>>>;

export async function updateOrganizationBrand(db: Db, organizationId: string, values: BrandValues) {
  await db.update(organizations).set(values).where(eq(organizations.id, organizationId));
}

/** A new version changes the logo's URL, so browsers do not show a cached old logo. */
export async function setOrganizationLogo(db: Db, organizationId: string, logo: LogoValues) {
  await db
    .update(organizations)
    .set({ ...logo, brandLogoVersion: sql`${organizations.brandLogoVersion} + 1` })
    .where(eq(organizations.id, organizationId));
}

/** The content type of a logo the organisation or one of its objects wears now, by its storage key. */
export async function findCurrentLogo(db: Db, organizationId: string, key: string) {
  const [own] = await db
    .select({ contentType: organizations.brandLogoContentType })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.brandLogoKey, key)));
  if (own?.contentType) return own.contentType;
  const [object] = await db
    .select({ contentType: objects.brandLogoContentType })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.brandLogoKey, key)))
    .limit(1);
  return object?.contentType ?? undefined;
}

/** APP-2: the type of the picture an object of the organisation shows now under this key. */
export async function findCurrentObjectImage(db: Db, organizationId: string, key: string) {
  const [object] = await db
    .select({ contentType: objects.imageContentType })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.imageKey, key)))
    .limit(1);
  return object?.contentType ?? undefined;
}
