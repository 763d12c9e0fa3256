// I-3: applying a previewed file — the checks that refuse it, and the one transaction that writes
// it as a batch. The worker runs it for an apply asked for in the CRM or by the API; the XML folder
// runs it for a file it applies itself.
import { ERRORS, type ImportKind, type Permission } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { ChunkedTransactionFailed, chunkedTransaction } from '../../db/chunked-transaction';
import type { Db } from '../../db/database';
import { bulkPlannerCosts } from '../../db/planner-stats';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { staffActor } from '../auth/auth.service';
import { finishBatch, importError, openBatch } from '../integration/batch';
import { captureChangesOf } from '../integration/batch.repository';
import { undoOpenBatch } from '../integration/rollback';
import { fileKind, outcomeSummary } from './apply-file';
import * as repo from './imports.repository';

/**
 * R-2: premises alone may be imported with the premises section (SPEC: even without its
 * «Редактирование»); the consolidated and the XML file write clients and their personal data, so
 * they need the clients' «Редактирование» and both personal-data permissions (a role writes only
 * what it sees).
 */
const CLIENT_WRITING: Permission[] = [
  'premises.view',
  'clients.edit',
  'clients.pii.name',
  'clients.pii.contacts',
];
export const KIND_PERMISSIONS: Record<ImportKind, Permission[]> = {
  premises: ['premises.view'],
  consolidated: CLIENT_WRITING,
  xml: CLIENT_WRITING,
};

/**
 * Who the worker acts as: the staff member, with the permissions they have now (new tags need
 * «Изменения тегов»); a file of the XML folder or of an integration key may do what its kind needs.
 */
export async function jobActor(
  db: Db,
  job: repo.ImportRow,
  staffId: string | null,
  name: string,
): Promise<Actor> {
  if (staffId) {
    const staff = await staffActor(db, job.organizationId, staffId);
    if (!staff) throw new AppError('FORBIDDEN', { detail: 'Сотрудника, который загружал файл, больше нет' });
    return { ...staff, name };
  }
  return {
    organizationId: job.organizationId,
    staffId: null,
    name,
    roleId: '',
    permissions: new Set(KIND_PERMISSIONS[job.kind as ImportKind]),
  };
}

/** Why a file in this state cannot be applied (or rolled back): each state named. */
const NOT_READY: Record<string, string> = {
  queued: 'Файл ждёт своей очереди на чтение: дождитесь окончания',
  parsing: 'Файл ещё читается: дождитесь окончания',
  ready: 'Файл ещё не загружен: отменять нечего',
  applying: 'Этот файл сейчас загружается в базу: дождитесь окончания',
  applied: 'Этот файл уже загружен',
  rolled_back: 'Загрузка этого файла отменена. Чтобы загрузить его снова, загрузите файл заново',
  failed: 'Файл не принят: исправьте его и загрузите снова',
  parsed: 'Файл прочитан прежней версией, без предпросмотра: загрузите его снова',
};

export function importNotReady(status: string): AppError {
  return new AppError('IMPORT_NOT_READY', { detail: NOT_READY[status] });
}

/** Whether the file may be applied now: read with its preview, without errors unless `validOnly`, not stale. */
export async function assertApplicable(
  tx: Db,
  job: repo.ImportRow | undefined,
  validOnly: boolean,
  status = 'ready',
) {
  if (!job) throw new AppError('NOT_FOUND');
  if (job.status !== status) throw importNotReady(job.status);
  if ((job.errorCount ?? 0) > 0 && !validOnly) throw new AppError('IMPORT_HAS_ERRORS');
  if ((await fileKind(job.kind).fingerprint(tx, job)) !== job.fingerprint)
    throw new AppError('IMPORT_PREVIEW_STALE');
}

/**
 * Applies the file as its preview said, recorded as a batch that can be rolled back; the import
 * must be «applying» (asked for, and claimed by this process). The apply commits after each page of
 * rows (`chunkedTransaction`): with the embedded database — one connection — other requests are
 * served between pages, and the progress the CRM shows moves. Until the last page the batch is
 * open (`applying`: not listed, not rolled back by hand), and when the apply fails — or its process
 * dies — what its pages wrote is undone (`undoInterruptedApply`), so the live tables are as they
 * were. Each page's transaction takes the import's advisory lock and checks the import still has
 * this batch (another process that took the import up undid it first). `onRows`: data rows gone
 * through, as the apply goes.
 */
export async function applyImport(
  db: Db,
  actor: Actor,
  job: Pick<repo.ImportRow, 'organizationId' | 'id'>,
  options: { validOnly: boolean; onRows?: (rows: number) => void },
): Promise<repo.ImportRow> {
  await undoInterruptedApply(db, job);
  let batchId: string | undefined;
  const begin = async (tx: Db) => {
    await lockImportApply(tx, job);
    await bulkPlannerCosts(tx);
    if (batchId === undefined) return;
    if ((await repo.findImport(tx, job.organizationId, job.id))?.batchId !== batchId)
      throw importNotReady('applying');
    await captureChangesOf(tx, job.organizationId, batchId);
  };
  try {
    return await chunkedTransaction(db, begin, async (tx) => {
      const current = await repo.findImport(tx, job.organizationId, job.id);
      await assertApplicable(tx, current, options.validOnly, 'applying');
      if (!current) throw new AppError('NOT_FOUND');
      const kind = fileKind(current.kind);
      batchId = await openBatch(tx, actor, kind.batchKind, 'applying');
      await repo.setBatch(tx, current, batchId);
      const outcome = await kind.apply(tx, actor, current, options.onRows);
      const kept = await finishBatch(tx, actor, batchId, outcomeSummary(outcome));
      return repo.markApplied(tx, current, outcome, kept);
    });
  } catch (error) {
    if (!(error instanceof ChunkedTransactionFailed)) throw importError(error);
    if (batchId !== undefined) await undoInterruptedApply(db, job, batchId);
    throw importError(error.cause);
  }
}

const lockImportApply = (tx: Db, job: Pick<repo.ImportRow, 'id'>) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import:${job.id}`}, 0))`);

/**
 * What an apply that stopped part way wrote (its batch still open: the process failed or died
 * between pages) is put back as it was before, with an entry on each card it touched; the batch is
 * gone. Nothing happens when the import has no open batch (or, given `only`, not that one: another
 * process took the import up and undid it already).
 */
export async function undoInterruptedApply(
  db: Db,
  job: Pick<repo.ImportRow, 'organizationId' | 'id'>,
  only?: string,
) {
  await db.transaction(async (tx) => {
    await lockImportApply(tx, job);
    const batchId = (await repo.findImport(tx, job.organizationId, job.id))?.batchId;
    if (!batchId || (only !== undefined && batchId !== only)) return;
    if (
      await undoOpenBatch(tx, job.organizationId, batchId, 'Загрузка файла прервана, её изменения отменены')
    )
      await repo.setBatch(tx, job, null);
  });
}

/** A job's problem as the API shows it: an AppError's code and message, else INTERNAL. */
export function problemOf(error: unknown): { code: string; message: string; detail?: string } {
  if (!(error instanceof AppError)) return { code: 'INTERNAL', message: ERRORS.INTERNAL.message };
  return {
    code: error.code,
    message: ERRORS[error.code].message,
    ...(error.options.detail ? { detail: error.options.detail } : {}),
  };
}
