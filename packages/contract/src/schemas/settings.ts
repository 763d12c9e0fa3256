import { type Static, Type } from 'typebox';
import { Id, Nullable, Text, Timestamp } from './common';

export const LegalEntity = Type.Object({
  id: Id,
  name: Type.String(),
  inn: Type.String(),
  kpp: Nullable(Type.String()),
  ogrn: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const LegalEntityBody = Type.Object({
  name: Text(300, 1),
  inn: Text(20, 1),
  kpp: Type.Optional(Nullable(Text(20))),
  ogrn: Type.Optional(Nullable(Text(20))),
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
  premiseCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ObjectBody = Type.Object({
  name: Text(200, 1),
  address: Text(500),
  onlinePayment: Type.Optional(Type.Boolean()),
  groupId: Type.Optional(Nullable(Id)),
  quarterId: Type.Optional(Nullable(Id)),
});

export const ObjectPatch = Type.Partial(ObjectBody);

export const Organization = Type.Object({ id: Id, name: Type.String() });

export type LegalEntity = Static<typeof LegalEntity>;
export type NamedItem = Static<typeof NamedItem>;
export type ObjectItem = Static<typeof ObjectItem>;
export type LegalEntityBody = Static<typeof LegalEntityBody>;
export type ObjectBody = Static<typeof ObjectBody>;
