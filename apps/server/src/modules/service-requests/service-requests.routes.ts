import {
  HistoryEntry,
  IdParams,
  RequestType,
  RequestTypeBody,
  RequestTypeOrder,
  RequestTypePatch,
  RequestTypeQuery,
  ServiceRequest,
  ServiceRequestBody,
  ServiceRequestCommentBody,
  ServiceRequestListQuery,
  ServiceRequestPage,
  ServiceRequestPatch,
  ServiceRequestPhotoParams,
  ServiceRequestStatusBody,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import { imageResponse, sendImage } from '../../platform/images';
import { readMultipart } from '../../platform/uploads';
import type { RequestTypesService } from './request-types.service';
import type { ServiceRequestsService } from './service-requests.service';

export function registerServiceRequestsRoutes(
  app: App,
  requests: ServiceRequestsService,
  types: RequestTypesService,
) {
  const tags = ['Заявки'];

  app.get(
    '/api/request-types',
    {
      schema: {
        tags,
        summary: 'Типы заявок организации в их порядке',
        querystring: RequestTypeQuery,
        response: { 200: Type.Array(RequestType), ...problemResponses },
      },
    },
    async (request) => types.list(actorOf(request), request.query.archived ?? false),
  );

  app.post(
    '/api/request-types',
    {
      schema: {
        tags,
        summary: 'Добавить тип заявки (право «Настройки»)',
        body: RequestTypeBody,
        response: { 201: RequestType, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await types.create(actorOf(request), request.body.name)),
  );

  app.put(
    '/api/request-types/order',
    {
      schema: {
        tags,
        summary: 'Новый порядок типов заявок: все типы организации по одному разу',
        body: RequestTypeOrder,
        response: { 200: Type.Array(RequestType), ...problemResponses },
      },
    },
    async (request) => types.reorder(actorOf(request), request.body.ids),
  );

  app.patch(
    '/api/request-types/:id',
    {
      schema: {
        tags,
        summary: 'Переименовать тип заявки или убрать его в архив',
        description: 'Тип в архиве не предлагается для новых заявок; прежние заявки его сохраняют.',
        params: IdParams,
        body: RequestTypePatch,
        response: { 200: RequestType, ...problemResponses },
      },
    },
    async (request) => types.update(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/service-requests',
    {
      schema: {
        tags,
        summary: 'Заявки: новые сверху, поиск по номеру и теме, фильтры',
        description:
          'Поиск: номер («1042», «№ 1042») или часть темы. Без права просмотра ФИО или контактов эти данные клиента приходят звёздочками. Всего (total) считается до 10 000 (при поиске по теме до 1 000): больше — totalCapped.',
        querystring: ServiceRequestListQuery,
        response: { 200: ServiceRequestPage, ...problemResponses },
      },
    },
    async (request) => requests.list(actorOf(request), request.query),
  );

  app.get(
    '/api/service-requests/assignees',
    {
      schema: {
        tags,
        summary: 'Сотрудники, которым можно назначить заявку',
        response: {
          200: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
          ...problemResponses,
        },
      },
    },
    async (request) => requests.assignees(actorOf(request)),
  );

  app.post(
    '/api/service-requests',
    {
      schema: {
        tags,
        summary: 'Создать заявку (в CRM или по звонку): номер выдаётся по порядку в организации',
        body: ServiceRequestBody,
        response: { 201: ServiceRequest, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await requests.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/service-requests/:id',
    {
      schema: {
        tags,
        summary: 'Карточка заявки с комментариями и фото',
        description: 'Внутренние комментарии — только роли с правом их просмотра.',
        params: IdParams,
        response: { 200: ServiceRequest, ...problemResponses },
      },
    },
    async (request) => requests.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/service-requests/:id',
    {
      schema: {
        tags,
        summary: 'Изменить заявку: тип, тему, описание, помещение, клиента, исполнителя, срок',
        description: 'Закрытую заявку не изменить (409 REQUEST_CLOSED): сначала откройте её снова.',
        params: IdParams,
        body: ServiceRequestPatch,
        response: { 200: ServiceRequest, ...problemResponses },
      },
    },
    async (request) => requests.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/service-requests/:id/status',
    {
      schema: {
        tags,
        summary: 'Изменить статус по таблице переходов; житель получает уведомление',
        description:
          'Статусы, в которые можно перевести, — nextStatuses карточки; другие — 409 REQUEST_STATUS_NOT_ALLOWED.',
        params: IdParams,
        body: ServiceRequestStatusBody,
        response: { 200: ServiceRequest, ...problemResponses },
      },
    },
    async (request) => requests.changeStatus(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/service-requests/:id/comments',
    {
      schema: {
        tags,
        summary: 'Комментарий: публичный (житель видит и получает уведомление) или внутренний',
        params: IdParams,
        body: ServiceRequestCommentBody,
        response: { 201: ServiceRequest, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requests.comment(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/service-requests/:id/photos',
    {
      schema: {
        tags,
        summary: 'Добавить фото к заявке',
        description:
          'multipart/form-data, поле `file`: JPEG, PNG или WebP до 10 МБ (тип определяется по содержимому).',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ServiceRequest, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await requests.addPhoto(actorOf(request), request.params.id, async (storage, policy) => {
          const { file } = await readMultipart(request, storage, policy);
          return file;
        }),
      ),
  );

  app.get(
    '/api/service-requests/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'Фото заявки',
        params: ServiceRequestPhotoParams,
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendImage(reply, await requests.photo(actorOf(request), request.params.id, request.params.photoId)),
  );

  app.get(
    '/api/service-requests/:id/history',
    {
      schema: {
        tags,
        summary: 'История заявки: кто и когда что изменил',
        params: IdParams,
        response: { 200: Type.Array(HistoryEntry), ...problemResponses },
      },
    },
    async (request) => requests.history(actorOf(request), request.params.id),
  );
}
