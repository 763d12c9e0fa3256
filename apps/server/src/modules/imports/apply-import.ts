// I-3: applying a previewed file — the checks that refuse it, and the one transaction that writes
// it as a batch. The worker runs it for an apply asked for in the CRM or by the API; the XML folder
// runs it for a file it applies itself.
import { ERRORS, type ImportKind, type Permission } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { bulkPlannerCosts } from '../../db/planner-stats';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { staffActor } from '../auth/auth.service';
import { batchTransaction, finishBatch, openBatch } from '../integration/batch';
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
 * Applies the file as its preview said, in one transaction recorded as a batch that can be rolled
 * back; the import must be «applying» (asked for, and claimed by this process). The transaction
 * holds no lock on the import's row (its progress and heartbeat are written beside it while it
 * runs): an advisory lock keeps two processes from applying one file at once. `onRows`: data rows
 * gone through, as the apply goes.
 */
export async function applyImport(
  db: Db,
  actor: Actor,
  job: Pick<repo.ImportRow, 'organizationId' | 'id'>,
  options: { validOnly: boolean; onRows?: (rows: number) => void },
): Promise<repo.ImportRow> {
  return batchTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`import:${job.id}`}, 0))`);
    await bulkPlannerCosts(tx);
    const current = await repo.findImport(tx, job.organizationId, job.id);
    await assertApplicable(tx, current, options.validOnly, 'applying');
    if (!current) throw new AppError('NOT_FOUND');
    const kind = fileKind(current.kind);
    const batchId = await openBatch(tx, actor, kind.batchKind);
    const outcome = await kind.apply(tx, actor, current, options.onRows);
    const kept = await finishBatch(tx, actor, batchId, outcomeSummary(outcome));
    return repo.markApplied(tx, current, outcome, kept);
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
