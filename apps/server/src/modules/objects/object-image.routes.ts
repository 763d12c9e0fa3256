import type { Readable } from 'node:stream';
import { IdParams, NoContent, ObjectItem } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import { IMAGE_TYPES, readMultipart } from '../../platform/uploads';
import type { ObjectImageService } from './object-image.service';

const binary = Type.Unsafe<Readable>({ type: 'string', format: 'binary' });

export function registerObjectImageRoutes(app: App, images: ObjectImageService, tags: string[]) {
  app.put(
    '/api/objects/:id/image',
    {
      schema: {
        tags,
        summary: 'Загрузить или заменить изображение объекта',
        description:
          'multipart/form-data, поле `file`: JPEG, PNG или WebP до 5 МБ (тип определяется по содержимому).',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ObjectItem, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request) =>
      images.upload(actorOf(request), request.params.id, async (storage, policy) => {
        const { file } = await readMultipart(request, storage, policy);
        return file;
      }),
  );

  app.get(
    '/api/objects/:id/image',
    {
      schema: {
        tags,
        summary: 'Изображение объекта',
        description: 'Адрес с параметром `v` (версия) берите из `imageUrl` объекта.',
        params: IdParams,
        querystring: Type.Object({
          v: Type.Optional(Type.String({ maxLength: 100, description: 'Версия изображения' })),
        }),
        response: {
          // The handler sends a stream, which Fastify passes through without serialising.
          200: {
            description: 'Изображение с его типом',
            content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: binary }])),
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const image = await images.read(actorOf(request), request.params.id);
      // The URL changes with every new image, so a short private cache is safe; nosniff keeps
      // browsers from reading an uploaded file as anything but the sniffed image type.
      return reply
        .header('content-type', image.contentType)
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(image.stream);
    },
  );

  app.delete(
    '/api/objects/:id/image',
    {
      schema: {
        tags,
        summary: 'Удалить изображение объекта',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await images.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
