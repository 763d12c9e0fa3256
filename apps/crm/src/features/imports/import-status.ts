import type { ImportJob, ImportKind, Permission } from '@domovoy/contract';

export type ImportStatus = ImportJob['status'];

/** How each state of an uploaded file reads in the list and on its page (I-3). */
export const IMPORT_STATUSES: Record<ImportStatus, { label: string; color: string }> = {
  queued: { label: 'В очереди', color: 'default' },
  parsing: { label: 'Читается', color: 'processing' },
  parsed: { label: 'Проверен', color: 'cyan' },
  ready: { label: 'Готов к загрузке', color: 'blue' },
  failed: { label: 'Не принят', color: 'red' },
  applied: { label: 'Загружен', color: 'green' },
  rolled_back: { label: 'Отменён', color: 'default' },
};

/** The server is still reading the file: its page keeps asking for news. */
export const isInProgress = (job: Pick<ImportJob, 'status'>) =>
  job.status === 'queued' || job.status === 'parsing';

/**
 * Percent of the file read, or null when the file does not say how many rows it has
 * (the bar then only shows that work goes on).
 */
export function readPercent({ progress }: Pick<ImportJob, 'progress'>): number | null {
  if (!progress.rowsEstimated) return null;
  return Math.min(99, Math.floor((progress.rowsRead / progress.rowsEstimated) * 100));
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
