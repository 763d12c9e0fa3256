import { IdParams, NamedItem, NamedItemBody, NoContent } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ObjectSetsService } from './object-sets.service';

type ObjectSetRoutes = {
  /** `/api/object-groups` or `/api/quarters`. */
  path: string;
  tag: string;
  /** Russian names for the summaries: list, one item, one item in the accusative. */
  names: { list: string; one: string; accusative: string };
};

export function registerObjectSetRoutes(
  app: App,
  sets: ObjectSetsService,
  { path, tag, names }: ObjectSetRoutes,
) {
  const tags = [tag];

  app.get(
    path,
    {
      schema: {
        tags,
        summary: `${names.list} с числом объектов, по названию`,
        response: { 200: Type.Array(NamedItem), ...problemResponses },
      },
    },
    async (request) => sets.list(actorOf(request)),
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: `Добавить ${names.accusative}`,
        body: NamedItemBody,
        response: { 201: NamedItem, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await sets.create(actorOf(request), request.body)),
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: names.one,
        params: IdParams,
        response: { 200: NamedItem, ...problemResponses },
      },
    },
    async (request) => sets.get(actorOf(request), request.params.id),
  );

  app.patch(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: `Переименовать ${names.accusative}`,
        params: IdParams,
        body: NamedItemBody,
        response: { 200: NamedItem, ...problemResponses },
      },
    },
    async (request) => sets.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: `Удалить ${names.accusative}; объекты не удаляются, а отвязываются`,
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await sets.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
