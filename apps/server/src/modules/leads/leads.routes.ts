import { ConvertLeadBody, IdParams, Lead, LeadListQuery, Page } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { LeadsService } from './leads.service';

export function registerLeadsRoutes(app: App, leads: LeadsService) {
  const tags = ['Неидентифицированные'];

  app.get(
    '/api/leads',
    {
      schema: {
        tags,
        summary: 'Неидентифицированные: телефоны без клиента, новые сверху',
        description:
          'Без права просмотра контактов телефон приходит звёздочками, а поиск по нему отклоняется (403 PII_SEARCH_FORBIDDEN).',
        querystring: LeadListQuery,
        response: { 200: Page(Lead), ...problemResponses },
      },
    },
    async (request) => leads.list(actorOf(request), request.query),
  );

  app.post(
    '/api/leads/:id/convert',
    {
      schema: {
        tags,
        summary: 'Создать клиента с телефоном неидентифицированного',
        description:
          'Если телефон уже у клиента организации — 409 PHONE_TAKEN с conflictId; повторно — 409 LEAD_ALREADY_CONVERTED.',
        params: IdParams,
        body: ConvertLeadBody,
        response: { 200: Lead, ...problemResponses },
      },
    },
    async (request) => leads.convert(actorOf(request), request.params.id, request.body),
  );
}
