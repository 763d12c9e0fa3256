import { type Static, Type } from 'typebox';
import { PREMISE_TYPE_NAMES } from '../premise-types';
import { ActorRef, CursorQuery, DateOnly, Id, Nullable, PageQuery, Text, Timestamp } from './common';

export const PremiseTypeSchema = Type.Enum(PREMISE_TYPE_NAMES, {
  description:
    'квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot',
});

const Area = Type.Number({ minimum: 0, maximum: 1_000_000, description: 'Площадь, м²' });
const TagNames = Type.Array(Text(100, 1), { maxItems: 50, description: 'Названия тегов' });

/** The premise fields shared by the CRM's forms and the integration API. */
export const premiseFields = {
  street: Type.Optional(Nullable(Text(200))),
  house: Type.Optional(Nullable(Text(50))),
  building: Type.Optional(Nullable(Text(50))),
  number: Type.Optional(Nullable(Text(50))),
  room: Type.Optional(Nullable(Text(50))),
  entrance: Type.Optional(Nullable(Text(20))),
  floor: Type.Optional(
    Nullable(Type.Integer({ minimum: -20, maximum: 300, description: 'Этаж; пусто — 0' })),
  ),
  rooms: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100 }))),
  totalArea: Type.Optional(Nullable(Area)),
  livingArea: Type.Optional(Nullable(Area)),
  cadastralNumber: Type.Optional(
    Nullable(Type.String({ maxLength: 40, description: 'Кадастровый номер, например 77:01:0001001:1234' })),
  ),
  registeredResidents: Type.Optional(
    Nullable(
      Type.Integer({ minimum: 0, maximum: 999, description: 'Зарегистрировано человек, от 0 до 999' }),
    ),
  ),
  onlinePayment: Type.Optional(Type.Boolean({ description: 'Оплата счетов онлайн' })),
  note: Type.Optional(Nullable(Text(2000))),
  tags: Type.Optional(TagNames),
  externalId: Type.Optional(Nullable(Text(100))),
};

export const PremiseBody = Type.Object({ objectId: Id, type: PremiseTypeSchema, ...premiseFields });

export const PremisePatch = Type.Object({
  objectId: Type.Optional(Id),
  type: Type.Optional(PremiseTypeSchema),
  ...premiseFields,
});

export const Premise = Type.Object({
  id: Id,
  objectId: Id,
  objectName: Type.String(),
  type: PremiseTypeSchema,
  typeLabel: Type.String(),
  fullAddress: Type.String(),
  street: Nullable(Type.String()),
  house: Nullable(Type.String()),
  building: Nullable(Type.String()),
  number: Nullable(Type.String()),
  room: Nullable(Type.String()),
  entrance: Nullable(Type.String()),
  floor: Type.Integer(),
  rooms: Nullable(Type.Integer()),
  totalArea: Nullable(Type.Number()),
  livingArea: Nullable(Type.Number()),
  cadastralNumber: Nullable(Type.String({ description: 'Кадастровый номер' })),
  registeredResidents: Nullable(Type.Integer({ description: 'Зарегистрировано человек' })),
  onlinePayment: Type.Boolean(),
  onlinePaymentEffective: Type.Boolean({
    description: 'P-5: жители могут платить онлайн, только если оплата включена и у помещения, и у объекта',
  }),
  note: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  externalId: Nullable(Type.String()),
  accountNumbers: Type.Array(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  createdBy: ActorRef,
  updatedBy: ActorRef,
});

export const PremiseSortSchema = Type.Enum(['address', '-address', 'area', '-area']);

export const PremiseListQuery = Type.Object({
  search: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента',
    }),
  ),
  objectId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  objectGroupId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  quarterId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  type: Type.Optional(Type.Array(PremiseTypeSchema, { maxItems: 20 })),
  clientId: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Помещения клиента' })),
  tag: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
  id: Type.Optional(
    Type.Array(Id, { maxItems: 200, description: 'Только эти помещения (отмеченные в списке)' }),
  ),
  sort: Type.Optional(PremiseSortSchema),
  ...PageQuery,
  ...CursorQuery,
});

/** The list's filters without paging and order: what a bulk action applies to. */
export const PremiseFilter = Type.Omit(PremiseListQuery, ['page', 'pageSize', 'cursor', 'sort']);

export const Account = Type.Object({
  id: Id,
  premiseId: Id,
  legalEntityId: Id,
  legalEntityName: Type.String(),
  number: Type.String(),
  els: Nullable(Type.String({ description: 'Единый лицевой счёт ГИС ЖКХ' })),
  externalId: Nullable(Type.String()),
  hiddenFromResidents: Type.Boolean({ description: 'Не отображать в ЛК жителя' }),
  balance: Nullable(
    Type.Object(
      {
        amount: Type.String({ description: 'Сумма к оплате, рубли с копейками: «1234.50»' }),
        period: Type.String({ description: 'Расчётный месяц, ГГГГ-ММ' }),
      },
      { description: 'Сумма к оплате, как её прислала учётная система (APP-2); null — не присылала' },
    ),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const accountFields = {
  legalEntityId: Id,
  number: Text(50, 1),
  els: Type.Optional(Nullable(Text(20))),
  externalId: Type.Optional(Nullable(Text(100))),
  hiddenFromResidents: Type.Optional(Type.Boolean()),
};

export const AccountBody = Type.Object(accountFields);
export const AccountPatch = Type.Partial(Type.Object(accountFields));

export const PremiseDocument = Type.Object({
  id: Id,
  premiseId: Id,
  title: Type.String(),
  description: Nullable(Type.String()),
  date: Nullable(DateOnly),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  fileUrl: Type.String(),
  visibleToResidents: Type.Boolean({ description: 'Видно жителям помещения в приложении (APP-3)' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const DocumentPatch = Type.Partial(
  Type.Object({
    title: Text(300, 1),
    description: Nullable(Text(2000)),
    date: Nullable(DateOnly),
    visibleToResidents: Type.Boolean({ description: 'Видно жителям помещения в приложении (APP-3)' }),
  }),
);

export const DocumentListQuery = Type.Object({
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Поиск по названию и описанию' })),
});

export const Tag = Type.Object({ id: Id, name: Type.String() });
export const TagQuery = Type.Object({
  search: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const HistoryChange = Type.Object({
  field: Type.String(),
  old: Type.Unknown(),
  new: Type.Unknown(),
});

export const HistoryEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  actor: ActorRef,
  actorName: Nullable(
    Type.String({ description: 'Кто изменил: сотрудник или интеграция («Интеграция: <ключ>»)' }),
  ),
  entityType: Type.String(),
  entityId: Id,
  action: Type.Enum(['create', 'update', 'delete']),
  summary: Type.String({ description: 'Что изменилось, по-русски' }),
  changes: Type.Array(HistoryChange),
});

export type Premise = Static<typeof Premise>;
export type PremiseBody = Static<typeof PremiseBody>;
export type PremisePatch = Static<typeof PremisePatch>;
export type PremiseListQuery = Static<typeof PremiseListQuery>;
export type PremiseFilter = Static<typeof PremiseFilter>;
export type Account = Static<typeof Account>;
export type AccountBody = Static<typeof AccountBody>;
export type AccountPatch = Static<typeof AccountPatch>;
export type PremiseDocument = Static<typeof PremiseDocument>;
export type DocumentPatch = Static<typeof DocumentPatch>;
export type Tag = Static<typeof Tag>;
export type HistoryEntry = Static<typeof HistoryEntry>;
export type PremiseSort = Static<typeof PremiseSortSchema>;
