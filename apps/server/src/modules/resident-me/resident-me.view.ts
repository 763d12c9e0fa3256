import {
  type ClientType,
  formatPremiseAddress,
  type LinkRole,
  type PremiseType,
  type ResidentCard,
  type ResidentPremise,
  type ResidentRequest,
} from '@domovoy/contract';
import type { CardRow, PremiseRow, RequestRow } from './resident-me.repository';

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

export function mapPremise(row: PremiseRow): ResidentPremise {
  return {
    id: row.id,
    type: row.type,
    address: formatPremiseAddress(row.type as PremiseType, row),
    objectName: row.objectName,
    role: row.role as LinkRole,
    linkedAt: row.linkedAt.toISOString(),
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
