import { SearchQuery, SearchResult } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { SearchService } from './search.service';

export function registerSearchRoutes(app: App, search: SearchService) {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['Поиск'],
        summary: 'Поиск по всем разделам: помещения, клиенты, лицевые счета, заявки',
        description:
          'Строка поиска CRM. Каждая группа ищется по правилам своего списка и есть, только если у роли есть ' +
          'доступ к разделу; ФИО и телефоны скрыты по правам на персональные данные и по скрытым полям не ищутся. ' +
          'Заявки — по номеру: «1042», «№ 1042», «№1042».',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...problemResponses },
      },
    },
    async (request) => search.search(actorOf(request), request.query),
  );
}
