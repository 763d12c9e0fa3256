import { IdParams } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { imageResponse, imageVersionQuery, sendImage } from '../../platform/images';
import type { ClientPhotoService } from './client-photo';

// The resident app's photo routes answer the same way (resident-profile, resident-people).
export { imageResponse as photoResponse, sendImage as sendPhoto };

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
        querystring: imageVersionQuery('Версия фото'),
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) => sendImage(reply, await photos.read(actorOf(request), request.params.id)),
  );
}
