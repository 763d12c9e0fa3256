import {
  BulkTagsResult,
  HistoryEntry,
  IdParams,
  ListPage,
  NoContent,
  Premise,
  PremiseBody,
  PremiseBulkTagsBody,
  PremiseListQuery,
  PremisePatch,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { PremisesService } from './premises.service';

const HistoryQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  before: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'id записи: показать более ранние',
    }),
  ),
});

export function registerPremisesRoutes(app: App, premises: PremisesService) {
  const tags = ['Помещения'];

  app.get(
    '/api/premises',
    {
      schema: {
        tags,
        summary: 'Список помещений: поиск, фильтры, сортировка, страницы',
        description:
          'search — «улица дом помещение» (улицу можно опустить: «10 15», «кв 15») или номер лицевого счёта/ЕЛС. ' +
          'Фильтры можно повторять: ?type=flat&type=room. sort: address, -address, area, -area.',
        querystring: PremiseListQuery,
        response: { 200: ListPage(Premise), ...problemResponses },
      },
    },
    async (request) => premises.list(actorOf(request), request.query),
  );

  app.post(
    '/api/premises',
    {
      schema: {
        tags,
        summary: 'Добавить помещение вручную',
        description: 'Набор полей адреса зависит от типа; поля другого типа отклоняются.',
        body: PremiseBody,
        response: { 201: Premise, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await premises.create(actorOf(request), request.body)),
  );

  app.post(
    '/api/premises/bulk-tags',
    {
      schema: {
        tags,
        summary: 'Добавить или снять теги у отмеченных помещений или у всех найденных',
        description:
          'filter — условия списка (id — отмеченные строки). Без единого условия нужно all: true. ' +
          'Не больше 100 000 помещений за раз (400 BULK_TOO_MANY).',
        body: PremiseBulkTagsBody,
        response: { 200: BulkTagsResult, ...problemResponses },
      },
    },
    async (request) => premises.bulkTags(actorOf(request), request.body),
  );

  app.get(
    '/api/premises/:id',
    {
      schema: {
        tags,
        summary: 'Карточка помещения',
        params: IdParams,
        response: { 200: Premise, ...problemResponses },
      },
    },
    async (request) => premises.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/premises/:id',
    {
      schema: {
        tags,
        summary: 'Изменить общие сведения помещения (пустой этаж сохраняется как 0)',
        params: IdParams,
        body: PremisePatch,
        response: { 200: Premise, ...problemResponses },
      },
    },
    async (request) => premises.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/premises/:id',
    {
      schema: {
        tags,
        summary: 'Удалить помещение вместе с лицевыми счетами, документами и всем, что к ним привязано',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await premises.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/premises/:id/history',
    {
      schema: {
        tags,
        summary: 'История изменений помещения, его лицевых счетов и документов',
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: Type.Array(HistoryEntry), ...problemResponses },
      },
    },
    async (request) =>
      premises.history(actorOf(request), request.params.id, request.query.limit, request.query.before),
  );
}
