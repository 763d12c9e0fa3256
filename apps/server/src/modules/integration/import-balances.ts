import { type BatchResult, IntegrationBalance, type ItemResult } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { batchResult, batchTransaction, failure, parseItems, withoutRepeats } from './batch';
import * as repo from './billing-batch.repository';

/** A sum due as the accounting system sent it, its account named by number or by external id. */
type ParsedBalance = {
  index: number;
  ref: string | null;
  byNumber: { legalEntityId: string; number: string } | null;
  accountExternalId: string | null;
  amount: string;
  period: string;
  computedAt: string | null;
};

const invalid = (field: string, code: string, message: string) =>
  new AppError('VALIDATION_FAILED', { fields: [{ field, code, message }] });

const MONEY = /^-?\d{1,12}(\.\d{1,2})?$/;

/** Roubles with at most two decimals, as numeric(14,2) keeps them: «1234.50». */
export function moneyOf(amount: number | string): string {
  const text = typeof amount === 'number' ? String(amount) : amount.trim().replace(',', '.');
  if (!MONEY.test(text)) {
    throw invalid(
      'amount',
      'AMOUNT_FORMAT',
      'Сумма — число рублей, не больше двух знаков после точки и 12 цифр до неё, например 1234.50',
    );
  }
  const fixed = Number(text).toFixed(2);
  return fixed === '-0.00' ? '0.00' : fixed;
}

function parseBalance(item: IntegrationBalance, index: number): ParsedBalance {
  const legalEntityId = item.legalEntityId ?? null;
  const number = item.accountNumber?.trim() || null;
  const accountExternalId = item.accountExternalId?.trim() || null;
  const byNumber = legalEntityId && number ? { legalEntityId, number } : null;
  if (!byNumber && (legalEntityId || number || !accountExternalId)) {
    throw invalid(
      number ? 'legalEntityId' : 'accountNumber',
      'REQUIRED',
      'Укажите лицевой счёт: юрлицо (legalEntityId) и номер (accountNumber) или внешний идентификатор счёта (accountExternalId)',
    );
  }
  return {
    index,
    ref: accountExternalId ?? number,
    byNumber,
    accountExternalId,
    amount: moneyOf(item.amount),
    period: `${item.period}-01`,
    computedAt: item.computedAt ? new Date(item.computedAt).toISOString() : null,
  };
}

const sameInstant = (a: Date | null, b: string | null) => (a ? a.toISOString() : null) === b;

/**
 * APP-2: sums due per personal account. One row per account, replaced whole by each sending; a sum
 * for an earlier month than the one kept is refused (a late retry must not hide a newer bill).
 */
export async function importBalances(db: Db, actor: Actor, raw: unknown[]): Promise<BatchResult> {
  assertCan(actor, 'premises.edit');
  const org = actor.organizationId;
  const { parsed, failures } = parseItems(
    raw,
    IntegrationBalance,
    (item) =>
      typeof item.accountExternalId === 'string'
        ? item.accountExternalId.trim()
        : typeof item.accountNumber === 'string'
          ? item.accountNumber.trim()
          : null,
    parseBalance,
  );
  const { kept, repeats } = withoutRepeats(
    parsed,
    (b) =>
      b.byNumber
        ? [`n:${repo.numberKey(b.byNumber.legalEntityId, b.byNumber.number)}`]
        : [`e:${b.accountExternalId}`],
    (b) => b.ref,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  await batchTransaction(db, async (tx) => {
    const found = await repo.findAccounts(
      tx,
      org,
      [...new Set(kept.flatMap((b) => (b.byNumber ? [b.byNumber.number] : [])))],
      [...new Set(kept.flatMap((b) => (b.byNumber ? [] : [b.accountExternalId as string])))],
    );
    const resolved: { item: ParsedBalance; accountId: string }[] = [];
    const seen = new Set<string>();
    for (const item of kept) {
      const account = item.byNumber
        ? found.byNumber.get(repo.numberKey(item.byNumber.legalEntityId, item.byNumber.number))
        : found.byExternalId.get(item.accountExternalId as string);
      if (!account) {
        const field = item.byNumber ? 'accountNumber' : 'accountExternalId';
        const error = new AppError('REFERENCE_NOT_FOUND', {
          fields: [{ field, code: 'REFERENCE_NOT_FOUND', message: 'Лицевой счёт не найден' }],
        });
        results.push(failure(item.index, item.ref, 'REFERENCE_NOT_FOUND', error));
      } else if (seen.has(account.id)) {
        // The same account named once by number and once by external id.
        results.push(failure(item.index, item.ref, 'DUPLICATE_IN_BATCH'));
      } else {
        seen.add(account.id);
        resolved.push({ item, accountId: account.id });
      }
    }
    const before = await repo.balancesOf(
      tx,
      org,
      resolved.map((r) => r.accountId),
    );
    const writes: repo.BalanceValues[] = [];
    for (const { item, accountId } of resolved) {
      const row = before.get(accountId);
      if (row && row.period > item.period) {
        const error = invalid(
          'period',
          'PERIOD_OLDER',
          `Уже загружена сумма за ${row.period.slice(0, 7)}: сумма за более ранний месяц не принимается`,
        );
        results.push(failure(item.index, item.ref, 'VALIDATION_FAILED', error));
        continue;
      }
      const same =
        row &&
        row.amount === item.amount &&
        row.period === item.period &&
        sameInstant(row.computedAt, item.computedAt);
      if (!same)
        writes.push({ accountId, amount: item.amount, period: item.period, computedAt: item.computedAt });
      const status = !row ? 'created' : same ? 'unchanged' : 'updated';
      results.push({ index: item.index, externalId: item.ref, status, id: accountId });
    }
    await repo.upsertBalances(tx, org, writes);
  });
  // Not a rollback batch (docs/decisions.md «Sums due and insurance»): the next sending replaces it.
  return batchResult(null, results);
}
