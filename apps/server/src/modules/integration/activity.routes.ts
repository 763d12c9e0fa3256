import { BatchResult, IntegrationActivityBody } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { importActivity } from './import-activity';

/** ACT-1: actions from other systems of the УО for the «Активность» tab. */
export function registerIntegrationActivityRoutes(app: App, db: Db) {
  app.post(
    '/api/integration/v1/activity',
    {
      config: { apiKeyScope: 'import', apiKeyOnly: true },
      schema: {
        tags: ['Интеграция (ключ API)'],
        summary: 'Загрузить действия для вкладки «Активность»: до 1000 за запрос, результат по каждому',
        description: `Действие определяется внешней системой (source) и своим внешним идентификатором (externalId): повтор
того же ничего не меняет (unchanged), изменённый статус или текст обновляет его (updated). Тип (kind): marketplace_order —
заказ в Маркетплейсе, bill_payment — оплата счёта, one_time_pass — разовый пропуск, permanent_pass — постоянный
пропуск, survey — опрос, owners_meeting — собрание собственников, call — звонок (прежний общий тип pass не принимается:
VALIDATION_FAILED по полю kind). Помещение — по внешнему идентификатору (premiseExternalId), клиент — по внешнему
идентификатору в этой же системе (clientExternalId) или по телефону (clientPhone); нужно хотя бы одно. Время действия —
occurredAt. Такие загрузки не откатываются (batchId всегда null): следующая загрузка сама исправляет записи.`,
        body: IntegrationActivityBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importActivity(db, actorOf(request), request.body.source ?? '', request.body.items),
  );
}
