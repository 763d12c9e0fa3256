import { type Static, Type } from 'typebox';
import { CLIENT_SOURCES, CLIENT_STATUSES, CLIENT_TYPES, GENDERS, TAX_FORMS } from '../clients';
import { LINK_ROLE_NAMES } from '../link-roles';
import { PREMISE_TYPE_NAMES } from '../premise-types';
import { ActorRef, CursorQuery, DateOnly, Id, Nullable, PageQuery, Text, Timestamp } from './common';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as (keyof T & string)[];

export const ClientTypeSchema = Type.Enum(keys(CLIENT_TYPES));
export const TaxFormSchema = Type.Enum(keys(TAX_FORMS));
export const GenderSchema = Type.Enum(keys(GENDERS));
export const ClientStatusSchema = Type.Enum(keys(CLIENT_STATUSES));
export const ClientSourceSchema = Type.Enum(keys(CLIENT_SOURCES));
export const LinkRoleSchema = Type.Enum(LINK_ROLE_NAMES);

/** which personal data of this response were masked for the caller. */
export const Masked = Type.Object({
  name: Type.Boolean({ description: 'ФИО и документы скрыты звёздочками' }),
  contacts: Type.Boolean({ description: 'Телефон и e-mail скрыты звёздочками' }),
});

export const ClientPremiseRef = Type.Object({
  linkId: Id,
  premiseId: Id,
  fullAddress: Type.String(),
  objectName: Type.String(),
  role: LinkRoleSchema,
});

export const ClientListItem = Type.Object({
  id: Id,
  type: ClientTypeSchema,
  fullName: Type.String(),
  phone: Nullable(Type.String()),
  status: ClientStatusSchema,
  source: ClientSourceSchema,
  premises: Type.Array(ClientPremiseRef),
  hasApp: Type.Boolean({ description: 'Входил в приложение' }),
  lastVisitAt: Nullable(Timestamp),
  tags: Type.Array(Type.String()),
  masked: Masked,
});

export const ExternalId = Type.Object({
  id: Id,
  clientId: Id,
  source: Type.String({ description: 'Внешняя система (пусто — основная)' }),
  externalId: Type.String(),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ExternalIdBody = Type.Object({
  source: Type.Optional(Text(100)),
  externalId: Text(200, 1),
  note: Type.Optional(Nullable(Text(1000))),
});
export const ExternalIdPatch = Type.Partial(ExternalIdBody);

export const Client = Type.Object({
  ...ClientListItem.properties,
  taxForm: Nullable(TaxFormSchema),
  tester: Type.Boolean(),
  email: Nullable(Type.String()),
  extraPhone: Nullable(Type.String({ description: 'Дополнительный телефон' })),
  gender: Nullable(GenderSchema),
  birthDate: Nullable(Type.String()),
  passport: Nullable(Type.String()),
  passportComment: Nullable(Type.String()),
  regAddress: Nullable(Type.String()),
  regPostcode: Nullable(Type.String()),
  regComment: Nullable(Type.String()),
  inn: Nullable(Type.String()),
  kpp: Nullable(Type.String({ description: 'КПП организации' })),
  ogrn: Nullable(Type.String({ description: 'ОГРН организации (13 цифр) или ОГРНИП (15 цифр)' })),
  snils: Nullable(Type.String()),
  loyaltyCard: Nullable(Type.String()),
  note: Nullable(Type.String({ description: 'Подсказка сотруднику при регистрации обращения' })),
  firstLoginAt: Nullable(Timestamp),
  phoneEditable: Type.Boolean({
    description: 'C-7: телефон можно сменить, пока клиент не входил в приложение',
  }),
  photoUrl: Nullable(
    Type.String({
      description: 'APP-5: фото, загруженное клиентом; null — нет фото или нет права просмотра ФИО',
    }),
  ),
  externalIds: Type.Array(ExternalId),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  createdBy: ActorRef,
  updatedBy: ActorRef,
});

const clientFields = {
  type: Type.Optional(ClientTypeSchema),
  taxForm: Type.Optional(Nullable(TaxFormSchema)),
  phone: Type.Optional(Nullable(Text(40))),
  extraPhone: Type.Optional(Nullable(Text(40))),
  email: Type.Optional(Nullable(Text(200))),
  gender: Type.Optional(Nullable(GenderSchema)),
  birthDate: Type.Optional(Nullable(DateOnly)),
  passport: Type.Optional(Nullable(Text(20))),
  passportComment: Type.Optional(Nullable(Text(1000))),
  regAddress: Type.Optional(Nullable(Text(500))),
  regPostcode: Type.Optional(Nullable(Text(10))),
  regComment: Type.Optional(Nullable(Text(1000))),
  inn: Type.Optional(Nullable(Text(20))),
  kpp: Type.Optional(Nullable(Text(20))),
  ogrn: Type.Optional(Nullable(Text(20))),
  snils: Type.Optional(Nullable(Text(20))),
  loyaltyCard: Type.Optional(Nullable(Text(50))),
  status: Type.Optional(ClientStatusSchema),
  tester: Type.Optional(Type.Boolean()),
  note: Type.Optional(Nullable(Text(2000))),
  tags: Type.Optional(Type.Array(Text(100, 1), { maxItems: 50 })),
};

/** C-5: create manually. */
export const ClientBody = Type.Object({
  fullName: Text(300, 1),
  ...clientFields,
  externalId: Type.Optional(Nullable(Text(200))),
});

/** C-6: edit «Общие сведения». */
export const ClientPatch = Type.Object({ fullName: Type.Optional(Text(300, 1)), ...clientFields });

export const ClientSortSchema = Type.Enum(['name', '-name', 'phone', '-phone', 'lastVisit', '-lastVisit']);

export const ClientListQuery = Type.Object({
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'ФИО или любая часть телефона (+7…, 8…, цифры)' }),
  ),
  objectGroupId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  quarterId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  objectId: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  premiseType: Type.Optional(Type.Array(Type.Enum(PREMISE_TYPE_NAMES), { maxItems: 20 })),
  role: Type.Optional(Type.Array(LinkRoleSchema, { maxItems: 20 })),
  tag: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
  status: Type.Optional(ClientStatusSchema),
  app: Type.Optional(
    Type.Enum(['installed', 'never'], { description: 'installed — входил в приложение; never — ни разу' }),
  ),
  source: Type.Optional(Type.Array(ClientSourceSchema, { maxItems: 20 })),
  id: Type.Optional(
    Type.Array(Id, { maxItems: 200, description: 'Только эти клиенты (отмеченные в списке)' }),
  ),
  sort: Type.Optional(ClientSortSchema),
  ...PageQuery,
  ...CursorQuery,
});

/** The list's filters without paging and order: what a bulk action applies to. */
export const ClientFilter = Type.Omit(ClientListQuery, ['page', 'pageSize', 'cursor', 'sort']);

export const MergeBody = Type.Object({
  intoClientId: Id,
});

export type Client = Static<typeof Client>;
export type ClientListItem = Static<typeof ClientListItem>;
export type ClientBody = Static<typeof ClientBody>;
export type ClientPatch = Static<typeof ClientPatch>;
export type ClientListQuery = Static<typeof ClientListQuery>;
export type ClientFilter = Static<typeof ClientFilter>;
export type ClientSort = Static<typeof ClientSortSchema>;
export type ClientPremiseRef = Static<typeof ClientPremiseRef>;
export type ExternalId = Static<typeof ExternalId>;
export type ExternalIdBody = Static<typeof ExternalIdBody>;
export type ExternalIdPatch = Static<typeof ExternalIdPatch>;
export type Masked = Static<typeof Masked>;
