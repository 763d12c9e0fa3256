import {
  NoContent,
  ResidentPushConfig,
  ResidentPushSubscription,
  ResidentPushSubscriptionBody,
} from '@domovoy/contract';
import { type App, problemResponses } from '../../platform/http';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { PushService } from './push.service';

export function registerPushRoutes(app: App, push: PushService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;

  app.get(
    `${RESIDENT_PREFIX}/push-config`,
    {
      config,
      schema: {
        tags,
        summary: 'Ключ VAPID для подписки на push-уведомления',
        response: { 200: ResidentPushConfig, ...problemResponses },
      },
    },
    async () => push.config(),
  );

  app.put(
    `${RESIDENT_PREFIX}/devices/current/push-subscription`,
    {
      config,
      schema: {
        tags,
        summary: 'Подписка этого устройства на push-уведомления',
        description:
          'Web Push: `endpoint` и `keys` (как PushSubscription.toJSON()); нативная оболочка: `fcmToken`. Одна на ' +
          'сеанс: новая заменяет прежнюю. Уведомления приходят, если ОС разрешает их и тип включён.',
        body: ResidentPushSubscriptionBody,
        response: { 200: ResidentPushSubscription, ...problemResponses },
      },
    },
    async (request) => push.subscribe(residentOf(request), request.body),
  );

  app.delete(
    `${RESIDENT_PREFIX}/devices/current/push-subscription`,
    {
      config,
      schema: {
        tags,
        summary: 'Отписать это устройство от push-уведомлений',
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await push.unsubscribe(residentOf(request));
      return reply.status(204).send(null);
    },
  );
}
