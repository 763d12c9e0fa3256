import { type Static, Type } from 'typebox';
import {
  REQUEST_SUBJECT_MAX_LENGTH,
  SERVICE_REQUEST_SOURCES,
  SERVICE_REQUEST_STATUS_CODES,
  type ServiceRequestSource,
} from '../service-requests';
import { Masked } from './clients';
import { ActorRef, Id, Nullable, Page, PageQuery, Text, Timestamp } from './common';
import { INTEGRATION_BATCH_LIMIT } from './integration';

// Issue 13: requests to the УО (заявки) — the CRM's «Заявки», the integration API and the
// resident app's «Мои заказы».

export const ServiceRequestStatusSchema = Type.Enum(SERVICE_REQUEST_STATUS_CODES, {
  description:
    'waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено',
});
export const ServiceRequestSourceSchema = Type.Enum(
  Object.keys(SERVICE_REQUEST_SOURCES) as ServiceRequestSource[],
);

/** «Настройки» → «Типы заявок». */
export const RequestType = Type.Object({
  id: Id,
  name: Type.String(),
  position: Type.Integer(),
  archived: Type.Boolean({ description: 'В архиве: для новых заявок не предлагается' }),
});
export const RequestTypeBody = Type.Object({ name: Text(100, 1) });
export const RequestTypePatch = Type.Object({
  name: Type.Optional(Text(100, 1)),
  archived: Type.Optional(Type.Boolean()),
});
export const RequestTypeOrder = Type.Object({
  ids: Type.Array(Id, {
    minItems: 1,
    maxItems: 500,
    uniqueItems: true,
    description: 'Все типы в новом порядке',
  }),
});
export const RequestTypeQuery = Type.Object({
  archived: Type.Optional(Type.Boolean({ description: 'Показывать и архивные (по умолчанию нет)' })),
});

/** A row of «Заявки»; the client's name and phone masked as R-3 says. */
export const ServiceRequestListItem = Type.Object({
  id: Id,
  number: Type.Integer({ description: 'Номер в организации, показывается как «№ 1042»' }),
  status: ServiceRequestStatusSchema,
  type: Type.Object({ id: Id, name: Type.String() }),
  subject: Type.String(),
  source: ServiceRequestSourceSchema,
  premiseId: Nullable(Id),
  premiseAddress: Nullable(Type.String()),
  objectId: Nullable(Id),
  objectName: Nullable(Type.String()),
  clientId: Nullable(Id),
  clientName: Nullable(Type.String()),
  clientPhone: Nullable(Type.String()),
  assignee: ActorRef,
  dueAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  rating: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
  masked: Masked,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** «Заявки»: a page; the total is counted up to 10,000 (1,000 for a subject search); more: totalCapped. */
export const ServiceRequestPage = Type.Object({
  ...Page(ServiceRequestListItem).properties,
  totalCapped: Type.Boolean({
    description:
      'Заявок больше, чем считается (10 000, при поиске по теме 1 000): total — этот предел, «10 000+»',
  }),
});

export const ServiceRequestComment = Type.Object({
  id: Id,
  body: Type.String(),
  internal: Type.Boolean({ description: 'Внутренний: житель его не видит' }),
  authorKind: Type.Enum(['staff', 'resident', 'integration']),
  authorName: Nullable(Type.String()),
  createdAt: Timestamp,
});

export const ServiceRequestPhoto = Type.Object({
  id: Id,
  commentId: Nullable(Id),
  authorKind: Type.Enum(['staff', 'resident', 'integration']),
  createdAt: Timestamp,
});

/** The request's card: the row with description, review, comments, photos and the next statuses. */
export const ServiceRequest = Type.Object({
  ...ServiceRequestListItem.properties,
  description: Nullable(Type.String()),
  review: Nullable(Type.String()),
  ratedAt: Nullable(Timestamp),
  externalSource: Nullable(Type.String()),
  externalId: Nullable(Type.String()),
  nextStatuses: Type.Array(ServiceRequestStatusSchema, { description: 'Статусы, в которые можно перевести' }),
  comments: Type.Array(ServiceRequestComment),
  photos: Type.Array(ServiceRequestPhoto),
});

const IdList = (description: string) => Type.Optional(Type.Array(Id, { maxItems: 100, description }));

export const ServiceRequestListQuery = Type.Object({
  search: Type.Optional(
    Type.String({ maxLength: 200, description: 'Номер («1042», «№ 1042») или часть темы' }),
  ),
  status: Type.Optional(Type.Array(ServiceRequestStatusSchema, { maxItems: 7 })),
  state: Type.Optional(Type.Enum(['open', 'closed'], { description: 'Открытые или закрытые' })),
  typeId: IdList('Типы заявок'),
  objectId: IdList('Объекты'),
  premiseId: IdList('Помещения'),
  clientId: IdList('Клиенты'),
  assigneeId: IdList('Исполнители'),
  createdFrom: Type.Optional(
    Type.String({ format: 'date', description: 'Создана с (ГГГГ-ММ-ДД, включительно)' }),
  ),
  createdTo: Type.Optional(
    Type.String({ format: 'date', description: 'Создана по (ГГГГ-ММ-ДД, включительно)' }),
  ),
  ...PageQuery,
});

const requestFields = {
  typeId: Id,
  subject: Text(REQUEST_SUBJECT_MAX_LENGTH, 1),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  premiseId: Type.Optional(Nullable(Id)),
  clientId: Type.Optional(Nullable(Id)),
  assigneeStaffId: Type.Optional(Nullable(Id)),
  dueAt: Type.Optional(Nullable(Timestamp)),
};

export const ServiceRequestBody = Type.Object({
  ...requestFields,
  source: Type.Optional(
    Type.Enum(['crm', 'phone'], { default: 'crm', description: 'crm — создана в CRM, phone — по звонку' }),
  ),
});

export const ServiceRequestPatch = Type.Partial(Type.Object(requestFields));

export const ServiceRequestStatusBody = Type.Object({
  status: ServiceRequestStatusSchema,
  comment: Type.Optional(Text(2000)),
});

export const ServiceRequestCommentBody = Type.Object({
  body: Text(4000, 1),
  internal: Type.Optional(Type.Boolean({ default: false })),
});

export const ServiceRequestPhotoParams = Type.Object({ id: Id, photoId: Id });

// Integration (I-1 style): requests created by a call-centre or an accounting system.

export const IntegrationRequestItem = Type.Object({
  externalId: Text(200, 1),
  type: Text(100, 1),
  subject: Text(REQUEST_SUBJECT_MAX_LENGTH, 1),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  premiseExternalId: Type.Optional(Text(200, 1)),
  clientExternalId: Type.Optional(Text(200, 1)),
  clientPhone: Type.Optional(Text(40, 1)),
  dueAt: Type.Optional(Nullable(Timestamp)),
});

export const IntegrationRequestsBody = Type.Object({
  source: Type.Optional(
    Type.String({
      maxLength: 100,
      default: '',
      description: 'Внешняя система; идентификаторы уникальны в её пределах',
    }),
  ),
  items: Type.Array(Type.Unknown(), {
    minItems: 1,
    maxItems: INTEGRATION_BATCH_LIMIT,
    description: 'Заявки. Каждая проверяется отдельно: ошибка в одной не мешает остальным',
  }),
});

export const IntegrationRequestsQuery = Type.Object({
  updatedSince: Type.Optional(Timestamp),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor предыдущей страницы' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
});

export const IntegrationRequest = Type.Object({
  id: Id,
  number: Type.Integer(),
  status: ServiceRequestStatusSchema,
  type: Type.String(),
  subject: Type.String(),
  description: Nullable(Type.String()),
  source: ServiceRequestSourceSchema,
  externalSource: Nullable(Type.String()),
  externalId: Nullable(Type.String()),
  premiseId: Nullable(Id),
  premiseExternalId: Nullable(Type.String()),
  clientId: Nullable(Id),
  assignee: Nullable(Type.String()),
  dueAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  rating: Nullable(Type.Integer()),
  review: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const IntegrationRequestsPage = Type.Object({
  items: Type.Array(IntegrationRequest),
  nextCursor: Nullable(
    Type.String({ description: 'Курсор следующей страницы; null — изменений больше нет' }),
  ),
});

// The resident app's «Мои заказы» (APP-4).

export const ResidentOrderListQuery = Type.Object({
  premiseId: Id,
  state: Type.Optional(Type.Enum(['active', 'archived'], { default: 'active' })),
  sort: Type.Optional(
    Type.Enum(['default', 'newest', 'oldest'], {
      default: 'default',
      description: 'default — сначала с непросмотренными изменениями, затем новые',
    }),
  ),
  ...PageQuery,
});

export const ResidentOrderListItem = Type.Object({
  id: Id,
  number: Type.Integer(),
  status: ServiceRequestStatusSchema,
  typeName: Type.String(),
  subject: Type.String(),
  premiseId: Nullable(Id),
  unseen: Type.Boolean({ description: 'Есть изменения, которые житель не видел' }),
  rating: Nullable(Type.Integer()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ResidentOrderCard = Type.Object({
  ...ResidentOrderListItem.properties,
  description: Nullable(Type.String()),
  review: Nullable(Type.String()),
  canRate: Type.Boolean(),
  comments: Type.Array(Type.Omit(ServiceRequestComment, ['internal'])),
  photos: Type.Array(ServiceRequestPhoto),
});

export const ResidentOrderBody = Type.Object({
  premiseId: Id,
  typeId: Id,
  subject: Type.Optional(Text(REQUEST_SUBJECT_MAX_LENGTH, 1)),
  description: Text(5000, 1),
});

export const ResidentOrderCommentBody = Type.Object({ body: Text(4000, 1) });

export const ResidentOrderRating = Type.Object({
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  review: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});

export type RequestType = Static<typeof RequestType>;
export type RequestTypeBody = Static<typeof RequestTypeBody>;
export type RequestTypePatch = Static<typeof RequestTypePatch>;
export type ServiceRequestListItem = Static<typeof ServiceRequestListItem>;
export type ServiceRequest = Static<typeof ServiceRequest>;
export type ServiceRequestComment = Static<typeof ServiceRequestComment>;
export type ServiceRequestPhoto = Static<typeof ServiceRequestPhoto>;
export type ServiceRequestListQuery = Static<typeof ServiceRequestListQuery>;
export type ServiceRequestBody = Static<typeof ServiceRequestBody>;
export type ServiceRequestPatch = Static<typeof ServiceRequestPatch>;
export type ServiceRequestStatusBody = Static<typeof ServiceRequestStatusBody>;
export type ServiceRequestCommentBody = Static<typeof ServiceRequestCommentBody>;
export type IntegrationRequestItem = Static<typeof IntegrationRequestItem>;
export type IntegrationRequest = Static<typeof IntegrationRequest>;
export type IntegrationRequestsPage = Static<typeof IntegrationRequestsPage>;
export type ResidentOrderListQuery = Static<typeof ResidentOrderListQuery>;
export type ResidentOrderListItem = Static<typeof ResidentOrderListItem>;
export type ResidentOrderCard = Static<typeof ResidentOrderCard>;
export type ResidentOrderBody = Static<typeof ResidentOrderBody>;
export type ResidentOrderRating = Static<typeof ResidentOrderRating>;
