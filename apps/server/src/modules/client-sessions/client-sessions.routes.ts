import { ClientSession, ClientSessionParams, IdParams, NoContent } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ClientSessionsService } from './client-sessions.service';

export function registerClientSessionsRoutes(app: App, sessions: ClientSessionsService) {
  const tags = ['Клиенты'];

  app.get(
    '/api/clients/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Активные сеансы клиента в приложении и настройки уведомлений на устройствах',
        description:
          'S-1..S-3: устройства, на которых клиент вошёл в приложение этой организации, последние активные сверху. Пустой список, если у карточки нет аккаунта или нет сеансов. Данные устройства null — «Неизвестное устройство».',
        params: IdParams,
        response: { 200: Type.Array(ClientSession), ...problemResponses },
      },
    },
    async (request) => sessions.list(actorOf(request), request.params.id),
  );

  app.delete(
    '/api/clients/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Деактивировать сессию: устройству придётся войти в приложение заново',
        description:
          'S-2: сеанс завершается сразу, следующий запрос устройства получает 401. Запись в истории клиента.',
        params: ClientSessionParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await sessions.deactivate(actorOf(request), request.params.id, request.params.sessionId);
      return reply.status(204).send(null);
    },
  );
}
