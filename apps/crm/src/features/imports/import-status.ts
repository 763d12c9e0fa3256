import type { ImportJob, ImportKind, Permission } from '@domovoy/contract';

export type ImportStatus = ImportJob['status'];

/** How each state of an uploaded file reads in the list and on its page (I-3). */
export const IMPORT_STATUSES: Record<ImportStatus, { label: string; color: string }> = {
  queued: { label: 'В очереди', color: 'default' },
  parsing: { label: 'Читается', color: 'processing' },
  parsed: { label: 'Проверен', color: 'cyan' },
  ready: { label: 'Готов к загрузке', color: 'blue' },
  applying: { label: 'Загружается', color: 'processing' },
  failed: { label: 'Не принят', color: 'red' },
  applied: { label: 'Загружен', color: 'green' },
  rolled_back: { label: 'Отменён', color: 'default' },
};

/** The server is still reading, previewing or applying the file: its page keeps asking for news. */
export const isInProgress = (job: Pick<ImportJob, 'status'>) =>
  job.status === 'queued' || job.status === 'parsing' || job.status === 'applying';

type ProgressOf = Pick<ImportJob, 'progress' | 'rowCount' | 'errorCount'>;

/**
 * Percent of the current stage done — the file read (of the rows it says it has), or the rows
 * previewed or applied (of its rows without errors) — never 100 before the server says it is done;
 * null when the file does not say how many rows it has (the bar then only shows that work goes on).
 */
export function progressPercent({ progress, rowCount, errorCount }: ProgressOf): number | null {
  const [done, total] =
    progress.stage === 'preview' || progress.stage === 'apply'
      ? [progress.rowsDone, (rowCount ?? 0) - (errorCount ?? 0)]
      : [progress.rowsRead, progress.rowsEstimated ?? 0];
  if (!total) return null;
  return Math.min(99, Math.floor((done / total) * 100));
}

/** What the server is doing with the file, in words. */
export function progressText({
  status,
  progress,
  rowCount,
  errorCount,
}: ProgressOf & Pick<ImportJob, 'status'>) {
  const n = (value: number) => value.toLocaleString('ru-RU');
  const clean = (rowCount ?? 0) - (errorCount ?? 0);
  if (status === 'queued') return 'Файл ждёт своей очереди на чтение…';
  if (progress.stage === 'apply')
    return progress.rowsDone === 0
      ? 'Загружаем в базу…'
      : `Загружаем в базу: ${n(progress.rowsDone)} из ${n(clean)} строк`;
  if (progress.stage === 'preview')
    return `Готовим предпросмотр: ${n(progress.rowsDone)} из ${n(clean)} строк`;
  return progress.rowsEstimated
    ? `Читаем файл: ${n(progress.rowsRead)} из ≈${n(progress.rowsEstimated)} строк`
    : `Читаем файл: прочитано строк — ${n(progress.rowsRead)}`;
}

/** The kinds of file made from an Excel template: what the upload form offers. */
export const TEMPLATE_KINDS = ['premises', 'consolidated'] as const satisfies readonly ImportKind[];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * R-2, as the server checks it: premises need the premises section; the consolidated and XML
 * files write clients and their personal data, so they need what a role editing clients in full has.
 */
const KIND_PERMISSIONS: Record<ImportKind, Permission[]> = {
  premises: ['premises.view'],
  consolidated: ['premises.view', 'clients.edit', 'clients.pii.name', 'clients.pii.contacts'],
  xml: ['premises.view', 'clients.edit', 'clients.pii.name', 'clients.pii.contacts'],
};

export const canImport = (kind: ImportKind, can: (permission: Permission) => boolean) =>
  KIND_PERMISSIONS[kind].every(can);
