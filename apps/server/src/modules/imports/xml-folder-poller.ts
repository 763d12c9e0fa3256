import { randomUUID } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ERRORS } from '@domovoy/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import { KIND_PERMISSIONS } from './apply-import';
import type { FileOutcome } from './apply-premises-file';
import type { ErrorReportRow } from './errors-xlsx';
import type { ImportWorker } from './import-worker';
import * as importsRepo from './imports.repository';
import type { ImportsService } from './imports.service';
import * as repo from './xml-folder.repository';
import { checkedFolder, FolderRefused } from './xml-folder-place';
import { type FolderOutcome, type FolderReport, fileReport } from './xml-folder-report';

/** Who the folder's imports are by: no staff member, the rights an XML import needs. */
export const FOLDER_ACTOR_NAME = 'Папка XML';
const folderActor = (organizationId: string): Actor => ({
  organizationId,
  staffId: null,
  name: FOLDER_ACTOR_NAME,
  roleId: '',
  permissions: new Set(KIND_PERMISSIONS.xml),
});

type Deps = {
  db: Db;
  storage: FileStorage;
  imports: ImportsService;
  worker: ImportWorker;
  log: FastifyBaseLogger;
  /** XML_FOLDER_ROOT: each organisation's folder is `<root>/<organisation id>/`. */
  root: string;
  /** The CRM's address for the report's link (PUBLIC_URL); without it the link is a path. */
  publicUrl?: string;
  /** A file modified less than this long ago may still be being written: it waits for the next scan. */
  settleMs?: number;
};

type Settled = Awaited<ReturnType<typeof repo.settledFiles>>[number] & { folder: string };

/** A plain file, not a link, with one name: what was dropped into the folder, nothing borrowed. */
const isPlainFile = (info: Stats | undefined): info is Stats => info?.isFile() === true && info.nlink === 1;
const sameFile = (a: Stats, b: Stats) =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
// O_NOFOLLOW: a file swapped for a link after it was looked at is not opened; O_NONBLOCK: nor a FIFO waited on.
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * I-2: the organisations' watched folders. Each scan takes the new and changed `*.xml` files (by
 * name, size and modification time: an unchanged file is not read twice), stores a copy and queues
 * it as an XML import by «Папка XML»; once read, an import without row errors and without I-5
 * deletions is applied, one with deletions is held for a person in the CRM; the file then goes to
 * `done/` or `failed/` with its report. Several processes may scan: each file is taken once.
 */
export function xmlFolderPoller(deps: Deps) {
  const { db, storage, imports, worker, log, root, publicUrl, settleMs = 2000 } = deps;
  let running: Promise<void> | undefined;

  /** The organisation's own folder, or undefined (logged) when something else stands in its place. */
  async function folderOf(organizationId: string) {
    try {
      return await checkedFolder(root, organizationId, { create: true });
    } catch (error) {
      if (!(error instanceof FolderRefused)) throw error;
      log.warn({ organizationId, reason: error.message }, 'xml folder refused: not read');
      return undefined;
    }
  }

  /** Stores a copy of the file, read through a handle that cannot follow a link. */
  async function copy(key: string, full: string, before: Stats) {
    const handle = await open(full, READ_FLAGS);
    try {
      if (!sameFile(await handle.stat(), before)) return undefined;
      return await storage.put(key, handle.createReadStream({ autoClose: false }));
    } finally {
      await handle.close();
    }
  }

  async function takeNewFiles(org: string) {
    const folder = await folderOf(org);
    if (!folder) return;
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      log.warn({ err: error, folder }, 'xml folder unreadable');
      return [];
    });
    for (const entry of entries) {
      // A link (to a file of another organisation's or outside the root) is not a file here.
      if (!entry.isFile() || !/\.xml$/i.test(entry.name) || entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      const before = await lstat(full).catch(() => undefined);
      if (!isPlainFile(before) || Date.now() - before.mtimeMs < settleMs) continue;
      const mtimeMs = Math.round(before.mtimeMs);
      if (!(await repo.takeFile(db, org, entry.name, before.size, mtimeMs))) continue;
      const key = `org/${org}/imports/${randomUUID()}`;
      try {
        const stored = await copy(key, full, before);
        const after = await lstat(full).catch(() => undefined);
        if (!stored || !after || !sameFile(after, before)) {
          // Still being written: the next scan takes the finished file.
          await storage.delete(key);
          await repo.forgetFile(db, org, entry.name);
          continue;
        }
        const file = { key, fileName: entry.name, contentType: 'application/xml', size: stored.size };
        const job = await imports.queueFolderFile(folderActor(org), file);
        await repo.setFileImport(db, org, entry.name, job.id);
      } catch (error) {
        log.error({ err: error, file: full }, 'xml folder file not taken');
        await storage.delete(key);
        await repo.forgetFile(db, org, entry.name);
      }
    }
  }

  /** The row errors and the refused rows, a page at a time (for the .xlsx). */
  async function* errorPages(job: importsRepo.ImportRow, refused: FileOutcome['refused']) {
    yield* importsRepo.errorReportPages(db, job.organizationId, job.id, refused);
  }

  async function firstErrors(job: importsRepo.ImportRow, refused: FileOutcome['refused']) {
    const first: ErrorReportRow[] = [];
    for await (const page of errorPages(job, refused)) {
      first.push(...page.slice(0, 100 - first.length));
      if (first.length >= 100) break;
    }
    return first.sort((a, b) => a.row - b.row);
  }

  /** What to do with a read file: apply it, hold it for a person, or report why it failed. */
  async function finish(file: Settled): Promise<FolderOutcome> {
    const actor = folderActor(file.organizationId);
    let job = await importsRepo.findImport(db, file.organizationId, file.importId);
    if (!job) throw new Error(`import ${file.importId} vanished`);
    const preview = job.preview as FileOutcome | null;
    const rowsWithErrors = (job.errorCount ?? 0) + (preview?.refusedRows ?? 0);
    const crmUrl = `${publicUrl ?? ''}/imports/${job.id}`;
    let status: FolderOutcome;
    let message: string;
    let problem = job.problem ?? null;
    if (job.status === 'failed') {
      status = 'failed';
      message = `Файл не прочитан: ${problem?.message ?? 'ошибка'}${problem?.detail ? ` (${problem.detail})` : ''}`;
    } else if (rowsWithErrors > 0) {
      status = 'failed';
      message =
        `Строк с ошибками: ${rowsWithErrors}. Файл не загружен: ошибки — в отчёте .errors.xlsx. Исправьте файл и ` +
        `положите его в папку снова или загрузите верные строки в CRM: ${crmUrl}`;
    } else if ((preview?.deletions?.total ?? 0) > 0) {
      status = 'held';
      message =
        `Файл прочитан, но не загружен: он удаляет привязки собственников, которых нет в файле ` +
        `(${preview?.deletions?.total}). Проверьте и загрузите его в CRM: ${crmUrl}`;
    } else {
      try {
        await imports.applyNow(actor, job.id);
        job = (await importsRepo.findImport(db, file.organizationId, file.importId)) ?? job;
        status = 'applied';
        message = job.batchId
          ? 'Файл загружен'
          : 'Файл загружен: данные уже были такими, ничего не изменилось';
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        status = 'failed';
        problem = { code: error.code, message: ERRORS[error.code].message };
        message = `Файл не загружен: ${error.message}`;
      }
    }
    const outcome = (job.result ?? job.preview) as FileOutcome | null;
    const report: FolderReport = {
      file: file.fileName,
      status,
      message,
      importId: job.id,
      crmUrl,
      rowCount: job.rowCount,
      rowsWithErrors,
      refusedRows: preview?.refusedRows ?? 0,
      counts: outcome
        ? {
            premises: outcome.premises,
            accounts: outcome.accounts,
            clients: outcome.clients,
            links: outcome.links,
          }
        : null,
      deletions: outcome?.deletions
        ? { total: outcome.deletions.total, kept: outcome.deletions.kept, skipped: outcome.deletions.skipped }
        : null,
      problem,
      errors: rowsWithErrors > 0 ? await firstErrors(job, preview?.refused ?? []) : [],
      finishedAt: new Date().toISOString(),
    };
    const errors = rowsWithErrors > 0 ? errorPages(job, preview?.refused ?? []) : null;
    await fileReport(file.folder, file.fileName, file, report, errors);
    return status;
  }

  async function finishSettled() {
    for (const file of await repo.settledFiles(db)) {
      // Checked again before anything is moved: the folder may have been swapped since it was read.
      const folder = await folderOf(file.organizationId);
      if (!folder || !(await repo.takeFinish(db, file.organizationId, file.fileName))) continue;
      let status: repo.FolderFileStatus = 'failed';
      try {
        status = await finish({ ...file, folder });
      } catch (error) {
        log.error(
          { err: error, file: file.fileName, importId: file.importId },
          'xml folder file not finished',
        );
      }
      await repo.setFileStatus(db, file.organizationId, file.fileName, status);
    }
  }

  async function scan() {
    for (const folder of await repo.allFolders(db)) await takeNewFiles(folder.organizationId);
    await worker.wake();
    await finishSettled();
  }

  return {
    /** One pass over every folder: take new files, read them, apply or hold, report. */
    scanOnce(): Promise<void> {
      running ??= scan().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

export type XmlFolderPoller = ReturnType<typeof xmlFolderPoller>;
