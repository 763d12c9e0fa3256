import { type Static, Type } from 'typebox';
import {
  MAILING_CHANNELS,
  MAILING_SOURCES,
  MAILING_STATUSES,
  type MailingChannel,
  type MailingSource,
  type MailingStatus,
  RECIPIENT_STATUSES,
  type RecipientStatus,
  type SkipReason,
} from '../mailings';
import { ClientListQuery, Masked } from './clients';
import { ActorRef, DateOnly, Id, Nullable, Page, PageQuery, Text, Timestamp } from './common';
import { PremiseListQuery } from './premises';

// Issue 14, M-1 and M-2: SMS and push mailings from the CRM's lists and the client card.

const keys = <T extends string>(o: Record<T, string>) => Object.keys(o) as T[];

export const MailingChannelSchema = Type.Enum(keys<MailingChannel>(MAILING_CHANNELS), {
  description: 'sms — SMS, push — push-уведомление в приложении',
});
export const MailingStatusSchema = Type.Enum(keys<MailingStatus>(MAILING_STATUSES), {
  description: 'scheduled — Запланирована, sending — Отправляется, done — Отправлена, cancelled — Отменена',
});
export const MailingSourceSchema = Type.Enum(keys<MailingSource>(MAILING_SOURCES));
export const RecipientStatusSchema = Type.Enum(keys<RecipientStatus>(RECIPIENT_STATUSES), {
  description:
    'queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено',
});

/** The list's filters without paging and sorting: the same clients the list shows. */
const { page: _cp, pageSize: _cs, cursor: _cc, sort: _cso, ...clientFilter } = ClientListQuery.properties;
const { page: _pp, pageSize: _ps, cursor: _pc, sort: _pso, ...premiseFilter } = PremiseListQuery.properties;
export const MailingClientsFilter = Type.Object(clientFilter);
export const MailingPremisesFilter = Type.Object(premiseFilter);

/**
 * Who receives it: the clients of the clients list with these filters, the clients linked to the
 * premises of the premises list with these filters, or one client (its card). Exactly the part
 * that `source` names must be given.
 */
export const MailingAudience = Type.Object({
  source: MailingSourceSchema,
  clients: Type.Optional(MailingClientsFilter),
  premises: Type.Optional(MailingPremisesFilter),
  clientId: Type.Optional(Id),
});

export const MailingPreviewBody = Type.Object({ channel: MailingChannelSchema, audience: MailingAudience });

const PREVIEW_REASONS = ['noPhone', 'noApp', 'pushOff', 'typeOff'] as const satisfies readonly SkipReason[];

/** Before sending: how many it goes to and how many of them can receive it, by reason. */
export const MailingPreview = Type.Object({
  recipients: Type.Integer({ description: 'Клиентов по условиям' }),
  reachable: Type.Integer({ description: 'Из них могут получить сообщение' }),
  skipped: Type.Object(
    Object.fromEntries(PREVIEW_REASONS.map((reason) => [reason, Type.Integer()])) as Record<
      (typeof PREVIEW_REASONS)[number],
      ReturnType<typeof Type.Integer>
    >,
    { description: 'Не получат, по причинам (noPhone, noApp, pushOff, typeOff)' },
  ),
});

export const MailingBody = Type.Object({
  channel: MailingChannelSchema,
  title: Text(100, 1),
  text: Type.String({
    minLength: 1,
    maxLength: 1000,
    description: 'SMS: до 10 частей (670 знаков кириллицей)',
  }),
  audience: MailingAudience,
  sendAt: Type.Optional(Nullable(Timestamp)),
});

export const MailingCounts = Type.Object({
  queued: Type.Integer(),
  sent: Type.Integer(),
  delivered: Type.Integer(),
  failed: Type.Integer(),
  skipped: Type.Integer(),
});

export const MailingListItem = Type.Object({
  id: Id,
  number: Type.Integer({ description: 'Номер в организации: «№ 12»' }),
  channel: MailingChannelSchema,
  title: Type.String(),
  text: Type.String(),
  status: MailingStatusSchema,
  source: MailingSourceSchema,
  initiator: ActorRef,
  sendAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  createdAt: Timestamp,
  recipientsTotal: Type.Integer(),
  counts: MailingCounts,
  recipient: Type.Optional(
    Nullable(
      Type.Object(
        { status: RecipientStatusSchema, reason: Nullable(Type.String()) },
        { description: 'При фильтре clientId: что стало с сообщением этому клиенту' },
      ),
    ),
  ),
});

export const Mailing = Type.Object({
  ...MailingListItem.properties,
  filter: Type.Record(Type.String(), Type.Unknown(), { description: 'Условия списка, из которого создана' }),
});

export const MailingListQuery = Type.Object({
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Заголовок или текст' })),
  status: Type.Optional(Type.Array(MailingStatusSchema, { maxItems: 10 })),
  channel: Type.Optional(Type.Array(MailingChannelSchema, { maxItems: 10 })),
  initiatorId: Type.Optional(Type.Array(Id, { maxItems: 100, description: 'Сотрудники-инициаторы' })),
  from: Type.Optional(DateOnly),
  to: Type.Optional(DateOnly),
  clientId: Type.Optional(Id),
  ...PageQuery,
});

export const MailingRecipient = Type.Object({
  clientId: Id,
  clientName: Type.String(),
  phone: Nullable(Type.String()),
  status: RecipientStatusSchema,
  reason: Nullable(Type.String()),
  updatedAt: Timestamp,
  masked: Masked,
});

export const MailingRecipientQuery = Type.Object({
  status: Type.Optional(Type.Array(RecipientStatusSchema, { maxItems: 10 })),
  ...PageQuery,
});

/** The «Инициатор» filter's choices: who created the organisation's mailings (names as kept). */
export const MailingInitiators = Type.Array(Type.Object({ id: Id, name: Type.String() }));

export const MailingPage = Page(MailingListItem);
export const MailingRecipientPage = Page(MailingRecipient);

export type MailingAudience = Static<typeof MailingAudience>;
export type MailingPreviewBody = Static<typeof MailingPreviewBody>;
export type MailingPreview = Static<typeof MailingPreview>;
export type MailingBody = Static<typeof MailingBody>;
export type MailingListItem = Static<typeof MailingListItem>;
export type Mailing = Static<typeof Mailing>;
export type MailingListQuery = Static<typeof MailingListQuery>;
export type MailingRecipient = Static<typeof MailingRecipient>;
export type MailingRecipientQuery = Static<typeof MailingRecipientQuery>;
