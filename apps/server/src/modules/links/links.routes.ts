import {
  ClientPremiseBody,
  ClientPremiseLink,
  IdParams,
  LinkDeleteQuery,
  LinkPatch,
  NoContent,
  PremiseClientBody,
  PremiseLink,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { LinksService } from './links.service';

export function registerLinksRoutes(app: App, links: LinksService) {
  const tags = ['Клиенты помещений'];

  app.get(
    '/api/premises/:id/clients',
    {
      schema: {
        tags,
        summary: 'Клиенты помещения: по ролям, затем по ФИО',
        params: IdParams,
        response: { 200: Type.Array(PremiseLink), ...problemResponses },
      },
    },
    async (request) => links.listForPremise(actorOf(request), request.params.id),
  );

  app.post(
    '/api/premises/:id/clients',
    {
      schema: {
        tags,
        summary: 'Привязать клиента к помещению (по умолчанию — собственником)',
        params: IdParams,
        body: PremiseClientBody,
        response: { 201: PremiseLink, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await links.createForPremise(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/clients/:id/premises',
    {
      schema: {
        tags,
        summary: 'Помещения клиента с их лицевыми счетами',
        params: IdParams,
        response: { 200: Type.Array(ClientPremiseLink), ...problemResponses },
      },
    },
    async (request) => links.listForClient(actorOf(request), request.params.id),
  );

  app.post(
    '/api/clients/:id/premises',
    {
      schema: {
        tags,
        summary: 'Привязать помещение к клиенту',
        params: IdParams,
        body: ClientPremiseBody,
        response: { 201: PremiseLink, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await links.createForClient(actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/premise-links/:id',
    {
      schema: {
        tags,
        summary: 'Изменить привязку: роль, собственника, документы, долю и остальное',
        params: IdParams,
        body: LinkPatch,
        response: { 200: PremiseLink, ...problemResponses },
      },
    },
    async (request) => links.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/premise-links/:id',
    {
      schema: {
        tags,
        summary:
          'Отвязать клиента; от собственника зависят другие — отказать, удалить их или передать другому',
        params: IdParams,
        querystring: LinkDeleteQuery,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await links.remove(actorOf(request), request.params.id, request.query);
      return reply.status(204).send(null);
    },
  );
}
