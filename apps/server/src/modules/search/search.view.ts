import {
  type ClientType,
  formatPhone,
  formatPremiseAddress,
  PREMISE_TYPES,
  type PremiseType,
  type SearchAccount,
  type SearchClient,
  type SearchPremise,
  type SearchRequest,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import type {
  SearchAccountRow,
  SearchClientRow,
  SearchPremiseRow,
  SearchRequestRow,
} from './search.repository';

type AddressRow = {
  type: string | null;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
};

function addressOf({ type, ...parts }: AddressRow): string {
  return type ? formatPremiseAddress(type as PremiseType, parts) : '';
}

export function mapSearchPremise(row: SearchPremiseRow): SearchPremise {
  const type = row.type as PremiseType;
  return {
    id: row.id,
    fullAddress: addressOf(row),
    type,
    typeLabel: PREMISE_TYPES[type].label,
    objectName: row.objectName,
  };
}

/** masked as the clients list masks them (clients.view). */
export function mapSearchClient(row: SearchClientRow, access: PiiAccess): SearchClient {
  return {
    id: row.id,
    type: row.type as ClientType,
    fullName: showName(row.fullName, access),
    phone: showContact(row.phone ? formatPhone(row.phone) : null, access),
    masked: maskedFlags(access),
  };
}

export function mapSearchAccount(row: SearchAccountRow): SearchAccount {
  return {
    id: row.id,
    number: row.accountNumber,
    els: row.els,
    premiseId: row.premiseId,
    premiseAddress: addressOf(row),
    objectName: row.objectName,
  };
}

export function mapSearchRequest(row: SearchRequestRow): SearchRequest {
  return {
    id: row.id,
    number: row.number,
    status: row.status as ServiceRequestStatus,
    typeName: row.typeName,
    subject: row.subject,
    premiseAddress: row.premise ? addressOf(row.premise) || null : null,
  };
}
