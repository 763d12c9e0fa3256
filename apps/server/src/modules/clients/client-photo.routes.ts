import type { Readable } from 'node:stream';
import { IdParams } from '@domovoy/contract';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { IMAGE_TYPES } from '../../platform/uploads';
import type { ClientPhoto, ClientPhotoService } from './client-photo';

const binary = Type.Unsafe<Readable>({ type: 'string', format: 'binary' });

/** An image answer: its sniffed type, a short private cache (the URL is versioned), no sniffing. */
export const photoResponse = {
  description: 'Изображение с его типом',
  content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: binary }])),
};

export function sendPhoto(reply: FastifyReply, photo: ClientPhoto) {
  return reply
    .header('content-type', photo.contentType)
    .header('cache-control', 'private, max-age=300')
    .header('x-content-type-options', 'nosniff')
    .send(photo.stream);
}

export function registerClientPhotoRoutes(app: App, photos: ClientPhotoService) {
  app.get(
    '/api/clients/:id/photo',
    {
      schema: {
        tags: ['Клиенты'],
        summary: 'Фото клиента (загружает сам клиент в приложении, APP-5)',
        description:
          'Адрес с версией берите из `photoUrl` карточки. Без права просмотра ФИО фото не отдаётся (403), ' +
          'а `photoUrl` карточки — null.',
        params: IdParams,
        querystring: Type.Object({
          v: Type.Optional(Type.String({ maxLength: 100, description: 'Версия фото' })),
        }),
        response: { 200: photoResponse, ...problemResponses },
      },
    },
    async (request, reply) => sendPhoto(reply, await photos.read(actorOf(request), request.params.id)),
  );
}
