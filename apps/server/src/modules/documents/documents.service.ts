import { type DocumentPatch, type PremiseDocument, Text } from '@domovoy/contract';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import type { FileStorage } from '../../platform/storage';
import type { StoredFile } from '../../platform/uploads';
import { type SchemaError, toFieldProblems } from '../../platform/validation-messages';
import { assertPremiseExists } from '../premises/assert-premise-exists';
import * as repo from './documents.repository';
import { DOCUMENT_HISTORY_FIELDS, mapDocument } from './documents.view';

/** The text fields of a document upload (multipart, so validated here rather than by the route). */
const UploadFields = Type.Object({
  title: Text(300, 1),
  description: Type.Optional(Text(2000)),
  date: Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'date' })])),
  visibleToResidents: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
});

export type Upload = { fields: Record<string, string>; file: StoredFile | undefined };

function uploadValues({ fields, file }: Upload) {
  const input = {
    title: fields.title?.trim() ?? '',
    description: fields.description,
    date: fields.date,
    visibleToResidents: fields.visibleToResidents,
  };
  const problems = toFieldProblems([...Value.Errors(UploadFields, input)] as SchemaError[]);
  if (!file) problems.push({ field: 'file', code: 'FILE_REQUIRED', message: 'Приложите файл' });
  if (problems.length > 0 || !file) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return {
    title: input.title,
    description: input.description?.trim() || null,
    date: input.date || null,
    visibleToResidents: input.visibleToResidents === 'true',
    file,
  };
}

export function documentsService({ db, storage }: { db: Db; storage: FileStorage }) {
  async function load(tx: Db, actor: Actor, id: string) {
    const row = await repo.findDocument(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async list(actor: Actor, premiseId: string, search?: string): Promise<PremiseDocument[]> {
      assertCan(actor, 'premises.view');
      await assertPremiseExists(db, actor, premiseId);
      return (await repo.listDocuments(db, actor.organizationId, premiseId, search)).map(mapDocument);
    },

    /** P-9: access is checked before the upload is read, so a refused request stores nothing. */
    async create(actor: Actor, premiseId: string, receive: () => Promise<Upload>): Promise<PremiseDocument> {
      assertCan(actor, 'premises.edit');
      await assertPremiseExists(db, actor, premiseId);
      const upload = await receive();
      try {
        const values = uploadValues(upload);
        return await db.transaction(async (tx) => {
          await assertPremiseExists(tx, actor, premiseId);
          const row = await repo.insertDocument(tx, actor.organizationId, {
            premiseId,
            title: values.title,
            description: values.description,
            date: values.date,
            visibleToResidents: values.visibleToResidents,
            fileKey: values.file.key,
            fileName: values.file.fileName,
            contentType: values.file.contentType,
            size: values.file.size,
            createdBy: actor.staffId,
            updatedBy: actor.staffId,
          });
          const changes = diffFields({}, row, DOCUMENT_HISTORY_FIELDS);
          await recordHistory(tx, actor, [
            { entityType: 'document', entityId: row.id, premiseId, action: 'create', changes },
          ]);
          return mapDocument(row);
        });
      } catch (error) {
        if (upload.file) await storage.delete(upload.file.key);
        throw error;
      }
    },

    async update(actor: Actor, id: string, patch: DocumentPatch): Promise<PremiseDocument> {
      assertCan(actor, 'premises.edit');
      return db.transaction(async (tx) => {
        const before = await load(tx, actor, id);
        const changes = {
          ...(patch.title !== undefined && { title: patch.title.trim() }),
          ...(patch.description !== undefined && { description: patch.description?.trim() || null }),
          ...(patch.date !== undefined && { date: patch.date }),
          ...(patch.visibleToResidents !== undefined && { visibleToResidents: patch.visibleToResidents }),
        };
        if (changes.title === '') {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ field: 'title', code: 'REQUIRED', message: 'Заполните поле' }],
          });
        }
        const after = await repo.updateDocument(tx, actor.organizationId, id, changes, actor.staffId);
        if (!after) throw new AppError('NOT_FOUND');
        const diff = diffFields(before, after, DOCUMENT_HISTORY_FIELDS);
        await recordHistory(tx, actor, [
          {
            entityType: 'document',
            entityId: id,
            premiseId: after.premiseId,
            action: 'update',
            changes: diff,
          },
        ]);
        return mapDocument(after);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'premises.edit');
      const removed = await db.transaction(async (tx) => {
        const row = await load(tx, actor, id);
        await repo.deleteDocument(tx, actor.organizationId, id);
        const changes = diffFields(row, {}, DOCUMENT_HISTORY_FIELDS);
        await recordHistory(tx, actor, [
          { entityType: 'document', entityId: id, premiseId: row.premiseId, action: 'delete', changes },
        ]);
        return row;
      });
      // The file goes only once the row is gone for good.
      await storage.delete(removed.fileKey);
    },

    async file(actor: Actor, id: string) {
      assertCan(actor, 'premises.view');
      const row = await load(db, actor, id);
      const stream = await storage.get(row.fileKey);
      if (!stream) throw new AppError('NOT_FOUND', { detail: 'Файл документа не найден в хранилище' });
      return { stream, fileName: row.fileName, contentType: row.contentType, size: row.size };
    },

    /** For a premise deletion (P-7): history entries and the files to remove after commit. */
    async deletionOf(tx: Db, actor: Actor, premiseId: string) {
      const rows = await repo.listPremiseDocumentRows(tx, actor.organizationId, premiseId);
      return {
        history: rows.map((row) => ({
          entityType: 'document' as const,
          entityId: row.id,
          premiseId,
          action: 'delete' as const,
          changes: diffFields(row, {}, DOCUMENT_HISTORY_FIELDS),
        })),
        fileKeys: rows.map((row) => row.fileKey),
      };
    },
  };
}

export type DocumentsService = ReturnType<typeof documentsService>;
