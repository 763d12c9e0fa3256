import { IdParams, NoContent, Page, Staff, StaffBody, StaffPatch, StaffQuery } from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { StaffService } from './staff.service';

export function registerStaffRoutes(app: App, staff: StaffService) {
  const tags = ['Сотрудники'];

  app.get(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'Сотрудники организации: поиск по логину и ФИО, по алфавиту',
        querystring: StaffQuery,
        response: { 200: Page(Staff), ...problemResponses },
      },
    },
    async (request) => staff.list(actorOf(request), request.query),
  );

  app.post(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'Добавить сотрудника',
        body: StaffBody,
        response: { 201: Staff, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await staff.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/staff/:id',
    {
      schema: { tags, summary: 'Сотрудник', params: IdParams, response: { 200: Staff, ...problemResponses } },
    },
    async (request) => staff.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/staff/:id',
    {
      schema: {
        tags,
        summary: 'Изменить сотрудника',
        description:
          'Блокировка (active: false) и новый пароль завершают все сессии сотрудника. ' +
          'Нельзя заблокировать себя или перевести себя в роль без права «Сотрудники и роли доступа».',
        params: IdParams,
        body: StaffPatch,
        response: { 200: Staff, ...problemResponses },
      },
    },
    async (request) => staff.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/staff/:id',
    {
      schema: {
        tags,
        summary: 'Удалить сотрудника; его сессии завершаются',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await staff.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
