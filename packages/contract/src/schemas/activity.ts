import { type Static, Type } from 'typebox';
import { ACTIVITY_KIND_NAMES, ACTIVITY_RECORD_KINDS, RETIRED_PASS_KIND } from '../activity';
import { Masked } from './clients';
import { Id, Nullable, Text, Timestamp } from './common';
import { INTEGRATION_BATCH_LIMIT } from './integration';
import { ServiceRequestStatusSchema } from './service-requests';

// ACT-1..ACT-4: the «Активность» tab of a premise card and of a client card.

export const ActivityKindSchema = Type.Enum(ACTIVITY_KIND_NAMES, {
  description:
    'request — заявка в УК, meter_reading — показания счётчиков, call — звонок, marketplace_order — заказ в Маркетплейсе, bill_payment — оплата счёта, one_time_pass — разовый пропуск, permanent_pass — постоянный пропуск, survey — опрос, owners_meeting — собрание собственников',
});

export const ActivityRecordKindSchema = Type.Enum([...ACTIVITY_RECORD_KINDS]);

/** A row of the tab (ACT-2); the client's name masked as R-3 says. */
export const ActivityItem = Type.Object({
  id: Id,
  kind: ActivityKindSchema,
  status: Nullable(
    Type.String({ description: 'Статус заявки (код ServiceRequestStatus) или статус из внешней системы' }),
  ),
  number: Nullable(Type.Integer({ description: 'Номер заявки («№ 1042»)' })),
  requestType: Nullable(Type.String({ description: 'Тип заявки' })),
  subject: Type.String(),
  note: Nullable(Type.String({ description: 'Заметка звонка; текст из внешней системы' })),
  result: Nullable(Type.String({ description: 'Результат звонка' })),
  premiseId: Nullable(Id),
  premiseAddress: Nullable(Type.String()),
  clientId: Nullable(Id),
  clientName: Nullable(Type.String()),
  authorName: Nullable(Type.String({ description: 'Сотрудник, записавший звонок' })),
  masked: Masked,
  occurredAt: Timestamp,
  updatedAt: Timestamp,
});
export type ActivityItem = Static<typeof ActivityItem>;

export const ActivityPage = Type.Object({
  items: Type.Array(ActivityItem),
  nextCursor: Nullable(Type.String({ description: 'Курсор следующей страницы; null — больше записей нет' })),
});
export type ActivityPage = Static<typeof ActivityPage>;

const filters = {
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Часть темы' })),
  kind: Type.Optional(
    Type.Array(ActivityKindSchema, { maxItems: ACTIVITY_KIND_NAMES.length, description: 'Типы действий' }),
  ),
  status: Type.Optional(
    Type.Array(ServiceRequestStatusSchema, {
      maxItems: 7,
      description: 'Статусы заявок: остаются только заявки в этих статусах',
    }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor предыдущей страницы' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

export const PremiseActivityQuery = Type.Object({
  ...filters,
  clientId: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Клиенты помещения' })),
});
export type PremiseActivityQuery = Static<typeof PremiseActivityQuery>;

export const ClientActivityQuery = Type.Object({
  ...filters,
  premiseId: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Помещения клиента' })),
});
export type ClientActivityQuery = Static<typeof ClientActivityQuery>;

/** ACT-3: the numbers beside the tab's name. */
export const ActivityCounters = Type.Object({
  openRequests: Type.Integer({
    description: 'Заявки в статусах Ожидание, В работе, Приостановлено, Согласование, Требует уточнения',
  }),
  requests: Type.Integer({ description: 'Все заявки' }),
});
export type ActivityCounters = Static<typeof ActivityCounters>;

/** A call logged by staff from the tab: about a premise, a client or both. */
export const CallBody = Type.Object({
  premiseId: Type.Optional(Nullable(Id)),
  clientId: Type.Optional(Nullable(Id)),
  subject: Type.Optional(Text(300)),
  note: Text(4000, 1),
  result: Type.Optional(Nullable(Text(300))),
  occurredAt: Type.Optional(Timestamp),
});
export type CallBody = Static<typeof CallBody>;

/** Integration (I-1 style): actions other systems of the УО report. */
export const IntegrationActivityItem = Type.Object({
  externalId: Text(200, 1),
  // The retired `pass` passes the schema only to be refused with a message naming the two kinds.
  kind: Type.Union([ActivityRecordKindSchema, Type.Literal(RETIRED_PASS_KIND)]),
  subject: Text(300, 1),
  status: Type.Optional(Nullable(Text(100))),
  note: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  result: Type.Optional(Nullable(Text(300))),
  occurredAt: Timestamp,
  premiseExternalId: Type.Optional(Text(200, 1)),
  clientExternalId: Type.Optional(Text(200, 1)),
  clientPhone: Type.Optional(Text(40, 1)),
});
export type IntegrationActivityItem = Static<typeof IntegrationActivityItem>;

export const IntegrationActivityBody = Type.Object({
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
    description: 'Действия (схема IntegrationActivityItem). Каждое проверяется отдельно',
  }),
});
