import { formatPremiseAddress, PREMISE_TYPES, type Premise, type PremiseType } from '@domovoy/contract';
import { type PiiAccess, showName } from '../../platform/pii';
import type { PremiseExportRecord, PremiseLinkRecord } from './export-premises.repository';
import type { PremiseRow } from './premises.repository';

const actorRef = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export function mapPremise(row: PremiseRow): Premise {
  const p = row.premise;
  const type = p.type as PremiseType;
  return {
    id: p.id,
    objectId: p.objectId,
    objectName: row.objectName,
    type,
    typeLabel: PREMISE_TYPES[type].label,
    fullAddress: formatPremiseAddress(type, p),
    street: p.street,
    house: p.house,
    building: p.building,
    number: p.number,
    room: p.room,
    entrance: p.entrance,
    floor: p.floor,
    rooms: p.rooms,
    totalArea: p.totalArea,
    livingArea: p.livingArea,
    onlinePayment: p.onlinePayment,
    // P-5: residents pay online only when both the premise and its object allow it.
    onlinePaymentEffective: p.onlinePayment && row.objectOnlinePayment,
    note: p.note,
    tags: row.tags,
    externalId: p.externalId,
    accountNumbers: row.accountNumbers,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    createdBy: actorRef(p.createdBy, row.createdByName),
    updatedBy: actorRef(p.updatedBy, row.updatedByName),
  };
}

/** A client of the premise in the export, with the documents of their link (L-2). */
export type PremiseExportLink = Omit<PremiseLinkRecord, 'fullName'> & { client: string };

/** P-8: one row of the premises export. */
export type PremiseExportRow = {
  address: string;
  entrance: string | null;
  /** Only units inside a building have a floor (P-4). */
  floor: number | null;
  accounts: string[];
  totalArea: number | null;
  livingArea: number | null;
  links: PremiseExportLink[];
  tags: string[];
  externalId: string | null;
};

/** P-8 with R-3: client names are masked here, as on the premise card. */
export function mapPremiseExportRow(p: PremiseExportRecord, access: PiiAccess): PremiseExportRow {
  const type = p.type as PremiseType;
  const inBuilding = PREMISE_TYPES[type].inBuilding;
  return {
    address: formatPremiseAddress(type, p),
    entrance: inBuilding ? p.entrance : null,
    floor: inBuilding ? p.floor : null,
    accounts: p.accounts,
    totalArea: p.totalArea,
    livingArea: p.livingArea,
    links: p.links.map(({ fullName, ...documents }) => ({
      client: showName(fullName, access),
      ...documents,
    })),
    tags: p.tags,
    externalId: p.externalId,
  };
}

/** What the change history records of a premise (the object and type by name). */
export const PREMISE_HISTORY_FIELDS = [
  'object',
  'type',
  'street',
  'house',
  'building',
  'number',
  'room',
  'entrance',
  'floor',
  'rooms',
  'totalArea',
  'livingArea',
  'onlinePayment',
  'note',
  'tags',
  'externalId',
] as const;
