import { ERRORS, type ImportKind } from '@domovoy/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { staffActor } from '../auth/auth.service';
import { fileKind } from './apply-file';
import * as repo from './imports.repository';
import { KIND_PERMISSIONS } from './imports.service';
import { type FileRead, readImportFile } from './read-import-file';

class DryRun<T> extends Error {
  constructor(readonly value: T) {
    super('dry run');
  }
}

/** Runs `work` in a transaction that is rolled back, and returns what it returned. */
async function dryRun<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    await db.transaction(async (tx) => {
      throw new DryRun(await work(tx));
    });
  } catch (error) {
    if (error instanceof DryRun) return error.value as T;
    throw error;
  }
  throw new Error('a dry run cannot commit');
}

const CHUNK_ROWS = 1000;
const HEARTBEAT_MS = 30_000;

/**
 * I-2, I-3: reads uploaded files in the background, one at a time per process, oldest first; several
 * processes share the queue (claims skip what another holds). Rows go to `import_rows` a chunk at
 * a time, with the progress the CRM shows. Any file-level problem fails the import, keeping no rows.
 */
export function importWorker({ db, storage, log }: { db: Db; storage: FileStorage; log: FastifyBaseLogger }) {
  let running: Promise<void> | undefined;
  let again = false;

  /** The imports this process is reading or previewing (the stall check leaves them alone). */
  const busy = new Set<string>();

  async function parse(row: repo.ImportRow) {
    busy.add(row.id);
    // A preview of 100,000 rows is minutes without progress to write: the heartbeat says it lives.
    const heartbeat = setInterval(() => {
      repo
        .touch(db, row)
        .catch((error: unknown) => log.warn({ err: error, importId: row.id }, 'import heartbeat'));
    }, HEARTBEAT_MS);
    try {
      await readAndPreview(row);
    } finally {
      clearInterval(heartbeat);
      busy.delete(row.id);
    }
  }

  async function readAndPreview(row: repo.ImportRow) {
    let read: FileRead | undefined;
    let rowCount = 0;
    let errorCount = 0;
    try {
      const file = await storage.get(row.fileKey);
      if (!file) throw new AppError('IMPORT_FILE_MISSING');
      read = readImportFile(file, row.kind, CHUNK_ROWS);
      for await (const chunk of read.chunks) {
        await repo.insertRows(db, row, chunk);
        rowCount += chunk.length;
        errorCount += chunk.filter((r) => r.errors.length > 0).length;
        const progress = read.progress();
        await repo.setProgress(db, row, progress.rowsRead, progress.rowsEstimated);
      }
      const done = {
        rowCount,
        errorCount,
        unknownColumns: read.unknownColumns(),
        problem: null,
        rowsRead: read.progress().rowsRead,
        source: read.source(),
      };
      // A file is «ready» only with its preview: the CRM never sees it read but unpreviewed. The
      // preview sees the job as read (its source, its row errors).
      await repo.finish(db, row, { ...done, status: 'ready', ...(await preview({ ...row, ...done })) });
    } catch (error) {
      await repo.deleteRows(db, row);
      const problem =
        error instanceof AppError
          ? {
              code: error.code,
              message: ERRORS[error.code].message,
              ...(error.options.detail ? { detail: error.options.detail } : {}),
            }
          : { code: 'INTERNAL', message: ERRORS.INTERNAL.message };
      if (!(error instanceof AppError)) log.error({ err: error, importId: row.id }, 'import parsing failed');
      await repo.finish(db, row, {
        status: 'failed',
        rowCount: null,
        errorCount: null,
        unknownColumns: read?.unknownColumns() ?? [],
        problem,
        rowsRead: read?.progress().rowsRead ?? 0,
      });
    }
  }

  /**
   * I-3: what applying would do, by applying in a transaction that is then rolled back — the
   * preview and the apply are the same code on the same data. The state it saw is kept.
   */
  async function preview(row: repo.ImportRow) {
    // The uploader's permissions decide what the file may do (new tags need «Изменения тегов»);
    // a file of the XML folder or an integration key may do what its kind needs.
    const uploader = row.createdBy ? await staffActor(db, row.organizationId, row.createdBy) : undefined;
    const actor: Actor = uploader
      ? { ...uploader, name: row.actorName }
      : {
          organizationId: row.organizationId,
          staffId: row.createdBy,
          name: row.actorName,
          roleId: '',
          permissions: new Set(KIND_PERMISSIONS[row.kind as ImportKind]),
        };
    const kind = fileKind(row.kind);
    return dryRun(db, async (tx) => ({
      fingerprint: await kind.fingerprint(tx, row),
      preview: (await kind.apply(tx, actor, row)) as Record<string, unknown>,
    }));
  }

  async function drain() {
    do {
      again = false;
      for (let row = await repo.claimQueued(db); row; row = await repo.claimQueued(db)) await parse(row);
    } while (again);
  }

  return {
    /** Imports a crashed process was reading are read again. */
    recover: () => repo.requeueStalled(db, [...busy]),

    /** Runs the queue now (after an upload) unless it is running; resolves when it is empty. */
    wake(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = drain()
        .catch((error: unknown) => log.error({ err: error }, 'import worker failed'))
        .finally(() => {
          running = undefined;
        });
      return running;
    },

    /** Resolves when the work in hand is done (tests, shutdown). */
    idle: () => running ?? Promise.resolve(),
  };
}

export type ImportWorker = ReturnType<typeof importWorker>;
