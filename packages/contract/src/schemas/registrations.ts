import { type Static, Type } from 'typebox';
import { ClientBody, LinkRoleSchema, Masked } from './clients';
import { ActorRef, Id, Nullable, PageQuery, Text, Timestamp } from './common';
import { LinkPatch } from './links';

export const RequestStatusSchema = Type.Enum(['new', 'approved', 'rejected']);
export const RequestKindSchema = Type.Enum(['registration', 'add_premise']);

export const RequestComment = Type.Object({
  id: Id,
  authorName: Type.String(),
  text: Type.String(),
  createdAt: Timestamp,
});

/** AUTH-2, C-4: a row of «Заявки на регистрацию»; name and phone masked as R-3 says. */
export const RegistrationRequestListItem = Type.Object({
  id: Id,
  kind: RequestKindSchema,
  status: RequestStatusSchema,
  phone: Type.String(),
  fullName: Type.String(),
  addressText: Type.String({ description: 'Адрес, как его написал житель' }),
  objectId: Nullable(Id),
  objectName: Nullable(Type.String()),
  premiseId: Nullable(Id),
  premiseAddress: Nullable(Type.String({ description: 'Помещение, которое предлагает заявка' })),
  requestedRole: Nullable(LinkRoleSchema),
  clientId: Nullable(Id),
  clientName: Nullable(Type.String({ description: 'Клиент, к которому одобрена заявка' })),
  linkId: Nullable(Id),
  decidedBy: ActorRef,
  decidedAt: Nullable(Timestamp),
  rejectReason: Nullable(Type.String()),
  masked: Masked,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** The request's card: the row with its staff comments, oldest first. */
export const RegistrationRequest = Type.Object({
  ...RegistrationRequestListItem.properties,
  comments: Type.Array(RequestComment),
});

export const RequestListQuery = Type.Object({
  status: Type.Optional(RequestStatusSchema),
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'ФИО или любая часть телефона (+7…, 8…, цифры)' }),
  ),
  ...PageQuery,
});

export const RequestCommentBody = Type.Object({ text: Text(2000, 1) });

/**
 * AUTH-2: approve — link a client to a premise with a role. The client is the one chosen, or a
 * new card, or else the organisation's client with the request's phone, or else a new card
 * made from the request's name and phone.
 */
export const ApproveBody = Type.Object({
  premiseId: Type.Optional(
    Type.String({ format: 'uuid', description: 'По умолчанию — помещение из заявки' }),
  ),
  clientId: Type.Optional(Type.String({ format: 'uuid', description: 'Существующий клиент организации' })),
  newClient: Type.Optional(ClientBody),
  role: Type.Optional(LinkRoleSchema),
  link: Type.Optional(Type.Omit(LinkPatch, ['role'])),
  comment: Type.Optional(Text(2000)),
});

export const RejectBody = Type.Object({ reason: Text(2000, 1) });

/** AUTH-3, C-4: «Неидентифицированные» — a phone only. */
export const Lead = Type.Object({
  id: Id,
  phone: Type.String(),
  source: Type.String(),
  convertedClientId: Nullable(Id),
  convertedAt: Nullable(Timestamp),
  masked: Masked,
  createdAt: Timestamp,
});

export const LeadListQuery = Type.Object({
  converted: Type.Optional(Type.Boolean()),
  search: Type.Optional(Type.String({ maxLength: 100, description: 'Любая часть телефона' })),
  ...PageQuery,
});

export const ConvertLeadBody = Type.Object({
  fullName: Text(300, 1),
  type: ClientBody.properties.type,
  email: ClientBody.properties.email,
});

/** Russian names of the fields in the change history of requests and leads. */
export const REQUEST_FIELD_LABELS: Record<string, string> = {
  kind: 'Вид заявки',
  fullName: 'ФИО',
  phone: 'Телефон',
  addressText: 'Адрес из заявки',
  requestedRole: 'Запрошенная роль',
  decision: 'Решение',
  client: 'Клиент',
  premise: 'Помещение',
  role: 'Основание',
  rejectReason: 'Причина отказа',
  comment: 'Комментарий',
};

export type RequestComment = Static<typeof RequestComment>;
export type RegistrationRequestListItem = Static<typeof RegistrationRequestListItem>;
export type RegistrationRequest = Static<typeof RegistrationRequest>;
export type RequestListQuery = Static<typeof RequestListQuery>;
export type RequestCommentBody = Static<typeof RequestCommentBody>;
export type ApproveBody = Static<typeof ApproveBody>;
export type RejectBody = Static<typeof RejectBody>;
export type Lead = Static<typeof Lead>;
export type LeadListQuery = Static<typeof LeadListQuery>;
export type ConvertLeadBody = Static<typeof ConvertLeadBody>;
