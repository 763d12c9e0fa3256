import {
  ActivityCounters,
  ActivityItem,
  ActivityPage,
  CallBody,
  ClientActivityQuery,
  IdParams,
  PremiseActivityQuery,
} from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ActivityService } from './activity.service';

const FEED = `Действия новые сверху: заявки в УК, показания счётчиков, звонки и действия из других систем УО
(заказы в Маркетплейсе, оплаты, пропуска, опросы, собрания). Страница — по курсору: следующая с cursor=nextCursor;
nextCursor = null — записей больше нет. Фильтр по статусу оставляет только заявки. Поиск — по теме (у показаний — по
номеру счётчика). Нужны доступ к разделу и право «Активности клиента»; без права просмотра ФИО имя клиента приходит
звёздочками.`;

export function registerActivityRoutes(app: App, activity: ActivityService) {
  const tags = ['Активность'];

  app.get(
    '/api/premises/:id/activity',
    {
      schema: {
        tags,
        summary: 'Активность помещения: действия всех его клиентов (ACT-1)',
        description: FEED,
        params: IdParams,
        querystring: PremiseActivityQuery,
        response: { 200: ActivityPage, ...problemResponses },
      },
    },
    async (request) => activity.premiseFeed(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/premises/:id/activity/counters',
    {
      schema: {
        tags,
        summary: 'Открытые и все заявки помещения — цифры у вкладки «Активность» (ACT-3)',
        params: IdParams,
        response: { 200: ActivityCounters, ...problemResponses },
      },
    },
    async (request) => activity.premiseCounters(actorOf(request), request.params.id),
  );

  app.get(
    '/api/clients/:id/activity',
    {
      schema: {
        tags,
        summary: 'Активность клиента: только его действия (ACT-1)',
        description: FEED,
        params: IdParams,
        querystring: ClientActivityQuery,
        response: { 200: ActivityPage, ...problemResponses },
      },
    },
    async (request) => activity.clientFeed(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/clients/:id/activity/counters',
    {
      schema: {
        tags,
        summary: 'Открытые и все заявки клиента — цифры у вкладки «Активность» (ACT-3)',
        params: IdParams,
        response: { 200: ActivityCounters, ...problemResponses },
      },
    },
    async (request) => activity.clientCounters(actorOf(request), request.params.id),
  );

  app.post(
    '/api/activity/calls',
    {
      schema: {
        tags,
        summary: 'Записать звонок: помещение и/или клиент, заметка, результат, время',
        description:
          'Без времени (occurredAt) — сейчас. Нужно право «Активности клиента»; помещение или клиент — обязательно хотя бы одно.',
        body: CallBody,
        response: { 201: ActivityItem, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await activity.logCall(actorOf(request), request.body)),
  );
}
