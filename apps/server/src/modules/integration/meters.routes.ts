import {
  BatchResult,
  IntegrationMetersBody,
  IntegrationReadingsPage,
  IntegrationReadingsQuery,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { readingsFeed } from '../meters/readings-feed';
import { importMeters } from './import-meters';

/** Issue 13: meters from the accounting system, and the period's readings back to it. */
export function registerIntegrationMetersRoutes(app: App, db: Db) {
  const tags = ['Интеграция (ключ API)'];

  app.post(
    '/api/integration/v1/meters',
    {
      config: { apiKeyScope: 'import', apiKeyOnly: true },
      schema: {
        tags,
        summary: 'Загрузить счётчики (ИПУ): до 1000 за запрос, результат по каждому',
        description: `Счётчик находится по внешнему идентификатору (externalId), иначе создаётся. Помещение — по его внешнему
идентификатору (premiseExternalId), лицевой счёт — по номеру у этого помещения (accountNumber; null — без счёта). Поля,
которых нет в элементе, не меняются. Ресурс и число тарифов не меняются, если у счётчика уже есть показания
(METER_HAS_READINGS). Такие загрузки не откатываются (batchId всегда null).`,
        body: IntegrationMetersBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importMeters(db, actorOf(request), request.body.items),
  );

  app.get(
    '/api/integration/v1/meter-readings',
    {
      config: { apiKeyScope: 'export', apiKeyOnly: true },
      schema: {
        tags,
        summary: 'Показания счётчиков за месяц, постранично (курсор)',
        description: `Показания, снятые в месяце period (ГГГГ-ММ), по дню показания и идентификатору, с внешним
идентификатором счётчика, помещением и номером лицевого счёта. Следующая страница — с cursor=nextCursor; nextCursor: null —
последняя страница. Нужен ключ с правом «Выгрузка отчётов».`,
        querystring: IntegrationReadingsQuery,
        response: { 200: IntegrationReadingsPage, ...problemResponses },
      },
    },
    async (request) => readingsFeed(db, actorOf(request), request.query),
  );
}
