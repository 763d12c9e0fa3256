import { Tag, TagQuery } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { TagsService } from './tags.service';

export function registerTagsRoutes(app: App, tags: TagsService) {
  app.get(
    '/api/tags',
    {
      schema: {
        tags: ['Теги'],
        summary: 'Теги организации (поиск по части названия)',
        querystring: TagQuery,
        response: { 200: Type.Array(Tag), ...problemResponses },
      },
    },
    async (request) => tags.search(actorOf(request), request.query.search, request.query.limit),
  );
}
