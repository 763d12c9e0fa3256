import {
  DEFAULT_BRAND_COLOR,
  type OrganizationBrand,
  PRODUCT_CODES,
  type ProductCode,
  type ResidentBrand,
} from '@domovoy/contract';
import type { OrganizationBrandRow } from './brands.repository';

/** Where brand logos of the organisation and its objects are stored (the public URL rebuilds it). */
export const brandLogoPrefix = (organizationId: string) => `org/${organizationId}/brand`;

/**
 * The app's logo address: public, and unguessable by the random file id in it; a new logo is a new
 * file, so the address changes with it and may be cached for good (docs/decisions.md).
 */
export function residentLogoUrl(organizationId: string, key: string | null): string | null {
  const fileId = key?.slice(brandLogoPrefix(organizationId).length + 1);
  return fileId ? `/api/resident/v1/brand-logos/${organizationId}/${fileId}` : null;
}

/** Where object pictures are stored (T-2); the resident app's public address rebuilds the key. */
export const objectImagePrefix = (organizationId: string) => `org/${organizationId}/objects`;

/**
 * APP-2: the object's picture behind its premises in «Мои помещения», public and unguessable as
 * the logos are (an <img> cannot send the session), immutable because every upload is a new file.
 */
export function residentObjectImageUrl(organizationId: string, key: string | null): string | null {
  const prefix = `${objectImagePrefix(organizationId)}/`;
  return key?.startsWith(prefix)
    ? `/api/resident/v1/object-images/${organizationId}/${key.slice(prefix.length)}`
    : null;
}

/** The organisation's products in the catalogue's order; codes the catalogue no longer has are dropped. */
export function productsOf(products: readonly string[]): ProductCode[] {
  return PRODUCT_CODES.filter((code) => products.includes(code));
}

export function mapOrganizationBrand(row: OrganizationBrandRow): OrganizationBrand {
  return {
    organizationName: row.name,
    name: row.brandName,
    color: row.brandColor,
    logoUrl: row.brandLogoKey ? `/api/settings/brand/logo?v=${row.brandLogoVersion}` : null,
    products: productsOf(row.products),
  };
}

export type BrandParts = { brandName: string | null; brandColor: string | null; brandLogoKey: string | null };

/**
 * T-3: the brand the app wears — each part the object's, else the organisation's, else the
 * default (the organisation's name, DEFAULT_BRAND_COLOR, no logo).
 */
export function resolveBrand(
  organization: BrandParts & { id: string; name: string },
  object?: BrandParts,
): ResidentBrand {
  return {
    name: object?.brandName ?? organization.brandName ?? organization.name,
    color: object?.brandColor ?? organization.brandColor ?? DEFAULT_BRAND_COLOR,
    logoUrl: residentLogoUrl(organization.id, object?.brandLogoKey ?? organization.brandLogoKey),
  };
}
