import { PassThrough } from 'node:stream';
import { IdParams, ImportApplyBody, ImportErrorLine, ImportJob, Page, PageQuery } from '@domovoy/contract';
import { Type } from 'typebox';
import type { Config } from '../../config';
import { attachmentDisposition } from '../../platform/content-disposition';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import type { FileStorage } from '../../platform/storage';
import { readMultipart } from '../../platform/uploads';
import { XLSX_CONTENT_TYPE } from '../exports/xlsx-writer';
import { ERRORS_ASCII_FILE_NAME, ERRORS_FILE_NAME, writeErrorsXlsx } from './errors-xlsx';
import type { ImportsService } from './imports.service';

const XlsxFile = {
  description: 'Ошибки по строкам (.xlsx): строка, колонка, значение, что не так',
  content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
} as const;

export function registerImportsRoutes(
  app: App,
  imports: ImportsService,
  storage: FileStorage,
  config: Config,
) {
  const tags = ['Импорт'];

  app.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Загрузить файл Excel или XML (multipart/form-data: file, kind, legalEntityId, objectId)',
        description: `I-3, I-2. Файл до ${Math.floor(config.maxUploadBytes / 1024 / 1024)} МБ. kind — consolidated или premises:
файл .xlsx по шаблону (GET /api/imports/templates/{consolidated,premises}.xlsx), legalEntityId и objectId обязательны.
kind — xml: файл .xml в формате docs/xml/README.md (схема docs/xml/domovoy-import.xsd); объект и юрлицо указаны в самом
файле, legalEntityId и objectId не нужны. Ответ 202 сразу: файл читается в фоне, затем предпросмотр (пробная загрузка);
ход и итог — GET /api/imports/:id, загрузка — POST /api/imports/:id/apply.`,
        consumes: ['multipart/form-data'],
        response: { 202: ImportJob, ...problemResponses, 413: ProblemRef, 415: ProblemRef },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const job = await imports.upload(actor, () =>
        readMultipart(request, storage, {
          maxBytes: config.maxUploadBytes,
          allowed: [
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'application/zip',
            'application/xml',
          ],
          // A .csv renamed to .xlsx is taken, and refused by the reader with a clear message; an XML
          // file without its declaration has no signature.
          textExtensions: ['xlsx', 'csv', 'xml'],
          prefix: `org/${actor.organizationId}/imports`,
        }),
      );
      return reply.status(202).send(job);
    },
  );

  app.get(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Загрузки файлов, новые сверху',
        querystring: Type.Object(PageQuery),
        response: { 200: Page(ImportJob), ...problemResponses },
      },
    },
    async (request) => imports.list(actorOf(request), request.query.page ?? 1, request.query.pageSize ?? 20),
  );

  app.get(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'Загрузка: состояние, прочитано строк, ошибки',
        params: IdParams,
        response: { 200: ImportJob, ...problemResponses },
      },
    },
    async (request) => imports.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/imports/:id/apply',
    {
      schema: {
        tags,
        summary: 'Загрузить прочитанный файл, как показал предпросмотр (в фоне)',
        description:
          'Только в состоянии ready. Файл с ошибками в строках не загружается, если не указано validOnly: true ' +
          '(тогда собственники, которых нет в файле, не удаляются: I-5 пропускается). Если данные, от которых ' +
          'зависит предпросмотр (помещения объекта, счета юрлица, клиенты и связи), изменились после него — ' +
          '409 IMPORT_PREVIEW_STALE. Иначе 202: файл загружается в фоне (status applying, progress.rowsDone из ' +
          'rowCount); опрашивайте GET /api/imports/:id до applied — или до ready с applyProblem, если загрузить ' +
          'не удалось (тогда не изменено ничего). Загрузку можно отменить: POST /api/imports/:id/rollback.',
        params: IdParams,
        body: ImportApplyBody,
        response: { 202: ImportJob, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await imports.apply(actorOf(request), request.params.id, request.body ?? {})),
  );

  app.post(
    '/api/imports/:id/rollback',
    {
      schema: {
        tags,
        summary: 'Отменить загрузку файла: вернуть всё, что она создала и изменила',
        description:
          'Нужно право «Настройки». Отказ, если записи изменили после загрузки (IMPORT_ROLLBACK_CONFLICT).',
        params: IdParams,
        response: { 200: ImportJob, ...problemResponses },
      },
    },
    async (request) => imports.rollback(actorOf(request), request.params.id),
  );

  app.get(
    '/api/imports/:id/errors',
    {
      schema: {
        tags,
        summary: 'Ошибки по строкам: строка, колонка, значение, что не так (постранично)',
        description:
          'Те же строки, что в GET /api/imports/{id}/errors.xlsx, по порядку строк файла: в каждой строке — ошибки ' +
          'в файле (kind error: строка не загружается) по колонкам, затем то, что не приняли данные при предпросмотре ' +
          'или загрузке (kind refused; хранятся первые 100 таких строк). У ошибок в XML-файле — line и char: где ' +
          'в файле ошибка. Пока файл читается — 409 IMPORT_NOT_READY.',
        params: IdParams,
        querystring: Type.Object(PageQuery),
        response: { 200: Page(ImportErrorLine), ...problemResponses },
      },
    },
    async (request) =>
      imports.errorPage(
        actorOf(request),
        request.params.id,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      ),
  );

  app.get(
    '/api/imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        summary: 'Скачать ошибки по строкам (.xlsx)',
        params: IdParams,
        response: { 200: XlsxFile, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { pages, positions } = await imports.errors(actorOf(request), request.params.id);
      const out = new PassThrough();
      writeErrorsXlsx(out, pages, { positions }).catch((error: unknown) => {
        request.log.error({ err: error }, 'errors report failed while streaming');
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentDisposition(ERRORS_FILE_NAME, ERRORS_ASCII_FILE_NAME))
        .header('x-content-type-options', 'nosniff')
        .send(out);
    },
  );
}
