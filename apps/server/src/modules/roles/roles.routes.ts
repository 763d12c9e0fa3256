import { IdParams, NoContent, PermissionInfo, Role, RoleBody, RolePatch } from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { RolesService } from './roles.service';

export function registerRolesRoutes(app: App, roles: RolesService) {
  const tags = ['Роли доступа'];

  app.get(
    '/api/permissions',
    {
      schema: {
        tags,
        summary: 'Справочник прав для редактора ролей',
        response: { 200: Type.Array(PermissionInfo), ...problemResponses },
      },
    },
    async (request) => roles.permissions(actorOf(request)),
  );

  app.get(
    '/api/roles',
    {
      schema: {
        tags,
        summary: 'Роли доступа организации с числом сотрудников',
        response: { 200: Type.Array(Role), ...problemResponses },
      },
    },
    async (request) => roles.list(actorOf(request)),
  );

  app.post(
    '/api/roles',
    {
      schema: {
        tags,
        summary: 'Создать роль доступа',
        body: RoleBody,
        response: { 201: Role, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await roles.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/roles/:id',
    {
      schema: {
        tags,
        summary: 'Роль доступа',
        params: IdParams,
        response: { 200: Role, ...problemResponses },
      },
    },
    async (request) => roles.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/roles/:id',
    {
      schema: {
        tags,
        summary: 'Изменить название или права роли (встроенную роль администратора изменить нельзя)',
        params: IdParams,
        body: RolePatch,
        response: { 200: Role, ...problemResponses },
      },
    },
    async (request) => roles.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/roles/:id',
    {
      schema: {
        tags,
        summary: 'Удалить роль, не назначенную сотрудникам',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await roles.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
