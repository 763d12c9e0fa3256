import { SmsMessageListQuery, SmsMessagePage } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { SmsService } from './sms.service';

export function registerSmsRoutes(app: App, sms: SmsService) {
  app.get(
    '/api/sms-messages',
    {
      schema: {
        tags: ['SMS'],
        summary: 'Отправленные SMS организации (коды входа и др.), новые сверху: статус, провайдер, ошибки',
        querystring: SmsMessageListQuery,
        response: { 200: SmsMessagePage, ...problemResponses },
      },
    },
    async (request) => sms.list(actorOf(request), request.query),
  );
}
