import {
  BatchResult,
  IdParams,
  ImportBatch,
  IntegrationAccountsBody,
  IntegrationBalancesBody,
  IntegrationClientsBody,
  IntegrationInsuranceBody,
  IntegrationLinksBody,
  IntegrationPremisesBody,
  Page,
  PageQuery,
} from '@domovoy/contract';
import { Type } from 'typebox';
import type { Db } from '../../db/database';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { importBalances } from './import-balances';
import { importClients } from './import-clients';
import { importInsurance } from './import-insurance';
import { importLinks } from './import-links';
import { importAccounts, importPremises } from './import-premises';
import { importBatchesService } from './rollback';

const I4 = `Сопоставление клиентов (I-4) по внешнему идентификатору (в пределах внешней системы source) и телефону:
1. оба совпали с одним клиентом — внешний идентификатор и телефон остаются, остальные переданные поля перезаписываются;
2. совпал внешний идентификатор, телефон другой:
   a. телефон в организации не встречался — перезаписывается всё, включая телефон;
   b. телефоном пользуется другой клиент организации, входивший в личный кабинет (или клиент с этим идентификатором сам входил в него), — ошибка IMPORT_PHONE_LOGGED_IN;
   c. есть ли у телефона карточки в других организациях, не проверяется и не сообщается (у каждой организации свои данные): такой телефон — как не встречавшийся, случай a;
   d. телефоном пользуется другой клиент организации, ни разу не входивший, — карточки объединяются (merged);
3. идентификатор не найден, телефон совпал — идентификатор добавляется этому клиенту;
4. ничего не совпало — новый клиент.
Поля, которых нет в элементе, не меняются; null очищает поле. Повтор той же загрузки ничего не меняет (unchanged).`;

export function registerIntegrationRoutes(app: App, db: Db) {
  const tags = ['Интеграция (ключ API)'];
  const config = { apiKeyScope: 'import', apiKeyOnly: true } as const;

  app.post(
    '/api/integration/v1/clients',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить клиентов из учётной системы: до 1000 за запрос, результат по каждому',
        description: I4,
        body: IntegrationClientsBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importClients(db, actorOf(request), request.body.source ?? '', request.body.items),
  );

  app.post(
    '/api/integration/v1/premises',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить помещения: до 1000 за запрос, результат по каждому',
        description: `Помещение находится по внешнему идентификатору, иначе по адресу в объекте (тогда идентификатор
присваивается ему), иначе создаётся. Адрес берётся из элемента целиком; остальные поля, которых нет в элементе,
не меняются. Объекты организации: GET /api/objects с этим же ключом.`,
        body: IntegrationPremisesBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importPremises(db, actorOf(request), request.body.items),
  );

  app.post(
    '/api/integration/v1/accounts',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить лицевые счета: до 1000 за запрос, результат по каждому',
        description: `Помещение счёта указывается его внешним идентификатором (premiseExternalId). Счёт находится по
номеру в пределах юрлица, иначе по своему внешнему идентификатору, иначе создаётся; счёт с другим помещением
переносится на указанное. Юрлица организации: GET /api/legal-entities с этим же ключом.`,
        body: IntegrationAccountsBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importAccounts(db, actorOf(request), request.body.items),
  );

  app.post(
    '/api/integration/v1/links',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить связи клиентов с помещениями: до 1000 за запрос, результат по каждому',
        description: `Помещение — по его внешнему идентификатору, клиент и собственник, от которого он зависит, — по
внешним идентификаторам внешней системы source (как их загрузил POST /api/integration/v1/clients). Связь той же пары
обновляется: поля, которых нет в элементе, не меняются. Правила L-2 (один раз на помещение, собственник для
зависимых ролей, сумма долей не больше 1) проверяются в порядке элементов: собственник может прийти в том же запросе
раньше зависящих от него. Связи, добавленные загрузкой, отмечаются как добавленные интеграцией.`,
        body: IntegrationLinksBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importLinks(db, actorOf(request), request.body.source ?? '', request.body.items),
  );

  app.post(
    '/api/integration/v1/balances',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить суммы к оплате по лицевым счетам: до 1000 за запрос, результат по каждому',
        description: `Лицевой счёт — по юрлицу и номеру (legalEntityId + accountNumber) или по внешнему идентификатору
счёта (accountExternalId). Сумма (amount) — рубли, до двух знаков после точки; отрицательная — переплата. Период
(period) — расчётный месяц ГГГГ-ММ. Каждая загрузка заменяет сумму счёта; сумма за более ранний месяц, чем уже
загруженная, не принимается. Житель видит суммы в приложении («Мои помещения», «Оплатить все»). Такие загрузки не
откатываются (batchId всегда null): следующая загрузка сама исправляет суммы.`,
        body: IntegrationBalancesBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importBalances(db, actorOf(request), request.body.items),
  );

  app.post(
    '/api/integration/v1/insurance',
    {
      config,
      schema: {
        tags,
        summary: 'Загрузить страховые полисы помещений: до 1000 за запрос, результат по каждому',
        description: `Помещение — по его внешнему идентификатору (premiseExternalId), полис — по номеру в пределах
помещения: полис с известным номером заменяется, с новым — добавляется. Житель видит действующий полис в «Мое
помещение». Такие загрузки не откатываются (batchId всегда null).`,
        body: IntegrationInsuranceBody,
        response: { 200: BatchResult, ...problemResponses },
      },
    },
    async (request) => importInsurance(db, actorOf(request), request.body.items),
  );

  const batches = importBatchesService({ db });
  const batchTags = ['Загрузки'];

  app.get(
    '/api/import-batches',
    {
      schema: {
        tags: batchTags,
        summary: 'Применённые загрузки (интеграция), новые сверху',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(ImportBatch), ...problemResponses },
      },
    },
    async (request) => batches.list(actorOf(request), request.query.page ?? 1, request.query.pageSize ?? 20),
  );

  app.post(
    '/api/import-batches/:id/rollback',
    {
      schema: {
        tags: batchTags,
        summary: 'Отменить загрузку: вернуть всё, что она создала, изменила и удалила',
        description:
          'Отказ (409 IMPORT_ROLLBACK_CONFLICT) с перечнем записей, если их изменили после загрузки: сначала отмените более поздние изменения.',
        params: IdParams,
        response: { 200: ImportBatch, ...problemResponses },
      },
    },
    async (request) => batches.rollback(actorOf(request), request.params.id),
  );
}
