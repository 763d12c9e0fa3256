import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import { analyzeImportRows, bulkPlannerCosts } from '../../db/planner-stats';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { historyDiscarded } from '../../platform/history';
import type { FileStorage } from '../../platform/storage';
import { fileKind } from './apply-file';
import { applyImport, jobActor, problemOf } from './apply-import';
import * as repo from './imports.repository';
import { collectPreviewChanges } from './preview-changes';
import { type FileRead, readImportFile } from './read-import-file';
import { newWorkerIdentity, workerGone } from './worker-identity';

class DryRun<T> extends Error {
  constructor(readonly value: T) {
    super('dry run');
  }
}

/**
 * Runs `work` in a transaction that is rolled back, and returns what it returned. The history its
 * changes would write is left out: it would be rolled back, and nothing reads it in the meantime.
 */
async function dryRun<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    await db.transaction(async (tx) => {
      historyDiscarded(tx);
      await bulkPlannerCosts(tx);
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
/** A smaller file is a few pages, read back well enough without fresh statistics. */
const ANALYZE_FROM_ROWS = 10_000;

/**
 * I-2, I-3: reads uploaded files and applies them in the background, one at a time per process
 * (applies asked for first, then files, oldest first); several processes share the queue (claims
 * skip what another holds). Rows go to `import_rows` a chunk at a time, with the progress the CRM
 * shows. Any file-level problem fails the import, keeping no rows; an apply that cannot be done
 * leaves the file ready, with the reason.
 */
export function importWorker({ db, storage, log }: { db: Db; storage: FileStorage; log: FastifyBaseLogger }) {
  let running: Promise<void> | undefined;
  let again = false;

  /** The imports this process is reading, previewing or applying (the stall check leaves them alone). */
  const busy = new Set<string>();
  const me = newWorkerIdentity();

  /** `work` with the import marked busy and a heartbeat: a preview or an apply of 100,000 rows is minutes. */
  async function holding(row: repo.ImportRow, work: () => Promise<void>) {
    busy.add(row.id);
    const heartbeat = setInterval(() => {
      repo
        .touch(db, row, me)
        .catch((error: unknown) => log.warn({ err: error, importId: row.id }, 'import heartbeat'));
    }, HEARTBEAT_MS);
    try {
      await repo.touch(db, row, me);
      await work();
    } finally {
      clearInterval(heartbeat);
      busy.delete(row.id);
    }
  }

  /**
   * Rows gone through, written beside the preview's or the apply's transaction as it goes (not
   * awaited: with the embedded database they wait for the transaction's end and are then moot).
   */
  function progressOf(row: repo.ImportRow, stage: 'preview' | 'apply') {
    const passes = fileKind(row.kind).passes;
    const total = Math.max(0, (row.rowCount ?? 0) - (row.errorCount ?? 0));
    let seen = 0;
    return (rows: number) => {
      seen += rows;
      repo
        .setRowsDone(db, row, stage, Math.min(total, Math.floor(seen / passes)))
        .catch((error: unknown) => log.warn({ err: error, importId: row.id }, 'import progress'));
    };
  }

  /**
   * Applies an import claimed for this process (status «applying»); when it cannot, the import is
   * ready again with the reason, which is also returned.
   */
  async function apply(row: repo.ImportRow, as?: Actor): Promise<unknown> {
    try {
      const actor =
        as ?? (await jobActor(db, row, row.applyRequestedBy, row.applyActorName ?? row.actorName));
      await applyImport(db, actor, row, { validOnly: row.applyValidOnly, onRows: progressOf(row, 'apply') });
      return undefined;
    } catch (error) {
      if (!(error instanceof AppError)) log.error({ err: error, importId: row.id }, 'import apply failed');
      await repo.applyFailed(db, row, problemOf(error));
      return error;
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
        ...read.progress(),
        source: read.source(),
      };
      // A file is «ready» only with its preview: the CRM never sees it read but unpreviewed. The
      // preview sees the job as read (its source, its row errors).
      // Paged back in row order by the preview and the apply: planned well only with statistics.
      if (rowCount >= ANALYZE_FROM_ROWS) await analyzeImportRows(db);
      await repo.startPreview(db, row, { rowCount, errorCount });
      await repo.finish(db, row, { ...done, status: 'ready', ...(await preview({ ...row, ...done })) });
    } catch (error) {
      await repo.deleteRows(db, row);
      const problem = problemOf(error);
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
    const actor = await jobActor(db, row, row.createdBy, row.actorName);
    const kind = fileKind(row.kind);
    const onRows = progressOf(row, 'preview');
    return dryRun(db, async (tx) => {
      const fingerprint = await kind.fingerprint(tx, row);
      // Issue 15: the history the apply would write says which records and fields it changes.
      const changes = collectPreviewChanges(tx, row.organizationId);
      const outcome = await kind.apply(tx, actor, row, onRows);
      return {
        fingerprint,
        preview: { ...outcome, changes: await changes.list(outcome) } as Record<string, unknown>,
      };
    });
  }

  /** The next piece of work: an apply someone waits for, else the oldest file to read. */
  async function next(): Promise<(() => Promise<void>) | undefined> {
    const applying = await repo.claimApply(db, me);
    if (applying)
      return () =>
        holding(applying, async () => {
          await apply(applying);
        });
    const queued = await repo.claimQueued(db, me);
    if (queued) return () => holding(queued, () => readAndPreview(queued));
    return undefined;
  }

  async function drain() {
    do {
      again = false;
      for (let work = await next(); work; work = await next()) await work();
    } while (again);
  }

  return {
    /**
     * Imports a crashed process was reading are read again, and its applies taken up again: at once
     * when that process is known to be gone (a restart on this machine), else after the stall.
     */
    recover: () => repo.requeueStalled(db, [...busy], (other) => workerGone(other, me)),

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

    /**
     * Applies, in this call, an import already claimed for it (the XML folder's own files); throws
     * what stopped it, the import then ready again with the reason.
     */
    async applyNow(row: repo.ImportRow, actor: Actor): Promise<void> {
      let failure: unknown;
      await holding(row, async () => {
        failure = await apply(row, actor);
      });
      if (failure !== undefined) throw failure;
    },

    /** Resolves when the work in hand is done (tests, shutdown). */
    idle: () => running ?? Promise.resolve(),
  };
}

export type ImportWorker = ReturnType<typeof importWorker>;
