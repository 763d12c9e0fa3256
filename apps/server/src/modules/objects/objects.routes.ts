import { IdParams, NoContent, ObjectBody, ObjectItem, ObjectListQuery, ObjectPatch } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import { LOGO_UPLOAD_DESCRIPTION } from '../brands/brands.routes';
import { registerObjectPictureRoutes } from './object-pictures.routes';
import { registerObjectSetRoutes } from './object-sets.routes';
import type { ObjectsService } from './objects.service';

export function registerObjectsRoutes(app: App, objects: ObjectsService) {
  const tags = ['Объекты'];

  app.get(
    '/api/objects',
    {
      // An integration key reads them too: its items name objects and legal entities by id.
      config: { apiKeyScope: 'import' },
      schema: {
        tags,
        summary: 'Объекты организации по названию, с группой, кварталом и числом помещений',
        querystring: ObjectListQuery,
        response: { 200: Type.Array(ObjectItem), ...problemResponses },
      },
    },
    async (request) => objects.list(actorOf(request), request.query),
  );

  app.post(
    '/api/objects',
    {
      schema: {
        tags,
        summary: 'Добавить объект',
        body: ObjectBody,
        response: { 201: ObjectItem, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await objects.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/objects/:id',
    {
      schema: {
        tags,
        summary: 'Объект',
        params: IdParams,
        response: { 200: ObjectItem, ...problemResponses },
      },
    },
    async (request) => objects.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/objects/:id',
    {
      schema: {
        tags,
        summary: 'Изменить объект',
        params: IdParams,
        body: ObjectPatch,
        response: { 200: ObjectItem, ...problemResponses },
      },
    },
    async (request) => objects.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/objects/:id',
    {
      schema: {
        tags,
        summary: 'Удалить объект без помещений',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await objects.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  registerObjectPictureRoutes(app, objects.image, tags, {
    path: 'image',
    upload: {
      summary: 'Загрузить или заменить изображение объекта',
      description:
        'multipart/form-data, поле `file`: JPEG, PNG или WebP до 5 МБ (тип определяется по содержимому).',
    },
    read: {
      summary: 'Изображение объекта',
      description: 'Адрес с параметром `v` (версия) берите из `imageUrl` объекта.',
      version: 'Версия изображения',
    },
    remove: 'Удалить изображение объекта',
  });
  registerObjectPictureRoutes(app, objects.brandLogo, tags, {
    path: 'brand-logo',
    upload: {
      summary: 'Загрузить или заменить логотип объекта в приложении жителей',
      description: `${LOGO_UPLOAD_DESCRIPTION} Без своего логотипа объект показывает логотип организации.`,
    },
    read: {
      summary: 'Логотип объекта в приложении жителей',
      description: 'Адрес с параметром `v` (версия) берите из `brandLogoUrl` объекта.',
      version: 'Версия логотипа',
    },
    remove: 'Удалить логотип объекта (объект покажет логотип организации)',
  });
  registerObjectSetRoutes(app, objects.groups, {
    path: '/api/object-groups',
    tag: 'Группы объектов',
    names: { list: 'Группы объектов', one: 'Группа объектов', accusative: 'группу объектов' },
  });
  registerObjectSetRoutes(app, objects.quarters, {
    path: '/api/quarters',
    tag: 'Кварталы',
    names: { list: 'Кварталы', one: 'Квартал', accusative: 'квартал' },
  });
}
