import { type Static, Type } from 'typebox';
import { ClientTypeSchema, Masked } from './clients';
import { Id, Nullable } from './common';
import { PremiseTypeSchema } from './premises';
import { ServiceRequestStatusSchema } from './service-requests';

/** Issue 17: the CRM header's search over every section the staff member may open. */
export const SearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 200,
    description:
      'Адрес («Ленина 10 15», «кв 15»), ФИО или телефон клиента, номер лицевого счёта или ЕЛС, номер заявки («№ 1042»)',
  }),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 20, default: 5, description: 'Записей в каждой группе (до 20)' }),
  ),
});

export const SearchPremise = Type.Object({
  id: Id,
  fullAddress: Type.String(),
  type: PremiseTypeSchema,
  typeLabel: Type.String(),
  objectName: Type.String(),
});

export const SearchClient = Type.Object({
  id: Id,
  type: ClientTypeSchema,
  fullName: Type.String(),
  phone: Nullable(Type.String()),
  masked: Masked,
});

export const SearchAccount = Type.Object({
  id: Id,
  number: Type.String(),
  els: Nullable(Type.String()),
  premiseId: Id,
  premiseAddress: Type.String(),
  objectName: Type.String(),
});

export const SearchRequest = Type.Object({
  id: Id,
  number: Type.Integer({ description: 'Номер в организации, показывается как «№ 1042»' }),
  status: ServiceRequestStatusSchema,
  typeName: Type.String(),
  subject: Type.String(),
  premiseAddress: Nullable(Type.String()),
});

/** A group is absent when the role has no access to its section. */
export const SearchResult = Type.Object({
  premises: Type.Optional(Type.Array(SearchPremise, { description: 'Есть при праве «Помещения»' })),
  clients: Type.Optional(Type.Array(SearchClient, { description: 'Есть при праве «Клиенты»' })),
  clientsHidden: Type.Boolean({
    description: 'Запрос — ФИО или телефон, которые роли не видны (R-3): клиенты по нему не искались',
  }),
  accounts: Type.Optional(
    Type.Array(SearchAccount, { description: 'Лицевые счета и ЕЛС; есть при праве «Помещения»' }),
  ),
  requests: Type.Optional(
    Type.Array(SearchRequest, { description: 'Заявки по номеру; есть при праве «Заявки»' }),
  ),
});

export type SearchQuery = Static<typeof SearchQuery>;
export type SearchPremise = Static<typeof SearchPremise>;
export type SearchClient = Static<typeof SearchClient>;
export type SearchAccount = Static<typeof SearchAccount>;
export type SearchRequest = Static<typeof SearchRequest>;
export type SearchResult = Static<typeof SearchResult>;
