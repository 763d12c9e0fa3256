import type { Account, AccountBody, AccountPatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { foreignKeyViolation, uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import { assertPremiseExists } from '../premises/assert-premise-exists';
import { accountValues } from './account-values';
import * as repo from './accounts.repository';
import { ACCOUNT_HISTORY_FIELDS, accountHistoryFields, mapAccount } from './accounts.view';
import { lockEls } from './lock-els';

function translateWriteError(error: unknown): never {
  const unique = uniqueViolation(error);
  if (unique === 'personal_accounts_number_key') {
    throw fieldError('ACCOUNT_NUMBER_TAKEN', 'number', 'Такой номер уже есть у этого юрлица');
  }
  if (unique === 'personal_accounts_external_id_key') {
    throw fieldError('EXTERNAL_ID_TAKEN', 'externalId', 'Этот внешний идентификатор уже у другого счёта');
  }
  if (foreignKeyViolation(error) === 'personal_accounts_legal_entity_fk') {
    throw fieldError('REFERENCE_NOT_FOUND', 'legalEntityId', 'Юрлицо не найдено');
  }
  throw error;
}

/**
 * A-1 for the ЕЛС: refused when another premise's account has it (issue 17). Locked first, so that
 * a simultaneous save of the same ЕЛС on another premise is checked after this one commits.
 */
async function assertElsFree(tx: Db, organizationId: string, els: string | null, premiseId: string) {
  if (!els) return;
  await lockEls(tx, organizationId, [els]);
  const address = await repo.premiseWithEls(tx, organizationId, els, premiseId);
  if (address !== undefined)
    throw fieldError('ELS_TAKEN', 'els', `Этот ЕЛС уже указан у счёта помещения «${address}»`);
}

export function accountsService({ db }: { db: Db }) {
  async function loadCard(tx: Db, actor: Actor, id: string) {
    const row = await repo.findAccount(tx, actor.organizationId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async listForPremise(actor: Actor, premiseId: string): Promise<Account[]> {
      assertCan(actor, 'premises.view');
      await assertPremiseExists(db, actor, premiseId);
      return (await repo.listPremiseAccounts(db, actor.organizationId, premiseId)).map(mapAccount);
    },

    async create(actor: Actor, premiseId: string, body: AccountBody): Promise<Account> {
      assertCan(actor, 'premises.edit');
      const values = accountValues(body);
      return db
        .transaction(async (tx) => {
          await assertPremiseExists(tx, actor, premiseId);
          await assertElsFree(tx, actor.organizationId, values.els, premiseId);
          const id = await repo.insertAccount(tx, actor.organizationId, premiseId, values, actor.staffId);
          const row = await loadCard(tx, actor, id);
          const changes = diffFields({}, accountHistoryFields(row), ACCOUNT_HISTORY_FIELDS);
          await recordHistory(tx, actor, [
            { entityType: 'account', entityId: id, premiseId, action: 'create', changes },
          ]);
          return mapAccount(row);
        })
        .catch(translateWriteError);
    },

    // every field can be edited.
    async update(actor: Actor, id: string, patch: AccountPatch): Promise<Account> {
      assertCan(actor, 'premises.edit');
      return db
        .transaction(async (tx) => {
          const before = await loadCard(tx, actor, id);
          const values = accountValues({ ...before.account, ...patch });
          if (values.els !== before.account.els)
            await assertElsFree(tx, actor.organizationId, values.els, before.account.premiseId);
          await repo.updateAccount(tx, actor.organizationId, id, values, actor.staffId);
          const after = await loadCard(tx, actor, id);
          const changes = diffFields(
            accountHistoryFields(before),
            accountHistoryFields(after),
            ACCOUNT_HISTORY_FIELDS,
          );
          const premiseId = after.account.premiseId;
          await recordHistory(tx, actor, [
            { entityType: 'account', entityId: id, premiseId, action: 'update', changes },
          ]);
          return mapAccount(after);
        })
        .catch(translateWriteError);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'premises.edit');
      await db.transaction(async (tx) => {
        const before = await loadCard(tx, actor, id);
        await repo.deleteAccount(tx, actor.organizationId, id);
        await recordHistory(tx, actor, [accountDeletion(before)]);
      });
    },

    /** History entries for the accounts a premise deletion takes with it (P-7), read before it. */
    async deletionHistory(tx: Db, actor: Actor, premiseId: string) {
      const rows = await repo.listPremiseAccounts(tx, actor.organizationId, premiseId);
      return rows.map(accountDeletion);
    },
  };
}

function accountDeletion(row: repo.AccountRow) {
  return {
    entityType: 'account' as const,
    entityId: row.account.id,
    premiseId: row.account.premiseId,
    action: 'delete' as const,
    changes: diffFields(accountHistoryFields(row), {}, ACCOUNT_HISTORY_FIELDS),
  };
}

export type AccountsService = ReturnType<typeof accountsService>;
