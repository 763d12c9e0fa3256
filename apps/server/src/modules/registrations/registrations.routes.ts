import {
  ApproveBody,
  ClientCounters,
  HistoryEntry,
  IdParams,
  Page,
  RegistrationRequest,
  RegistrationRequestListItem,
  RejectBody,
  RequestCommentBody,
  RequestListQuery,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { LeadsService } from '../leads/leads.service';
import type { RegistrationsService } from './registrations.service';

export function registerRegistrationsRoutes(app: App, requests: RegistrationsService, leads: LeadsService) {
  const tags = ['Заявки на регистрацию'];

  app.get(
    '/api/registration-requests/counters',
    {
      schema: {
        tags,
        summary: 'Счётчики меню CRM: новые заявки на регистрацию и неидентифицированные',
        response: { 200: ClientCounters, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { newRequests: await requests.countNew(actor), newLeads: await leads.countOpen(actor) };
    },
  );

  app.get(
    '/api/registration-requests',
    {
      schema: {
        tags,
        summary: 'Заявки на регистрацию и на добавление помещения: новые сверху',
        description:
          'Без права просмотра ФИО или контактов эти данные приходят звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).',
        querystring: RequestListQuery,
        response: { 200: Page(RegistrationRequestListItem), ...problemResponses },
      },
    },
    async (request) => requests.list(actorOf(request), request.query),
  );

  app.get(
    '/api/registration-requests/:id',
    {
      schema: {
        tags,
        summary: 'Заявка с комментариями и предложенным помещением',
        params: IdParams,
        response: { 200: RegistrationRequest, ...problemResponses },
      },
    },
    async (request) => requests.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/registration-requests/:id/comments',
    {
      schema: {
        tags,
        summary: 'Добавить комментарий сотрудника',
        params: IdParams,
        body: RequestCommentBody,
        response: { 201: RegistrationRequest, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requests.comment(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/registration-requests/:id/approve',
    {
      schema: {
        tags,
        summary: 'Одобрить: привязать клиента к помещению с ролью',
        description:
          'Клиент — выбранный (clientId), новый (newClient), иначе клиент организации с телефоном из заявки, иначе новый из ФИО и телефона заявки. Роль по умолчанию — запрошенная, иначе собственник. Рассмотренную заявку повторно не решить (409 REQUEST_ALREADY_DECIDED).',
        params: IdParams,
        body: ApproveBody,
        response: { 200: RegistrationRequest, ...problemResponses },
      },
    },
    async (request) => requests.approve(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/registration-requests/:id/reject',
    {
      schema: {
        tags,
        summary: 'Отклонить с указанием причины',
        params: IdParams,
        body: RejectBody,
        response: { 200: RegistrationRequest, ...problemResponses },
      },
    },
    async (request) => requests.reject(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/registration-requests/:id/history',
    {
      schema: {
        tags,
        summary: 'История заявки: получена, комментарии, решение — кто и когда',
        params: IdParams,
        response: { 200: Type.Array(HistoryEntry), ...problemResponses },
      },
    },
    async (request) => requests.history(actorOf(request), request.params.id),
  );
}
