import { IMPORT_KINDS, type ImportApplyBody, type ImportJob, type ImportKind } from '@domovoy/contract';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { type PiiAccess, piiAccess } from '../../platform/pii';
import type { FileStorage } from '../../platform/storage';
import type { StoredFile } from '../../platform/uploads';
import { type SchemaError, toFieldProblems } from '../../platform/validation-messages';
import { importBatchesService } from '../integration/rollback';
import { assertApplicable, importNotReady, KIND_PERMISSIONS } from './apply-import';
import type { ErrorReportRow } from './errors-xlsx';
import type { ImportWorker } from './import-worker';
import * as repo from './imports.repository';
import { maskChanges, maskOutcome, splitPreview } from './imports.view';

const Uuid = Type.String({ format: 'uuid' });
/**
 * The text fields of an upload (multipart, so validated here rather than by the route). An Excel
 * file is loaded into the legal entity and object chosen; an XML file names them itself (I-2).
 */
const UploadFields = Type.Object({
  kind: Type.Enum(Object.keys(IMPORT_KINDS) as ImportKind[]),
  legalEntityId: Type.Optional(Uuid),
  objectId: Type.Optional(Uuid),
});

export type Upload = { fields: Record<string, string>; file: StoredFile | undefined };

function view(row: repo.ImportRow, access: PiiAccess): ImportJob {
  const { preview, changes } = splitPreview(row.preview);
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    status: row.status as ImportJob['status'],
    legalEntityId: row.legalEntityId,
    objectId: row.objectId,
    fileName: row.fileName,
    size: row.size,
    progress: {
      stage: (row.progressStage as ImportJob['progress']['stage']) ?? null,
      rowsRead: row.rowsRead,
      rowsEstimated: row.rowsEstimated,
      rowsDone: row.rowsDone,
    },
    rowCount: row.rowCount,
    errorCount: row.errorCount,
    unknownColumns: row.unknownColumns ?? [],
    problem: row.problem ?? null,
    preview: maskOutcome(preview, access),
    changes: maskChanges(changes, access),
    result: maskOutcome((row.result as ImportJob['result']) ?? null, access),
    applyProblem: row.applyProblem ?? null,
    batchId: row.batchId,
    actorName: row.actorName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    appliedAt: row.appliedAt?.toISOString() ?? null,
  };
}

export function importsService({
  db,
  storage,
  worker,
}: {
  db: Db;
  storage: FileStorage;
  worker: ImportWorker;
}) {
  const batches = importBatchesService({ db });

  async function checkReferences(actor: Actor, legalEntityId: string, objectId: string) {
    const found = await repo.referencesExist(db, actor.organizationId, legalEntityId, objectId);
    const missing = [
      ...(found.legalEntity
        ? []
        : [{ field: 'legalEntityId', code: 'REFERENCE_NOT_FOUND', message: 'Юрлицо не найдено' }]),
      ...(found.object
        ? []
        : [{ field: 'objectId', code: 'REFERENCE_NOT_FOUND', message: 'Объект не найден' }]),
    ];
    if (missing.length > 0) throw new AppError('REFERENCE_NOT_FOUND', { fields: missing });
  }

  async function queue(
    actor: Actor,
    kind: ImportKind,
    file: StoredFile,
    references: { legalEntityId: string | null; objectId: string | null },
  ) {
    const row = await repo.insertImport(db, {
      organizationId: actor.organizationId,
      kind,
      ...references,
      fileName: file.fileName,
      fileKey: file.key,
      size: file.size,
      createdBy: actor.staffId,
      actorName: actor.name,
    });
    void worker.wake();
    return row;
  }

  async function load(actor: Actor, id: string) {
    const row = await repo.findImport(db, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    assertCan(actor, ...KIND_PERMISSIONS[row.kind as ImportKind]);
    return row;
  }

  /** An import whose errors may be read: its file is read (the rows are all there). */
  async function readErrorsOf(actor: Actor, id: string) {
    const row = await load(actor, id);
    if (row.status === 'queued' || row.status === 'parsing') throw importNotReady(row.status);
    return row;
  }

  /** The rows the data refused: the apply's when it ran, else the preview's (first 100). */
  const refusedOf = (row: repo.ImportRow): repo.RefusedRows =>
    ((row.result ?? row.preview) as ImportJob['preview'])?.refused ?? [];

  /** «ready» → «applying», if the file may be applied now (checked under the import's row lock). */
  async function request(actor: Actor, id: string, validOnly: boolean, claimed: boolean) {
    const job = await load(actor, id);
    return db.transaction(async (tx) => {
      const locked = await repo.lockImport(tx, job.organizationId, job.id);
      await assertApplicable(tx, locked, validOnly);
      return repo.requestApply(tx, job, actor, validOnly, claimed);
    });
  }

  return {
    /**
     * I-3: the file is stored and queued; the worker reads it in the background and the caller
     * polls `GET /api/imports/:id`. A refused upload leaves no file behind.
     */
    async upload(actor: Actor, read: () => Promise<Upload>): Promise<ImportJob> {
      assertCan(actor, 'premises.view');
      const { fields, file } = await read();
      try {
        const problems = toFieldProblems([...Value.Errors(UploadFields, fields)] as SchemaError[]);
        const kind = fields.kind as ImportKind;
        const xml = kind === 'xml';
        if (!file)
          problems.push({
            field: 'file',
            code: 'FILE_REQUIRED',
            message: `Приложите файл ${xml ? '.xml' : '.xlsx'}`,
          });
        if (kind in IMPORT_KINDS && !xml)
          for (const field of ['legalEntityId', 'objectId'] as const)
            if (!fields[field]) problems.push({ field, code: 'REQUIRED', message: 'Обязательное поле' });
        if (problems.length > 0 || !file) throw new AppError('VALIDATION_FAILED', { fields: problems });
        assertCan(actor, ...KIND_PERMISSIONS[kind]);
        if (!xml) await checkReferences(actor, fields.legalEntityId ?? '', fields.objectId ?? '');
        return view(
          await queue(actor, kind, file, {
            legalEntityId: xml ? null : (fields.legalEntityId ?? null),
            objectId: xml ? null : (fields.objectId ?? null),
          }),
          piiAccess(actor),
        );
      } catch (error) {
        if (file) await storage.delete(file.key);
        throw error;
      }
    },

    /**
     * I-2: a file of the watched folder, already in storage, read as an upload is. The actor is the
     * folder's (no staff member), so no permission is asked here: the folder is the administrator's.
     */
    async queueFolderFile(actor: Actor, file: StoredFile): Promise<repo.ImportRow> {
      return queue(actor, 'xml', file, { legalEntityId: null, objectId: null });
    },

    async list(actor: Actor, page: number, pageSize: number) {
      assertCan(actor, 'premises.view');
      const { rows, total } = await repo.listImports(
        db,
        actor.organizationId,
        pageSize,
        (page - 1) * pageSize,
      );
      return { items: rows.map((row) => view(row, piiAccess(actor))), total, page, pageSize };
    },

    async get(actor: Actor, id: string): Promise<ImportJob> {
      assertCan(actor, 'premises.view');
      return view(await load(actor, id), piiAccess(actor));
    },

    /**
     * I-3: asks for the file to be applied as its preview said. What can be checked at once is
     * (status, row errors unless `validOnly`, data changed since the preview); the worker then
     * applies it in the background as one batch that can be rolled back, with progress, and the
     * caller polls `GET /api/imports/:id` («applied», or «ready» again with `applyProblem`).
     */
    async apply(actor: Actor, id: string, body: ImportApplyBody): Promise<ImportJob> {
      assertCan(actor, 'premises.view');
      const requested = await request(actor, id, body.validOnly ?? false, false);
      void worker.wake();
      return view(requested, piiAccess(actor));
    },

    /** The XML folder's own apply of a file it read: claimed and applied at once, in this call. */
    async applyNow(actor: Actor, id: string): Promise<ImportJob> {
      const requested = await request(actor, id, false, true);
      await worker.applyNow(requested, actor);
      return view(await load(actor, id), piiAccess(actor));
    },

    /** Rolls an applied file back through its batch (only an administrator: «Настройки»). */
    async rollback(actor: Actor, id: string): Promise<ImportJob> {
      assertCan(actor, 'settings.manage');
      const job = await load(actor, id);
      if (job.status !== 'applied') throw importNotReady(job.status);
      if (!job.batchId) throw new AppError('IMPORT_NOTHING_TO_ROLL_BACK');
      await batches.rollback(actor, job.batchId);
      return view(await repo.markRolledBack(db, job), piiAccess(actor));
    },

    /**
     * The row errors and refused rows, a page at a time, for the downloadable report; `positions`:
     * the file is XML, its errors carry their line and character.
     */
    async errors(
      actor: Actor,
      id: string,
    ): Promise<{ pages: AsyncIterable<ErrorReportRow[]>; positions: boolean }> {
      assertCan(actor, 'premises.view');
      const row = await readErrorsOf(actor, id);
      return {
        pages: repo.errorReportPages(db, row.organizationId, row.id, refusedOf(row)),
        positions: row.kind === 'xml',
      };
    },

    /** The same lines as the report, a page of them (issue 15: the page and the API show them). */
    async errorPage(actor: Actor, id: string, page: number, pageSize: number) {
      assertCan(actor, 'premises.view');
      const row = await readErrorsOf(actor, id);
      const lines = await repo.errorPage(
        db,
        row.organizationId,
        row.id,
        refusedOf(row),
        pageSize,
        (page - 1) * pageSize,
      );
      return { ...lines, page, pageSize };
    },
  };
}

export type ImportsService = ReturnType<typeof importsService>;
