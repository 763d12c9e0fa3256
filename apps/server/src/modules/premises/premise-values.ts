import {
  ADDRESS_FIELDS,
  type AddressField,
  addressFieldRule,
  FIELD_ERROR_MESSAGES,
  type FieldProblem,
  normalizeCadastralNumber,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { tidySpaces } from '../../platform/tidy-spaces';
import { naturalSortKey, normalizeNumber, normalizeStreet } from './normalize-address';

/** Everything a premise row stores besides keys, tags and audit columns. */
export type PremiseValues = {
  objectId: string;
  type: PremiseType;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
  room: string | null;
  entrance: string | null;
  floor: number;
  rooms: number | null;
  totalArea: number | null;
  livingArea: number | null;
  cadastralNumber: string | null;
  registeredResidents: number | null;
  onlinePayment: boolean;
  note: string | null;
  externalId: string | null;
  streetNorm: string;
  houseNorm: string;
  buildingNorm: string;
  numberNorm: string;
  roomNorm: string;
  sortKey: string;
};

export type PremiseInput = Partial<
  Record<AddressField | 'entrance' | 'note' | 'externalId' | 'cadastralNumber', string | null>
> & {
  objectId: string;
  type: PremiseType;
  floor?: number | null;
  rooms?: number | null;
  totalArea?: number | null;
  livingArea?: number | null;
  registeredResidents?: number | null;
  onlinePayment?: boolean;
};

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value ? tidySpaces(value) : '';
  return trimmed ? trimmed : null;
};
const area = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);

/** P-4: the address fields each type has; fields of other types are refused, not dropped. */
function checkAddress(type: PremiseType, input: PremiseInput, problems: FieldProblem[]) {
  const info = PREMISE_TYPES[type];
  const labels: Partial<Record<AddressField, string>> = info.fieldLabels;
  for (const field of ADDRESS_FIELDS) {
    const rule = addressFieldRule(type, field);
    const value = clean(input[field]);
    if (value && !rule) {
      problems.push({
        field,
        code: 'ADDRESS_FIELD_NOT_ALLOWED',
        message: `Не заполняется для типа «${info.label}»`,
      });
    } else if (!value && rule === 'required') {
      problems.push({ field, code: 'REQUIRED', message: `Заполните поле «${labels[field]}»` });
    }
  }
  if (!info.inBuilding && clean(input.entrance)) {
    problems.push({
      field: 'entrance',
      code: 'ADDRESS_FIELD_NOT_ALLOWED',
      message: `Не заполняется для типа «${info.label}»`,
    });
  }
  if (!info.inBuilding && input.floor) {
    problems.push({
      field: 'floor',
      code: 'ADDRESS_FIELD_NOT_ALLOWED',
      message: `Не заполняется для типа «${info.label}»`,
    });
  }
}

/** Issue 15: Rosreestr's кадастровый номер, spaces dropped (contract's shape check). */
function checkCadastral(input: PremiseInput, problems: FieldProblem[]): string | null {
  const typed = clean(input.cadastralNumber);
  if (!typed) return null;
  const checked = normalizeCadastralNumber(typed);
  if (checked.ok) return checked.value;
  problems.push({
    field: 'cadastralNumber',
    code: checked.code,
    message: FIELD_ERROR_MESSAGES[checked.code],
  });
  return null;
}

/** A house typed as «5 к2» with no separate корпус is stored as house 5, корпус 2 for search. */
function splitHouse(
  house: string | null,
  building: string | null,
): { houseNorm: string; buildingNorm: string } {
  const houseNorm = house ? normalizeNumber(house) : '';
  const buildingNorm = building ? normalizeNumber(building) : '';
  const glued = !buildingNorm && /^(\d[^к]*)к(.+)$/.exec(houseNorm);
  return glued
    ? { houseNorm: glued[1] ?? houseNorm, buildingNorm: glued[2] ?? '' }
    : { houseNorm, buildingNorm };
}

/** Validates a premise's full state and derives its normalised search and sort columns. */
export function premiseValues(input: PremiseInput): PremiseValues {
  const problems: FieldProblem[] = [];
  checkAddress(input.type, input, problems);
  const totalArea = area(input.totalArea);
  const livingArea = area(input.livingArea);
  if (totalArea !== null && livingArea !== null && livingArea > totalArea) {
    problems.push({
      field: 'livingArea',
      code: 'LIVING_AREA_TOO_LARGE',
      message: 'Жилая площадь не может быть больше общей',
    });
  }
  const cadastralNumber = checkCadastral(input, problems);
  const registeredResidents = input.registeredResidents ?? null;
  if (
    registeredResidents !== null &&
    !(Number.isInteger(registeredResidents) && registeredResidents >= 0 && registeredResidents <= 999)
  ) {
    problems.push({
      field: 'registeredResidents',
      code: 'REGISTERED_RESIDENTS_RANGE',
      message: 'Число зарегистрированных — целое от 0 до 999',
    });
  }
  if (problems.length > 0) {
    const code = problems.every((p) => p.code === 'ADDRESS_FIELD_NOT_ALLOWED')
      ? 'ADDRESS_FIELD_NOT_ALLOWED'
      : 'VALIDATION_FAILED';
    throw new AppError(code, { fields: problems });
  }
  const [street, house, building, number, room] = ADDRESS_FIELDS.map((field) => clean(input[field]));
  const { houseNorm, buildingNorm } = splitHouse(house ?? null, building ?? null);
  const streetNorm = street ? normalizeStreet(street) : '';
  const numberNorm = number ? normalizeNumber(number) : '';
  const roomNorm = room ? normalizeNumber(room) : '';
  const prefix = PREMISE_TYPES[input.type].numberPrefix;
  return {
    objectId: input.objectId,
    type: input.type,
    street: street ?? null,
    house: house ?? null,
    building: building ?? null,
    number: number ?? null,
    room: room ?? null,
    entrance: clean(input.entrance),
    floor: input.floor ?? 0, // P-6: an empty floor is saved as 0
    rooms: input.rooms ?? null,
    totalArea,
    livingArea,
    cadastralNumber,
    registeredResidents,
    onlinePayment: input.onlinePayment ?? true,
    note: input.note?.trim() || null,
    externalId: clean(input.externalId),
    streetNorm,
    houseNorm,
    buildingNorm,
    numberNorm,
    roomNorm,
    sortKey: naturalSortKey([streetNorm, houseNorm, buildingNorm, prefix, numberNorm, roomNorm]),
  };
}
