import { type Static, Type } from 'typebox';
import { BRAND_NAME_MAX_LENGTH, BrandColor } from './brands';
import { Id, Nullable, Text, Timestamp } from './common';

export const LegalEntity = Type.Object({
  id: Id,
  name: Type.String(),
  inn: Type.String(),
  kpp: Nullable(Type.String()),
  ogrn: Nullable(Type.String()),
  paymentUrlTemplate: Nullable(
    Type.String({
      description:
        'Страница оплаты (APP-2 «Оплатить все»): https-адрес с {account} (лицевой счёт) и {sum} (сумма)',
    }),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const LegalEntityBody = Type.Object({
  name: Text(300, 1),
  inn: Text(20, 1),
  kpp: Type.Optional(Nullable(Text(20))),
  ogrn: Type.Optional(Nullable(Text(20))),
  paymentUrlTemplate: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 2000,
        description:
          'Страница оплаты: https-адрес с {account} и {sum}, например https://pay.example.ru/?ls={account}&sum={sum}; null или пусто — нет',
      }),
    ),
  ),
});

export const LegalEntityPatch = Type.Partial(LegalEntityBody);

/** Object groups and quarters are named sets of objects. */
export const NamedItem = Type.Object({ id: Id, name: Type.String(), objectCount: Type.Integer() });
export const NamedItemBody = Type.Object({ name: Text(200, 1) });

export const ObjectItem = Type.Object({
  id: Id,
  name: Type.String(),
  address: Type.String(),
  onlinePayment: Type.Boolean({ description: 'Оплата счетов онлайн для жителей объекта' }),
  groupId: Nullable(Id),
  groupName: Nullable(Type.String()),
  quarterId: Nullable(Id),
  quarterName: Nullable(Type.String()),
  imageUrl: Nullable(Type.String()),
  /** T-3: the object's own brand in the resident app; null takes the organisation's. */
  brandName: Nullable(Type.String()),
  brandColor: Nullable(BrandColor),
  brandLogoUrl: Nullable(Type.String()),
  premiseCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ObjectBody = Type.Object({
  name: Text(200, 1),
  address: Text(500),
  // P-5: no default in the schema, or every PATCH would switch payment back on; the server
  // applies it on create.
  onlinePayment: Type.Optional(
    Type.Boolean({ description: 'Оплата счетов онлайн; при создании по умолчанию включена' }),
  ),
  groupId: Type.Optional(Nullable(Id)),
  quarterId: Type.Optional(Nullable(Id)),
  /** T-3: null (or empty) — as the organisation's. */
  brandName: Type.Optional(Nullable(Text(BRAND_NAME_MAX_LENGTH))),
  brandColor: Type.Optional(Nullable(BrandColor)),
});

export const ObjectPatch = Type.Partial(ObjectBody);

export const ObjectListQuery = Type.Object({
  groupId: Type.Optional(Id),
  quarterId: Type.Optional(Id),
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Часть названия или адреса' })),
});

export const Organization = Type.Object({ id: Id, name: Type.String() });

export type LegalEntity = Static<typeof LegalEntity>;
export type NamedItem = Static<typeof NamedItem>;
export type ObjectItem = Static<typeof ObjectItem>;
export type LegalEntityBody = Static<typeof LegalEntityBody>;
export type ObjectBody = Static<typeof ObjectBody>;
export type LegalEntityPatch = Static<typeof LegalEntityPatch>;
export type NamedItemBody = Static<typeof NamedItemBody>;
export type ObjectPatch = Static<typeof ObjectPatch>;
export type ObjectListQuery = Static<typeof ObjectListQuery>;
export type Organization = Static<typeof Organization>;
