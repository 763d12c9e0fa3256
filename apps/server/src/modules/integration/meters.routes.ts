import {
  BatchResult,
  IntegrationMeterReadingsBody,
  IntegrationMetersBody,
  IntegrationReadingsPage,
  IntegrationReadingsQuery,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { readingsFeed } from '../meters/readings-feed';
import { importMeters } from './import-meters';
import { importReadings } from './import-readings';

/** Issue 13: meters and readings from the accounting system, and the period's readings back to it. */
export function registerIntegrationMetersRoutes(app: App, db: Db, now: () => Date) {
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

  app.post(
    '/api/integration/v1/meter-readings',
    {
      config: { apiKeyScope: 'import', apiKeyOnly: true },
      schema: {
        tags,
        summary: 'Загрузить показания счётчиков: до 1000 за запрос, результат по каждому',
        description: `Счётчик — по внешнему идентификатору (meterExternalId, как в POST /api/integration/v1/meters) или по
внешнему идентификатору помещения (premiseExternalId) и заводскому номеру (serialNumber); если указано и то и другое,
они должны совпадать (иначе VALIDATION_FAILED с кодом поля MISMATCH). Дата показания — takenOn, значения — values по
тарифам (Т1, Т2, Т3) строками. Показание проверяется как в CRM: не меньше предыдущего (METER_READING_LOWER; после
замены счётчика показания идут по новому счётчику), не больше следующего по дате (METER_READING_ABOVE_NEXT), не после
замены (METER_REPLACED), не в будущем. Расход намного больше обычного не отклоняется: показание сохраняется с отметкой
«большой расход», которую видят сотрудники. Повтор того же показания (счётчик, дата, значения) ничего не меняет
(unchanged); другое показание на ту же дату отклоняется (METER_READING_EXISTS). Источник показания — «Интеграция»;
в GET /api/integration/v1/meter-readings оно приходит с source: integration. Такие загрузки не откатываются
(batchId всегда null).`,
        body: IntegrationMeterReadingsBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importReadings(db, actorOf(request), request.body.items, now()),
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
