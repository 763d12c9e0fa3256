import type { ImportBatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { foreignKeyViolation, uniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import { deleteBatch } from './batch.repository';
import * as repo from './rollback.repository';

const KIND_LABELS: Record<string, string> = {
  'api.clients': 'клиентов',
  'api.premises': 'помещений',
  'api.accounts': 'лицевых счетов',
  'api.links': 'связей с помещениями',
};

const TABLE_NOUNS: Record<string, string> = {
  resident_accounts: 'учётная запись жителя',
  tags: 'тег',
  premises: 'помещение',
  clients: 'клиент',
  personal_accounts: 'лицевой счёт',
  premise_tags: 'тег помещения',
  client_tags: 'тег клиента',
  client_external_ids: 'внешний идентификатор клиента',
  premise_links: 'привязка клиента к помещению',
  registration_requests: 'заявка на регистрацию',
  leads: 'неидентифицированный клиент',
};

function view(row: NonNullable<Awaited<ReturnType<typeof repo.lockBatch>>>): ImportBatch {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as ImportBatch['status'],
    actorName: row.actorName,
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    rolledBackAt: row.rolledBackAt?.toISOString() ?? null,
  };
}

const label = (row: { kind: string; createdAt: Date }) =>
  `Загрузка ${KIND_LABELS[row.kind] ?? row.kind} от ${row.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * A batch still open (a file's apply that stopped between pages) put back as it was before, inside
 * the caller's transaction: what its committed pages wrote, with an entry saying so on each card
 * (`label`), and the batch gone. Edits made meanwhile to the rows it wrote go with them: the file
 * is not there to be edited. Nothing happens to a batch that is not open (false).
 */
export async function undoOpenBatch(
  tx: Db,
  organizationId: string,
  batchId: string,
  label: string,
): Promise<boolean> {
  const batch = await repo.lockBatch(tx, organizationId, batchId);
  if (batch?.status !== 'applying') return false;
  await repo.restore(tx, organizationId, batchId);
  await repo.recordRollbackHistory(
    tx,
    organizationId,
    batchId,
    { staffId: batch.staffId, name: batch.actorName },
    label,
  );
  await deleteBatch(tx, organizationId, batchId);
  return true;
}

export function importBatchesService({ db }: { db: Db }) {
  return {
    async list(actor: Actor, page: number, pageSize: number) {
      assertCan(actor, 'settings.manage');
      const { rows, total } = await repo.listBatches(
        db,
        actor.organizationId,
        pageSize,
        (page - 1) * pageSize,
      );
      return { items: rows.map(view), total, page, pageSize };
    },

    /**
     * Puts back exactly what the batch created, changed and deleted (merges included) — refused,
     * naming the rows, when any of them changed since: roll back the later changes first.
     */
    async rollback(actor: Actor, id: string): Promise<ImportBatch> {
      assertCan(actor, 'settings.manage');
      const org = actor.organizationId;
      return db.transaction(async (tx) => {
        const batch = await repo.lockBatch(tx, org, id);
        if (!batch) throw new AppError('NOT_FOUND');
        if (batch.status === 'rolled_back') throw new AppError('IMPORT_ALREADY_ROLLED_BACK');
        // A file being applied page by page: its batch is whole only when the apply is done.
        if (batch.status === 'applying')
          throw new AppError('IMPORT_NOT_READY', {
            detail: 'Этот файл сейчас загружается в базу: дождитесь окончания',
          });
        const conflicts = await repo.findConflicts(tx, org, id);
        if (conflicts.length > 0) {
          throw new AppError('IMPORT_ROLLBACK_CONFLICT', {
            fields: conflicts.map((c) => ({
              field: `${c.tableName}:${String(c.image.id ?? c.image.client_id ?? c.image.premise_id)}`,
              code: 'CHANGED_SINCE',
              message: `Изменено после загрузки: ${TABLE_NOUNS[c.tableName] ?? c.tableName}`,
            })),
          });
        }
        await repo.restore(tx, org, id).catch((error: unknown) => {
          // A key or reference taken since by a row the batch did not write (another organisation's
          // card on a resident account, say): refused like any other change made since.
          if (uniqueViolation(error) !== undefined || foreignKeyViolation(error) !== undefined)
            throw new AppError('IMPORT_ROLLBACK_CONFLICT');
          throw error;
        });
        await repo.recordRollbackHistory(tx, org, id, actor, `Отменена: ${label(batch)}`);
        await repo.markRolledBack(tx, org, id, actor.staffId);
        const after = await repo.lockBatch(tx, org, id);
        if (!after) throw new AppError('NOT_FOUND');
        return view(after);
      });
    },
  };
}

export type ImportBatchesService = ReturnType<typeof importBatchesService>;
