import {
  formatPremiseAddress,
  type LinkRole,
  PREMISE_TYPES,
  type Premise,
  type PremiseType,
  type Share,
} from '@domovoy/contract';
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
    cadastralNumber: p.cadastralNumber,
    registeredResidents: p.registeredResidents,
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

/** A client of the premise in the export: name, role, share and the documents of their link (L-2). */
export type PremiseExportLink = Omit<
  PremiseLinkRecord,
  'fullName' | 'clientType' | 'role' | 'shareNumerator' | 'shareDenominator'
> & { client: string; role: LinkRole; share: Share | null };

/** P-8 and issue 17: one row of the premises export — one premise. */
export type PremiseExportRow = {
  objectName: string;
  typeLabel: string;
  address: string;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
  entrance: string | null;
  /** Only units inside a building have a floor (P-4). */
  floor: number | null;
  rooms: number | null;
  accounts: string[];
  totalArea: number | null;
  livingArea: number | null;
  links: PremiseExportLink[];
  tags: string[];
  externalId: string | null;
  cadastralNumber: string | null;
  registeredResidents: number | null;
};

/** «Фамилия И. О.» of a person; an organisation's name as it is. */
export function shortPersonName(fullName: string, clientType: string): string {
  if (clientType !== 'individual') return fullName;
  const [surname, ...given] = fullName.trim().split(/\s+/);
  return [surname, ...given.map((word) => `${word.charAt(0).toUpperCase()}.`)].join(' ');
}

/** P-8 with R-3: client names are masked here, as on the premise card. */
export function mapPremiseExportRow(p: PremiseExportRecord, access: PiiAccess): PremiseExportRow {
  const type = p.type as PremiseType;
  const inBuilding = PREMISE_TYPES[type].inBuilding;
  return {
    objectName: p.objectName,
    typeLabel: PREMISE_TYPES[type].label,
    address: formatPremiseAddress(type, p),
    street: p.street,
    house: p.house,
    building: p.building,
    number: p.number,
    room: p.room,
    entrance: inBuilding ? p.entrance : null,
    floor: inBuilding ? p.floor : null,
    rooms: p.rooms,
    accounts: p.accounts,
    totalArea: p.totalArea,
    livingArea: p.livingArea,
    links: p.links.map(({ fullName, clientType, role, shareNumerator, shareDenominator, ...documents }) => ({
      client: showName(shortPersonName(fullName, clientType), access),
      role: role as LinkRole,
      share:
        shareNumerator !== null && shareDenominator !== null
          ? { numerator: shareNumerator, denominator: shareDenominator }
          : null,
      ...documents,
    })),
    tags: p.tags,
    externalId: p.externalId,
    cadastralNumber: p.cadastralNumber,
    registeredResidents: p.registeredResidents,
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
  'cadastralNumber',
  'registeredResidents',
  'onlinePayment',
  'note',
  'tags',
  'externalId',
] as const;
