import { IdParams, LegalEntity, LegalEntityBody, LegalEntityPatch, NoContent } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { LegalEntitiesService } from './legal-entities.service';

export function registerLegalEntitiesRoutes(app: App, legalEntities: LegalEntitiesService) {
  const tags = ['Юрлица'];

  app.get(
    '/api/legal-entities',
    {
      // An integration key reads them too: its items name objects and legal entities by id.
      config: { apiKeyScope: 'import' },
      schema: {
        tags,
        summary: 'Юрлица организации',
        response: { 200: Type.Array(LegalEntity), ...problemResponses },
      },
    },
    async (request) => legalEntities.list(actorOf(request)),
  );

  app.post(
    '/api/legal-entities',
    {
      schema: {
        tags,
        summary: 'Добавить юрлицо (ИНН, КПП и ОГРН проверяются по контрольным числам)',
        body: LegalEntityBody,
        response: { 201: LegalEntity, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await legalEntities.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/legal-entities/:id',
    {
      schema: {
        tags,
        summary: 'Юрлицо',
        params: IdParams,
        response: { 200: LegalEntity, ...problemResponses },
      },
    },
    async (request) => legalEntities.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/legal-entities/:id',
    {
      schema: {
        tags,
        summary: 'Изменить юрлицо',
        params: IdParams,
        body: LegalEntityPatch,
        response: { 200: LegalEntity, ...problemResponses },
      },
    },
    async (request) => legalEntities.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/legal-entities/:id',
    {
      schema: {
        tags,
        summary: 'Удалить юрлицо без лицевых счетов',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await legalEntities.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
