import { IdParams, NoContent, ObjectItem } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import { readMultipart } from '../../platform/uploads';
import { imageResponse, LOGO_UPLOAD_DESCRIPTION } from '../brands/brands.routes';
import type { ObjectBrandLogoService } from './object-brand-logo.service';

export function registerObjectBrandLogoRoutes(app: App, logos: ObjectBrandLogoService, tags: string[]) {
  app.put(
    '/api/objects/:id/brand-logo',
    {
      schema: {
        tags,
        summary: 'Загрузить или заменить логотип объекта в приложении жителей',
        description: `${LOGO_UPLOAD_DESCRIPTION} Без своего логотипа объект показывает логотип организации.`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ObjectItem, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request) =>
      logos.upload(actorOf(request), request.params.id, async (storage, policy) => {
        const { file } = await readMultipart(request, storage, policy);
        return file;
      }),
  );

  app.get(
    '/api/objects/:id/brand-logo',
    {
      schema: {
        tags,
        summary: 'Логотип объекта в приложении жителей',
        description: 'Адрес с параметром `v` (версия) берите из `brandLogoUrl` объекта.',
        params: IdParams,
        querystring: Type.Object({
          v: Type.Optional(Type.String({ maxLength: 100, description: 'Версия логотипа' })),
        }),
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) => {
      const logo = await logos.read(actorOf(request), request.params.id);
      // The URL changes with every new logo, so a short private cache is safe.
      return reply
        .header('content-type', logo.contentType)
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(logo.stream);
    },
  );

  app.delete(
    '/api/objects/:id/brand-logo',
    {
      schema: {
        tags,
        summary: 'Удалить логотип объекта (объект покажет логотип организации)',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await logos.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
