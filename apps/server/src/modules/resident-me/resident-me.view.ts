import {
  type ClientType,
  formatPremiseAddress,
  type LinkRole,
  type PremiseType,
  type ResidentBrandedOrganization,
  type ResidentCard,
  type ResidentPremise,
  type ResidentRequest,
} from '@domovoy/contract';
import { type BrandParts, productsOf, residentObjectImageUrl, resolveBrand } from '../brands/brands.view';
import type { CardRow, OrganizationRow, PremiseRow, RequestRow } from './resident-me.repository';

// What the resident sees of their own data (APP-5): their own card, unmasked — R-3 masks what
// staff see of other people, not what a person sees of themselves.

export function mapCard(row: CardRow): ResidentCard {
  return {
    id: row.id,
    type: row.type as ClientType,
    fullName: row.fullName,
    birthDate: row.birthDate,
    email: row.email,
  };
}

/** T-3: an organisation with the brand its app wears and the products it has switched on. */
export function mapOrganization(row: OrganizationRow): ResidentBrandedOrganization {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    brand: resolveBrand(row),
    products: productsOf(row.products),
  };
}

export function mapPremise(
  row: PremiseRow,
  organization: BrandParts & { id: string; name: string },
): ResidentPremise {
  return {
    id: row.id,
    type: row.type,
    address: formatPremiseAddress(row.type as PremiseType, row),
    objectName: row.objectName,
    role: row.role as LinkRole,
    linkedAt: row.linkedAt.toISOString(),
    brand: resolveBrand(organization, row.objectBrand),
    imageUrl: residentObjectImageUrl(organization.id, row.objectImageKey),
  };
}

export function mapRequest(row: RequestRow): ResidentRequest {
  return {
    id: row.id,
    kind: row.kind as ResidentRequest['kind'],
    status: row.status as ResidentRequest['status'],
    addressText: row.addressText,
    premiseText: row.premiseText,
    requestedRole: row.requestedRole as LinkRole | null,
    rejectReason: row.rejectReason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
  };
}
