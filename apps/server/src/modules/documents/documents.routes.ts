import { DocumentListQuery, DocumentPatch, IdParams, NoContent, PremiseDocument } from '@domovoy/contract';
import { Type } from 'typebox';
import type { Config } from '../../config';
import { attachmentDisposition } from '../../platform/content-disposition';
import { type App, actorOf, ProblemRef, problemResponses } from '../../platform/http';
import type { FileStorage } from '../../platform/storage';
import { DOCUMENT_TYPES, readMultipart } from '../../platform/uploads';
import type { DocumentsService } from './documents.service';

export function registerDocumentsRoutes(
  app: App,
  documents: DocumentsService,
  storage: FileStorage,
  config: Config,
) {
  const tags = ['Документы помещения'];

  app.get(
    '/api/premises/:id/documents',
    {
      schema: {
        tags,
        summary: 'Документы помещения; поиск по названию и описанию (не по имени файла)',
        params: IdParams,
        querystring: DocumentListQuery,
        response: { 200: Type.Array(PremiseDocument), ...problemResponses },
      },
    },
    async (request) => documents.list(actorOf(request), request.params.id, request.query.search),
  );

  app.post(
    '/api/premises/:id/documents',
    {
      schema: {
        tags,
        summary:
          'Загрузить документ (multipart/form-data: title, description, date, visibleToResidents, file)',
        description: `Файл до ${Math.floor(config.maxUploadBytes / 1024 / 1024)} МБ: PDF, изображения, документы Office и OpenDocument, текст. visibleToResidents=true — документ видят жители помещения в приложении (по умолчанию нет).`,
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: PremiseDocument, ...problemResponses, 413: ProblemRef, 415: ProblemRef },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await documents.create(actor, request.params.id, () =>
        readMultipart(request, storage, {
          maxBytes: config.maxUploadBytes,
          allowed: DOCUMENT_TYPES,
          textExtensions: ['txt', 'csv'],
          prefix: `org/${actor.organizationId}/documents`,
        }),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/documents/:id/file',
    {
      schema: {
        tags,
        summary: 'Скачать файл документа',
        description: 'Отдаёт файл с его типом и именем (Content-Disposition: attachment).',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await documents.file(actorOf(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.size))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  app.patch(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Изменить название, описание, дату документа или его видимость жителям',
        params: IdParams,
        body: DocumentPatch,
        response: { 200: PremiseDocument, ...problemResponses },
      },
    },
    async (request) => documents.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Удалить документ',
        params: IdParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await documents.remove(actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
