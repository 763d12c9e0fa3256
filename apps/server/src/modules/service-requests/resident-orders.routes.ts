import {
  IdParams,
  NoContent,
  Page,
  RequestType,
  ResidentOrderBody,
  ResidentOrderCard,
  ResidentOrderCommentBody,
  ResidentOrderListItem,
  ResidentOrderListQuery,
  ResidentOrderRating,
  ServiceRequestPhotoParams,
} from '@domovoy/contract';
import { Type } from 'typebox';
import { type App, ProblemRef, problemResponses } from '../../platform/http';
import { imageResponse, sendImage } from '../../platform/images';
import { readMultipart } from '../../platform/uploads';
import { RESIDENT_PREFIX, RESIDENT_TAG } from '../resident-auth/resident-auth.routes';
import { residentOf } from '../resident-auth/resident-sessions';
import type { ResidentOrdersService } from './resident-orders.service';

/** APP-4 «Мои заказы» → «Заявки в УК» in the resident app. */
export function registerResidentOrdersRoutes(app: App, orders: ResidentOrdersService) {
  const tags = [RESIDENT_TAG];
  const config = { resident: true } as const;
  const base = `${RESIDENT_PREFIX}/orders`;

  app.get(
    `${base}/types`,
    {
      config,
      schema: {
        tags,
        summary: 'Типы заявок, которые можно выбрать',
        response: { 200: Type.Array(RequestType), ...problemResponses },
      },
    },
    async (request) => orders.types(residentOf(request)),
  );

  app.get(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Мои заявки в УК по помещению: активные или архивные (APP-4)',
        description:
          'Сортировка default — сначала заявки с изменениями, которых житель не видел, затем новые; newest, oldest — по номеру.',
        querystring: ResidentOrderListQuery,
        response: { 200: Page(ResidentOrderListItem), ...problemResponses },
      },
    },
    async (request) => orders.list(residentOf(request), request.query),
  );

  app.post(
    base,
    {
      config,
      schema: {
        tags,
        summary: 'Создать заявку в УК: тип, текст (фото — отдельными запросами)',
        description:
          'Только для своего помещения; когда у организации включены «Заявки в УК» (иначе 403 REQUESTS_NOT_AVAILABLE); заблокированный клиент — 403 CLIENT_BLOCKED.',
        body: ResidentOrderBody,
        response: { 201: ResidentOrderCard, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await orders.create(residentOf(request), request.body)),
  );

  app.get(
    `${base}/:id`,
    {
      config,
      schema: {
        tags,
        summary: 'Карточка заявки: статус, публичные комментарии, фото',
        params: IdParams,
        response: { 200: ResidentOrderCard, ...problemResponses },
      },
    },
    async (request) => orders.get(residentOf(request), request.params.id),
  );

  app.post(
    `${base}/:id/seen`,
    {
      config,
      schema: {
        tags,
        summary: 'Житель открыл заявку: её изменения просмотрены',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await orders.markSeen(residentOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/:id/comments`,
    {
      config,
      schema: {
        tags,
        summary: 'Добавить комментарий к своей заявке',
        params: IdParams,
        body: ResidentOrderCommentBody,
        response: { 201: ResidentOrderCard, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await orders.comment(residentOf(request), request.params.id, request.body.body)),
  );

  app.post(
    `${base}/:id/photos`,
    {
      config,
      schema: {
        tags,
        summary: 'Добавить фото к своей заявке',
        description: 'multipart/form-data, поле `file`: JPEG, PNG или WebP до 10 МБ.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: ResidentOrderCard, ...problemResponses, 415: ProblemRef },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await orders.addPhoto(residentOf(request), request.params.id, async (storage, policy) => {
          const { file } = await readMultipart(request, storage, policy);
          return file;
        }),
      ),
  );

  app.get(
    `${base}/:id/photos/:photoId`,
    {
      config,
      schema: {
        tags,
        summary: 'Фото заявки',
        params: ServiceRequestPhotoParams,
        response: { 200: imageResponse, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendImage(reply, await orders.photo(residentOf(request), request.params.id, request.params.photoId)),
  );

  app.post(
    `${base}/:id/rating`,
    {
      config,
      schema: {
        tags,
        summary: 'Оценить выполненную заявку: 1–5 и отзыв',
        description: 'Один раз и только выполненную (иначе 409 REQUEST_NOT_RATEABLE).',
        params: IdParams,
        body: ResidentOrderRating,
        response: { 200: ResidentOrderCard, ...problemResponses },
      },
    },
    async (request) => orders.rate(residentOf(request), request.params.id, request.body),
  );
}
