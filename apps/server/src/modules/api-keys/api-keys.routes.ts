import { ApiKey, ApiKeyBody, ApiKeyCreated, IdParams, NoContent } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ApiKeysService } from './api-keys.service';

export function registerApiKeysRoutes(app: App, apiKeys: ApiKeysService) {
  const tags = ['Ключи интеграции'];

  app.get(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Ключи API для учётных систем (1С, сервер УО), включая отозванные',
        response: { 200: Type.Array(ApiKey), ...problemResponses },
      },
    },
    async (request) => apiKeys.list(actorOf(request)),
  );

  app.post(
    '/api/api-keys',
    {
      schema: {
        tags,
        summary: 'Создать ключ: он показывается один раз',
        body: ApiKeyBody,
        response: { 201: ApiKeyCreated, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await apiKeys.create(actorOf(request), request.body)),
  );

  app.delete(
    '/api/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Отозвать ключ: запросы с ним сразу перестают проходить',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await apiKeys.revoke(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
