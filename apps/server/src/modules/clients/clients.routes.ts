import {
  BulkTagsResult,
  Client,
  ClientBody,
  ClientBulkTagsBody,
  ClientListItem,
  ClientListQuery,
  ClientPatch,
  ExternalId,
  ExternalIdBody,
  ExternalIdPatch,
  HistoryEntry,
  IdParams,
  ListPage,
  MergeBody,
  NoContent,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ClientsService } from './clients.service';
import type { ExternalIdsService } from './external-ids.service';

const DeleteQuery = Type.Object({
  dependents: Type.Optional(Type.Enum(['refuse', 'remove'], { default: 'refuse' })),
});

const HistoryQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
});

export function registerClientsRoutes(app: App, clients: ClientsService, externalIds: ExternalIdsService) {
  const tags = ['Клиенты'];

  app.get(
    '/api/clients',
    {
      schema: {
        tags,
        summary: 'Список клиентов: поиск по ФИО или части телефона, фильтры, сортировка, страницы',
        description:
          'Без права просмотра ФИО или контактов эти данные приходят звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).',
        querystring: ClientListQuery,
        response: { 200: ListPage(ClientListItem), ...problemResponses },
      },
    },
    async (request) => clients.list(actorOf(request), request.query),
  );

  app.post(
    '/api/clients',
    {
      schema: {
        tags,
        summary: 'Создать клиента вручную',
        body: ClientBody,
        response: { 201: Client, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await clients.create(actorOf(request), request.body)),
  );

  app.post(
    '/api/clients/bulk-tags',
    {
      schema: {
        tags,
        summary: 'Добавить или снять теги у отмеченных клиентов или у всех найденных',
        description:
          'filter — условия списка (id — отмеченные строки). Без единого условия нужно all: true. ' +
          'Не больше 100 000 клиентов за раз (400 BULK_TOO_MANY).',
        body: ClientBulkTagsBody,
        response: { 200: BulkTagsResult, ...problemResponses },
      },
    },
    async (request) => clients.bulkTags(actorOf(request), request.body),
  );

  app.get(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'Карточка клиента',
        params: IdParams,
        response: { 200: Client, ...problemResponses },
      },
    },
    async (request) => clients.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'Изменить общие сведения клиента',
        description:
          'Телефон меняется, только пока клиент не входил в приложение (409 PHONE_LOCKED). Если номер у другого клиента — 409 PHONE_TAKEN с conflictId.',
        params: IdParams,
        body: ClientPatch,
        response: { 200: Client, ...problemResponses },
      },
    },
    async (request) => clients.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/clients/:id',
    {
      schema: {
        tags,
        summary: 'Удалить клиента вместе с его привязками к помещениям',
        description:
          'Если от клиента как от собственника зависят другие клиенты помещений — 409 OWNER_HAS_DEPENDENTS; dependents=remove удаляет их привязки вместе с ним. История изменений остаётся.',
        params: IdParams,
        querystring: DeleteQuery,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await clients.remove(actorOf(request), request.params.id, request.query.dependents);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/clients/:id/merge',
    {
      schema: {
        tags,
        summary: 'Объединить карточки: клиент :id заменяется клиентом intoClientId',
        description:
          'C-7: у оставшегося клиента — его телефон и пароль, помещения обоих, внешние идентификаторы, теги и история. Карточка :id удаляется. Нужны права редактирования и просмотра ФИО и контактов; 409 MERGE_NOT_ALLOWED, если клиент :id уже входил в приложение.',
        params: IdParams,
        body: MergeBody,
        response: { 200: Client, ...problemResponses },
      },
    },
    async (request) => clients.merge(actorOf(request), request.params.id, request.body.intoClientId),
  );

  app.get(
    '/api/clients/:id/history',
    {
      schema: {
        tags,
        summary: 'История изменений клиента, его внешних идентификаторов и привязок к помещениям',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: Type.Array(HistoryEntry), ...problemResponses },
      },
    },
    async (request) =>
      clients.history(actorOf(request), request.params.id, request.query.limit, request.query.before),
  );

  app.get(
    '/api/clients/:id/external-ids',
    {
      schema: {
        tags,
        summary: 'Внешние идентификаторы клиента («Прочее»)',
        params: IdParams,
        response: { 200: Type.Array(ExternalId), ...problemResponses },
      },
    },
    async (request) => externalIds.list(actorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/external-ids',
    {
      schema: {
        tags,
        summary: 'Добавить внешний идентификатор (уникален в организации для своей внешней системы)',
        params: IdParams,
        body: ExternalIdBody,
        response: { 201: ExternalId, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await externalIds.add(actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/external-ids/:id',
    {
      schema: {
        tags,
        summary: 'Изменить внешний идентификатор или примечание к нему',
        params: IdParams,
        body: ExternalIdPatch,
        response: { 200: ExternalId, ...problemResponses },
      },
    },
    async (request) => externalIds.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/external-ids/:id',
    {
      schema: {
        tags,
        summary: 'Удалить внешний идентификатор',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await externalIds.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
