import {
  type AddressField,
  addressFieldRule,
  PREMISE_TYPES,
  type Premise,
  type PremiseBody,
  type PremiseType,
} from '@domovoy/contract';
import { emptyToNull } from '../../shared/format';

export type PremiseFormValues = {
  objectId?: string;
  type?: PremiseType;
  street?: string | null;
  house?: string | null;
  building?: string | null;
  number?: string | null;
  room?: string | null;
  entrance?: string | null;
  floor?: number | null;
  rooms?: number | null;
  totalArea?: number | null;
  livingArea?: number | null;
  cadastralNumber?: string | null;
  registeredResidents?: number | null;
  onlinePayment?: boolean;
  note?: string | null;
  tags?: string[];
  externalId?: string | null;
};

export const ADDRESS: AddressField[] = ['street', 'house', 'building', 'number', 'room'];

export const premiseToForm = (p: Premise): PremiseFormValues => ({ ...p, floor: p.floor || null });

/** Form values → API body: only the address fields of the type; empty text clears (null). */
export function formToPremise(values: PremiseFormValues): PremiseBody {
  const type = values.type ?? 'flat';
  const body: PremiseBody = {
    objectId: values.objectId ?? '',
    type,
    totalArea: values.totalArea ?? null,
    livingArea: values.livingArea ?? null,
    onlinePayment: values.onlinePayment ?? true,
  };
  for (const field of ADDRESS) {
    body[field] = addressFieldRule(type, field) ? emptyToNull(values[field]) : null;
  }
  if (values.tags !== undefined) body.tags = values.tags;
  for (const key of ['entrance', 'note', 'externalId', 'cadastralNumber'] as const) {
    if (values[key] !== undefined) body[key] = emptyToNull(values[key]);
  }
  if (PREMISE_TYPES[type].inBuilding) {
    if (values.floor !== undefined) body.floor = values.floor;
  } else {
    body.entrance = null;
    body.floor = null;
  }
  if (values.rooms !== undefined) body.rooms = values.rooms;
  if (values.registeredResidents !== undefined) body.registeredResidents = values.registeredResidents;
  return body;
}
