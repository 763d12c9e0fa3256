import { formatPremiseAddress, PREMISE_TYPES, type Premise, type PremiseType } from '@domovoy/contract';
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
