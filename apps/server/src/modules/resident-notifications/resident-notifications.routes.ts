import {
  ResidentNotificationsPage,
  ResidentNotificationsQuery,
  ResidentNotificationsReadBody,
  ResidentNotificationsReadResult,
} from '@domovoy/contract';
import { type App, problemResponses } from '../../platform/http';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentNotificationsService } from './resident-notifications.service';

export function registerResidentNotificationsRoutes(app: App, notifications: ResidentNotificationsService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/notifications`,
    {
      config,
      schema: {
        tags,
        summary: 'Уведомления (APP-1)',
        description:
          'Уведомления аккаунта в организации сеанса, новые — первыми, по страницам; `unread` — сколько не прочитано.',
        querystring: ResidentNotificationsQuery,
        response: { 200: ResidentNotificationsPage, ...problemResponses },
      },
    },
    async (request) => notifications.list(residentOf(request), request.query),
  );

  app.post(
    `${RESIDENT_PREFIX}/notifications/read`,
    {
      config,
      schema: {
        tags,
        summary: 'Отметить уведомления прочитанными',
        description:
          '`ids` — эти, `all: true` — все. Чужие и уже прочитанные идентификаторы ничего не меняют.',
        body: ResidentNotificationsReadBody,
        response: { 200: ResidentNotificationsReadResult, ...problemResponses },
      },
    },
    async (request) => notifications.markRead(residentOf(request), request.body),
  );
}
