import {
  IdParams,
  Mailing,
  MailingBody,
  MailingInitiators,
  MailingListQuery,
  MailingPage,
  MailingPreview,
  MailingPreviewBody,
  MailingRecipientPage,
  MailingRecipientQuery,
} from '@domovoy/contract';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { MailingsService } from './mailings.service';

export function registerMailingsRoutes(app: App, mailings: MailingsService) {
  const tags = ['Рассылки'];

  app.post(
    '/api/mailings/preview',
    {
      schema: {
        tags,
        summary: 'Сколько клиентов получат рассылку и сколько не смогут, по причинам',
        description:
          'Получатели — клиенты списка клиентов с этими фильтрами, клиенты помещений списка помещений с этими фильтрами или один клиент. Только числа, без данных клиентов. Нужны права «Рассылки: создание и отмена» и доступ к списку, из которого она создаётся.',
        body: MailingPreviewBody,
        response: { 200: MailingPreview, ...problemResponses },
      },
    },
    async (request) => mailings.preview(actorOf(request), request.body),
  );

  app.post(
    '/api/mailings',
    {
      schema: {
        tags,
        summary: 'Создать рассылку SMS или push: сразу или ко времени',
        description:
          'SMS — не длиннее 10 частей; время отправки — не в прошлом. Получатели фиксируются при создании; отправляет фоновая задача с ограничением скорости.',
        body: MailingBody,
        response: { 201: Mailing, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await mailings.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/mailings',
    {
      schema: {
        tags,
        summary: 'Рассылки: новые сверху, поиск по заголовку и тексту, фильтры',
        description:
          'Период — по дате создания (московские сутки). С clientId — рассылки, отправленные этому клиенту, и что стало с его сообщением (recipient).',
        querystring: MailingListQuery,
        response: { 200: MailingPage, ...problemResponses },
      },
    },
    async (request) => mailings.list(actorOf(request), request.query),
  );

  app.get(
    '/api/mailings/initiators',
    {
      schema: {
        tags,
        summary: 'Кто создавал рассылки организации: варианты фильтра «Инициатор»',
        response: { 200: MailingInitiators, ...problemResponses },
      },
    },
    async (request) => mailings.initiators(actorOf(request)),
  );

  app.get(
    '/api/mailings/:id',
    {
      schema: {
        tags,
        summary: 'Рассылка с числом получателей по статусам',
        params: IdParams,
        response: { 200: Mailing, ...problemResponses },
      },
    },
    async (request) => mailings.get(actorOf(request), request.params.id),
  );

  app.get(
    '/api/mailings/:id/recipients',
    {
      schema: {
        tags,
        summary: 'Получатели рассылки и их статусы',
        description:
          'Без права просмотра ФИО или контактов эти данные клиента приходят звёздочками (masked).',
        params: IdParams,
        querystring: MailingRecipientQuery,
        response: { 200: MailingRecipientPage, ...problemResponses },
      },
    },
    async (request) => mailings.recipients(actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/mailings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Отменить рассылку, которая ещё не отправлена',
        description: 'Кто ещё не получил сообщение — «Пропущено: Рассылка отменена».',
        params: IdParams,
        response: { 200: Mailing, ...problemResponses },
      },
    },
    async (request) => mailings.cancel(actorOf(request), request.params.id),
  );
}
