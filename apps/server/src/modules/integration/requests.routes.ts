import {
  BatchResult,
  IntegrationRequestsBody,
  IntegrationRequestsPage,
  IntegrationRequestsQuery,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { importRequests, requestChanges } from './import-requests';

/** Issue 13: requests through the integration API (a call-centre, an accounting or dispatch system). */
export function registerIntegrationRequestsRoutes(app: App, db: Db) {
  const tags = ['Интеграция (ключ API)'];

  app.post(
    '/api/integration/v1/requests',
    {
      config: { apiKeyScope: 'import', apiKeyOnly: true },
      schema: {
        tags,
        summary: 'Создать заявки из внешней системы: до 1000 за запрос, результат по каждой',
        description: `Заявка определяется внешней системой (source) и своим внешним идентификатором (externalId): повтор
возвращает ту же заявку со статусом unchanged и ничего не меняет. Тип — название из справочника организации
(без учёта регистра); помещение — по его внешнему идентификатору; клиент — по внешнему идентификатору в этой же
системе или по телефону. Номер выдаётся по порядку в организации; статус новой заявки — «Ожидание».`,
        body: IntegrationRequestsBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importRequests(db, actorOf(request), request.body.source ?? '', request.body.items),
  );

  app.get(
    '/api/integration/v1/requests',
    {
      config: { apiKeyScope: 'export', apiKeyOnly: true },
      schema: {
        tags,
        summary: 'Лента изменений заявок: изменённые с updatedSince, по курсору',
        description: `Заявки в порядке изменения (updated_at, затем id), от ранних к поздним. Следующая страница —
с cursor=nextCursor; nextCursor = null — изменений больше нет. Сохраните последний курсор и продолжайте с него:
заявка, изменённая снова, окажется дальше в ленте. Нужен ключ с правом «Выгрузка отчётов».`,
        querystring: IntegrationRequestsQuery,
        response: { 200: IntegrationRequestsPage, ...problemResponses },
      },
    },
    async (request) => requestChanges(db, actorOf(request), request.query),
  );
}
