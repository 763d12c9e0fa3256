import { Account, AccountBody, AccountPatch, IdParams, NoContent } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { AccountsService } from './accounts.service';

export function registerAccountsRoutes(app: App, accounts: AccountsService) {
  const tags = ['Лицевые счета'];

  app.get(
    '/api/premises/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Лицевые счета помещения',
        params: IdParams,
        response: { 200: Type.Array(Account), ...problemResponses },
      },
    },
    async (request) => accounts.listForPremise(actorOf(request), request.params.id),
  );

  app.post(
    '/api/premises/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Добавить лицевой счёт (номер уникален в пределах юрлица; ЕЛС в формате ГИС ЖКХ)',
        params: IdParams,
        body: AccountBody,
        response: { 201: Account, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.create(actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Изменить лицевой счёт',
        params: IdParams,
        body: AccountPatch,
        response: { 200: Account, ...problemResponses },
      },
    },
    async (request) => accounts.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Удалить лицевой счёт вместе со всем, что к нему привязано',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await accounts.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
