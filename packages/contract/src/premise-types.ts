// P-4: premise types, and the address fields each of them has.

export type AddressField = 'street' | 'house' | 'building' | 'number' | 'room';
export type FieldRule = 'required' | 'optional';

type PremiseTypeInfo = {
  label: string;
  /** Abbreviation before the premise number in an address: «кв. 15». */
  numberPrefix: string;
  /** A unit inside a building (has an entrance and a floor). */
  inBuilding: boolean;
  fields: Partial<Record<AddressField, FieldRule>>;
  fieldLabels: Partial<Record<AddressField, string>>;
};

const building = { street: 'optional', house: 'required', building: 'optional' } as const;
const buildingLabels = { street: 'Улица', house: 'Дом', building: 'Корпус' };

export const PREMISE_TYPES = {
  flat: {
    label: 'Квартира',
    numberPrefix: 'кв.',
    inBuilding: true,
    fields: { ...building, number: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер квартиры' },
  },
  parking: {
    label: 'Машиноместо',
    numberPrefix: 'м/м',
    inBuilding: true,
    fields: { ...building, number: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер машиноместа' },
  },
  storage: {
    label: 'Кладовая',
    numberPrefix: 'кл.',
    inBuilding: true,
    fields: { ...building, number: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер кладовой' },
  },
  apartment: {
    label: 'Апартаменты',
    numberPrefix: 'апарт.',
    inBuilding: true,
    fields: { ...building, number: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер апартаментов' },
  },
  commercial: {
    label: 'Нежилое помещение',
    numberPrefix: 'пом.',
    inBuilding: true,
    fields: { ...building, number: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер помещения' },
  },
  house: {
    label: 'Дом',
    numberPrefix: '',
    inBuilding: false,
    fields: { ...building },
    fieldLabels: { ...buildingLabels },
  },
  townhouse: {
    label: 'Таунхаус',
    numberPrefix: 'блок',
    inBuilding: false,
    fields: { ...building, number: 'optional' },
    fieldLabels: { ...buildingLabels, number: 'Номер блока' },
  },
  duplex: {
    label: 'Дуплекс',
    numberPrefix: 'блок',
    inBuilding: false,
    fields: { ...building, number: 'optional' },
    fieldLabels: { ...buildingLabels, number: 'Номер блока' },
  },
  room: {
    label: 'Комната',
    numberPrefix: 'кв.',
    inBuilding: true,
    fields: { ...building, number: 'required', room: 'required' },
    fieldLabels: { ...buildingLabels, number: 'Номер квартиры', room: 'Номер комнаты' },
  },
  plot: {
    label: 'Участок',
    numberPrefix: 'уч.',
    inBuilding: false,
    fields: { street: 'optional', number: 'required' },
    fieldLabels: { street: 'Улица, СНТ', number: 'Номер участка' },
  },
} as const satisfies Record<string, PremiseTypeInfo>;

export type PremiseType = keyof typeof PREMISE_TYPES;

export const PREMISE_TYPE_NAMES = Object.keys(PREMISE_TYPES) as PremiseType[];

export const ADDRESS_FIELDS: readonly AddressField[] = ['street', 'house', 'building', 'number', 'room'];

export function addressFieldRule(type: PremiseType, field: AddressField): FieldRule | undefined {
  const fields: Partial<Record<AddressField, FieldRule>> = PREMISE_TYPES[type].fields;
  return fields[field];
}

export type AddressParts = Partial<Record<AddressField, string | null>>;

/** «ул. Ленина, д. 10, корп. 2, кв. 15, ком. 3» — the one way an address is written everywhere. */
export function formatPremiseAddress(type: PremiseType, parts: AddressParts): string {
  const info = PREMISE_TYPES[type];
  const out: string[] = [];
  if (parts.street) out.push(parts.street);
  if (parts.house) out.push(`д. ${parts.house}`);
  if (parts.building) out.push(`корп. ${parts.building}`);
  if (parts.number) out.push(info.numberPrefix ? `${info.numberPrefix} ${parts.number}` : parts.number);
  if (parts.room) out.push(`ком. ${parts.room}`);
  return out.join(', ');
}

/** Russian names of premise fields, for messages and the change history. */
export const PREMISE_FIELD_LABELS: Record<string, string> = {
  object: 'Объект',
  objectId: 'Объект',
  type: 'Тип',
  street: 'Улица',
  house: 'Дом',
  building: 'Корпус',
  number: 'Номер',
  room: 'Комната',
  entrance: 'Подъезд',
  floor: 'Этаж',
  rooms: 'Количество комнат',
  totalArea: 'Общая площадь',
  livingArea: 'Жилая площадь',
  cadastralNumber: 'Кадастровый номер',
  registeredResidents: 'Зарегистрировано человек',
  onlinePayment: 'Оплата счетов онлайн',
  note: 'Примечание',
  tags: 'Теги',
  externalId: 'Внешний идентификатор',
};

export const ACCOUNT_FIELD_LABELS: Record<string, string> = {
  legalEntity: 'Юрлицо',
  number: 'Номер лицевого счёта',
  els: 'ЕЛС',
  externalId: 'Внешний идентификатор',
  hiddenFromResidents: 'Не отображать в ЛК жителя',
};

export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  title: 'Название',
  description: 'Описание',
  date: 'Дата',
  fileName: 'Файл',
  visibleToResidents: 'Видно жителям',
};
