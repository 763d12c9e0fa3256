import { randomUUID } from 'node:crypto';
import {
  type BatchResult,
  type FieldProblem,
  IntegrationInsurance,
  type ItemResult,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { batchResult, batchTransaction, failure, parseItems, withoutRepeats } from './batch';
import * as repo from './billing-batch.repository';

type ParsedPolicy = {
  index: number;
  premiseExternalId: string;
  insurer: string;
  number: string;
  validFrom: string;
  validTo: string;
};

function parsePolicy(item: IntegrationInsurance, index: number): ParsedPolicy {
  const parsed = {
    index,
    premiseExternalId: item.premiseExternalId.trim(),
    insurer: item.insurer.trim(),
    number: item.number.trim(),
    validFrom: item.validFrom,
    validTo: item.validTo,
  };
  const empty = (['premiseExternalId', 'insurer', 'number'] as const).filter((field) => !parsed[field]);
  const fields: FieldProblem[] = empty.map((field) => ({
    field,
    code: 'REQUIRED',
    message: 'Заполните поле',
  }));
  if (parsed.validTo < parsed.validFrom) {
    fields.push({ field: 'validTo', code: 'PERIOD_ORDER', message: 'Окончание действия раньше его начала' });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  return parsed;
}

/**
 * APP-3: insurance policies of premises, the premise by its external id (as the accounts batch
 * names it), the policy by its number on the premise: a known number is replaced, a new one added.
 */
export async function importInsurance(db: Db, actor: Actor, raw: unknown[]): Promise<BatchResult> {
  assertCan(actor, 'premises.edit');
  const org = actor.organizationId;
  const { parsed, failures } = parseItems(
    raw,
    IntegrationInsurance,
    (item) => (typeof item.premiseExternalId === 'string' ? item.premiseExternalId.trim() : null),
    parsePolicy,
  );
  const { kept, repeats } = withoutRepeats(
    parsed,
    (p) => [`${p.premiseExternalId}\u0001${p.number}`],
    (p) => p.premiseExternalId,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  await batchTransaction(db, async (tx) => {
    const premises = await repo.premiseIdsByExternalId(tx, org, [
      ...new Set(kept.map((p) => p.premiseExternalId)),
    ]);
    const known = kept.filter((p) => {
      if (premises.has(p.premiseExternalId)) return true;
      const error = new AppError('REFERENCE_NOT_FOUND', {
        fields: [
          {
            field: 'premiseExternalId',
            code: 'REFERENCE_NOT_FOUND',
            message: 'Помещение с таким внешним идентификатором не найдено',
          },
        ],
      });
      results.push(failure(p.index, p.premiseExternalId, 'REFERENCE_NOT_FOUND', error));
      return false;
    });
    const before = await repo.policiesOf(tx, org, [...new Set(premises.values())]);
    const writes: repo.PolicyValues[] = [];
    for (const p of known) {
      const premiseId = premises.get(p.premiseExternalId) as string;
      const row = before.get(repo.policyKey(premiseId, p.number));
      const same =
        row && row.insurer === p.insurer && row.validFrom === p.validFrom && row.validTo === p.validTo;
      const id = row?.id ?? randomUUID();
      if (!same) writes.push({ id, premiseId, ...p });
      const status = !row ? 'created' : same ? 'unchanged' : 'updated';
      results.push({ index: p.index, externalId: p.premiseExternalId, status, id });
    }
    await repo.upsertPolicies(tx, org, writes);
  });
  return batchResult(null, results);
}
