import { PassThrough } from 'node:stream';
import {
  ClientExportQuery,
  LeadExportQuery,
  PremiseExportQuery,
  ReadingsExportQuery,
  RequestExportQuery,
  ServiceRequestExportQuery,
} from '@domovoy/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { attachmentDisposition } from '../../platform/content-disposition';
import { type App, actorOf, problemResponses } from '../../platform/http';
import type { ExportsService, XlsxDownload } from './exports.service';
import { XLSX_CONTENT_TYPE } from './xlsx-writer';

const XlsxFile = {
  description: 'Файл Excel (.xlsx): строка заголовков и по строке на запись',
  content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
} as const;

/**
 * Streams the file to the response as it is written. A failure after the first byte can only
 * cut the download short (the status is already sent); it is logged.
 */
function sendXlsx(request: FastifyRequest, reply: FastifyReply, file: XlsxDownload) {
  const out = new PassThrough();
  // The writer ends `out` itself (the zip is piped into it).
  file.write(out).catch((error: unknown) => {
    request.log.error({ err: error }, 'export failed while streaming');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', attachmentDisposition(file.fileName, file.asciiFileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(out);
}

export function registerExportsRoutes(app: App, exports: ExportsService) {
  app.get(
    '/api/premises/export.xlsx',
    {
      schema: {
        tags: ['Помещения'],
        summary: 'Выгрузить список помещений в Excel (с фильтрами и поиском списка)',
        description:
          'Те же параметры, что у GET /api/premises, без страниц. Колонки P-8: адрес, подъезд, этаж, лицевой счёт, ' +
          'площади, клиенты, документы привязок, теги, внешний идентификатор; несколько значений в ячейке — через «; ». ' +
          'Нужен доступ к разделу «Помещения». Без права просмотра ФИО имена клиентов — звёздочками.',
        querystring: PremiseExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendXlsx(request, reply, await exports.premises(actorOf(request), request.query)),
  );

  app.get(
    '/api/clients/export.xlsx',
    {
      schema: {
        tags: ['Клиенты'],
        summary: 'Выгрузить список клиентов в Excel (с фильтрами, поиском и сортировкой списка)',
        description:
          'Те же параметры, что у GET /api/clients, без страниц. Колонки C-9. Нужны доступ к разделу «Клиенты» и право ' +
          '«Возможность выгрузки отчёта: Клиенты». Без прав просмотра персональных данных ФИО, дата рождения, телефон и ' +
          'e-mail — звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).',
        querystring: ClientExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendXlsx(request, reply, await exports.clients(actorOf(request), request.query)),
  );

  app.get(
    '/api/registration-requests/export.xlsx',
    {
      schema: {
        tags: ['Клиенты'],
        summary: 'Выгрузить заявки на регистрацию в Excel (с фильтром и поиском списка)',
        description:
          'Те же параметры, что у GET /api/registration-requests, без страниц. Нужны доступ к разделу «Клиенты» и право ' +
          '«Возможность выгрузки отчёта: Заявки на регистрацию и неидентифицированные». Персональные данные — как в списке.',
        querystring: RequestExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendXlsx(request, reply, await exports.registrationRequests(actorOf(request), request.query)),
  );

  app.get(
    '/api/meter-readings/export.xlsx',
    {
      schema: {
        tags: ['Счётчики'],
        summary: 'Выгрузить показания счётчиков за месяц в Excel (для учётной системы)',
        description:
          'Показания, снятые в месяце period (ГГГГ-ММ), всех объектов или одного (objectId): по строке на тариф — объект, ' +
          'адрес, номер помещения, лицевой счёт, заводской номер, ресурс, тариф, предыдущее и текущее показание, дата, ' +
          'источник. Нужны доступ к разделу «Помещения» и право «Возможность выгрузки отчёта: Показания счётчиков».',
        querystring: ReadingsExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendXlsx(request, reply, await exports.meterReadings(actorOf(request), request.query)),
  );

  app.get(
    '/api/leads/export.xlsx',
    {
      schema: {
        tags: ['Клиенты'],
        summary: 'Выгрузить неидентифицированных клиентов в Excel (с фильтром и поиском списка)',
        description:
          'Те же параметры, что у GET /api/leads, без страниц. Нужны доступ к разделу «Клиенты» и право ' +
          '«Возможность выгрузки отчёта: Заявки на регистрацию и неидентифицированные». Телефоны — как в списке.',
        querystring: LeadExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) => sendXlsx(request, reply, await exports.leads(actorOf(request), request.query)),
  );

  app.get(
    '/api/service-requests/export.xlsx',
    {
      schema: {
        tags: ['Заявки'],
        summary: 'Выгрузить заявки в Excel (с фильтрами и поиском списка)',
        description:
          'Те же параметры, что у GET /api/service-requests, без страниц; новые сверху. Колонки: номер, тип, тема, ' +
          'статус, адрес помещения, клиент, телефон, источник, исполнитель, срок, создана, изменена, оценка. Нужен ' +
          'доступ к разделу «Заявки». Без прав просмотра ФИО или контактов имя и телефон клиента — звёздочками.',
        querystring: ServiceRequestExportQuery,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendXlsx(request, reply, await exports.serviceRequests(actorOf(request), request.query)),
  );
}
