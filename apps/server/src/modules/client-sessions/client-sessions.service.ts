import type { ClientSession } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { recordHistory } from '../../platform/history';
import type { ClientsService } from '../clients/clients.service';
import * as repo from './client-sessions.repository';
import { deviceLabel, mapClientSession } from './client-sessions.view';

type Deps = { db: Db; clients: ClientsService };

/**
 * S-1..S-3: the devices a client card's resident is signed in on in this organisation's app
 * (T-3: the account is shared across organisations, its sessions here are not), and ending one.
 * Read with «Клиенты: доступ к разделу», ended with «Редактирование».
 */
export function clientSessionsService({ db, clients }: Deps) {
  return {
    async list(actor: Actor, clientId: string): Promise<ClientSession[]> {
      assertCan(actor, 'clients.view');
      const accountId = await clients.accountIdOf(actor, clientId);
      if (!accountId) return [];
      const rows = await repo.listSessions(db, actor.organizationId, accountId);
      return rows.map(mapClientSession);
    },

    /** S-2: the device's next call is refused (401) and it must sign in again; R-4 names who did it. */
    async deactivate(actor: Actor, clientId: string, sessionId: string): Promise<void> {
      assertCan(actor, 'clients.view', 'clients.edit');
      await db.transaction(async (tx) => {
        const accountId = await clients.accountIdOf(actor, clientId, tx);
        const row = accountId && (await repo.deleteSession(tx, actor.organizationId, accountId, sessionId));
        if (!row) throw new AppError('NOT_FOUND');
        await recordHistory(tx, actor, [
          {
            entityType: 'resident_session',
            entityId: row.id,
            clientId,
            action: 'delete',
            changes: [{ field: 'device', old: deviceLabel(row), new: null }],
          },
        ]);
      });
    },
  };
}

export type ClientSessionsService = ReturnType<typeof clientSessionsService>;
