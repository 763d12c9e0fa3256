import type { Account } from '@domovoy/contract';
import type { AccountRow } from './accounts.repository';

export function mapAccount({ account, legalEntityName, balanceAmount, balancePeriod }: AccountRow): Account {
  return {
    id: account.id,
    premiseId: account.premiseId,
    legalEntityId: account.legalEntityId,
    legalEntityName,
    number: account.number,
    els: account.els,
    externalId: account.externalId,
    hiddenFromResidents: account.hiddenFromResidents,
    balance:
      balanceAmount !== null && balancePeriod !== null
        ? { amount: balanceAmount, period: balancePeriod.slice(0, 7) }
        : null,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

/** The fields the change history records for an account. */
export function accountHistoryFields(row: AccountRow) {
  return {
    legalEntity: row.legalEntityName,
    number: row.account.number,
    els: row.account.els,
    externalId: row.account.externalId,
    hiddenFromResidents: row.account.hiddenFromResidents,
  };
}

export const ACCOUNT_HISTORY_FIELDS = [
  'legalEntity',
  'number',
  'els',
  'externalId',
  'hiddenFromResidents',
] as const;
