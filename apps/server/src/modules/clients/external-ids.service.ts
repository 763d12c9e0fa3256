import type { ExternalId, ExternalIdBody, ExternalIdPatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import * as clientsRepo from './clients.repository';
import { mapExternalId } from './clients.view';
import * as repo from './external-ids.repository';
import { translateClientWriteError } from './translate-client-error';

const FIELDS = ['source', 'externalId', 'note'] as const;

/**
 * C-8: several external ids per client (one per source system and value in the organisation),
 * each with a note. Re-syncing a client when one changes waits for the integration settings
 * (issue 4); the change is recorded in the history now.
 */
export function externalIdsService({ db }: { db: Db }) {
  async function assertClient(tx: Db, actor: Actor, clientId: string) {
    if (!(await clientsRepo.findClient(tx, actor.organizationId, clientId))) throw new AppError('NOT_FOUND');
  }
  async function load(tx: Db, actor: Actor, id: string) {
    const row = await repo.findExternalId(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }
  const entry = (
    row: repo.ExternalIdRow,
    action: 'create' | 'update' | 'delete',
    before: Partial<repo.ExternalIdRow>,
    after: Partial<repo.ExternalIdRow>,
  ) => ({
    entityType: 'external_id' as const,
    entityId: row.id,
    clientId: row.clientId,
    action,
    changes: diffFields(before, after, FIELDS),
  });

  return {
    async list(actor: Actor, clientId: string): Promise<ExternalId[]> {
      assertCan(actor, 'clients.view');
      await assertClient(db, actor, clientId);
      return (await clientsRepo.listExternalIds(db, actor.organizationId, clientId)).map(mapExternalId);
    },

    async add(actor: Actor, clientId: string, body: ExternalIdBody): Promise<ExternalId> {
      assertCan(actor, 'clients.edit');
      return db
        .transaction(async (tx) => {
          await assertClient(tx, actor, clientId);
          const row = await repo.insertExternalId(tx, actor.organizationId, {
            clientId,
            source: body.source?.trim() ?? '',
            externalId: body.externalId.trim(),
            note: body.note?.trim() || null,
          });
          await recordHistory(tx, actor, [entry(row, 'create', {}, row)]);
          return mapExternalId(row);
        })
        .catch(translateClientWriteError);
    },

    async update(actor: Actor, id: string, patch: ExternalIdPatch): Promise<ExternalId> {
      assertCan(actor, 'clients.edit');
      return db
        .transaction(async (tx) => {
          const before = await load(tx, actor, id);
          const values = {
            ...(patch.source !== undefined && { source: patch.source.trim() }),
            ...(patch.externalId !== undefined && { externalId: patch.externalId.trim() }),
            ...(patch.note !== undefined && { note: patch.note?.trim() || null }),
          };
          const after = await repo.updateExternalId(tx, actor.organizationId, id, values);
          if (!after) throw new AppError('NOT_FOUND');
          await recordHistory(tx, actor, [entry(after, 'update', before, after)]);
          return mapExternalId(after);
        })
        .catch(translateClientWriteError);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'clients.edit');
      await db.transaction(async (tx) => {
        const row = await load(tx, actor, id);
        await repo.deleteExternalId(tx, actor.organizationId, id);
        await recordHistory(tx, actor, [entry(row, 'delete', row, {})]);
      });
    },
  };
}

export type ExternalIdsService = ReturnType<typeof externalIdsService>;
