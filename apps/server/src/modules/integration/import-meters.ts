import { randomUUID } from 'node:crypto';
import {
  type BatchResult,
  type FieldProblem,
  IntegrationMeter,
  type ItemResult,
  METER_RESOURCES,
  type MeterResource,
  meterResourceLabel,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { batchResult, batchTransaction, failure, parseItems, withoutRepeats } from './batch';
import * as repo from './meters-batch.repository';

type ParsedMeter = {
  index: number;
  externalId: string;
  premiseExternalId: string;
  accountNumber: string | null | undefined;
  resource: MeterResource;
  tariffs: number;
  serialNumber: string;
  place: string | null | undefined;
  installedOn: string | null | undefined;
  verifiedOn: string | null | undefined;
  nextVerificationOn: string | null | undefined;
};

function parseMeter(item: IntegrationMeter, index: number): ParsedMeter {
  const parsed = {
    index,
    externalId: item.externalId.trim(),
    premiseExternalId: item.premiseExternalId.trim(),
    accountNumber: item.accountNumber === undefined ? undefined : item.accountNumber?.trim() || null,
    resource: item.resource,
    tariffs: item.tariffs ?? 1,
    serialNumber: item.serialNumber.trim(),
    place: item.place === undefined ? undefined : item.place?.trim() || null,
    installedOn: item.installedOn,
    verifiedOn: item.verifiedOn,
    nextVerificationOn: item.nextVerificationOn,
  };
  const empty = (['externalId', 'premiseExternalId', 'serialNumber'] as const).filter((f) => !parsed[f]);
  const fields: FieldProblem[] = empty.map((field) => ({
    field,
    code: 'REQUIRED',
    message: 'Заполните поле',
  }));
  if (parsed.tariffs > METER_RESOURCES[parsed.resource].maxTariffs) {
    fields.push({
      field: 'tariffs',
      code: 'TARIFFS',
      message: 'Несколько тарифов бывает только у электроэнергии',
    });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  return parsed;
}

const notFound = (field: string, message: string) =>
  new AppError('REFERENCE_NOT_FOUND', { fields: [{ field, code: 'REFERENCE_NOT_FOUND', message }] });

/** The fields of a meter an item sets; absent ones are left alone, null clears. */
function valuesOf(p: ParsedMeter, premiseId: string, accountId: string | null | undefined) {
  const values: Partial<repo.BatchMeterInsert> = {
    premiseId,
    resource: p.resource,
    tariffs: p.tariffs,
    serialNumber: p.serialNumber,
  };
  if (accountId !== undefined) values.accountId = accountId;
  for (const field of ['place', 'installedOn', 'verifiedOn', 'nextVerificationOn'] as const) {
    if (p[field] !== undefined) values[field] = p[field];
  }
  return values;
}

const historyOf = (row: Partial<repo.BatchMeterInsert>, accountNumber: string | null | undefined) => ({
  resource: row.resource ? meterResourceLabel(row.resource as MeterResource, row.tariffs ?? 1) : undefined,
  serialNumber: row.serialNumber,
  place: row.place ?? null,
  account: accountNumber ?? null,
  installedOn: row.installedOn ?? null,
  verifiedOn: row.verifiedOn ?? null,
  nextVerificationOn: row.nextVerificationOn ?? null,
});
const HISTORY_FIELDS = [
  'resource',
  'serialNumber',
  'place',
  'installedOn',
  'verifiedOn',
  'nextVerificationOn',
] as const;

/**
 * Issue 13: meters of the accounting system, matched by their external id (one id space with the
 * CRM's), the premise by its external id and the account by its number on that premise. A known
 * meter is updated (moved to another premise if the item says so); its resource and tariffs are
 * fixed once it has readings. Like the billing batches, no rollback record (batchId null).
 */
export async function importMeters(db: Db, actor: Actor, raw: unknown[]): Promise<BatchResult> {
  assertCan(actor, 'premises.edit');
  const org = actor.organizationId;
  const { parsed, failures } = parseItems(
    raw,
    IntegrationMeter,
    (item) => (typeof item.externalId === 'string' ? item.externalId.trim() : null),
    parseMeter,
  );
  const { kept, repeats } = withoutRepeats(
    parsed,
    (p) => [p.externalId],
    (p) => p.externalId,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  await batchTransaction(db, async (tx) => {
    const { premiseIds, accounts } = await repo.premisesAndAccounts(tx, org, [
      ...new Set(kept.map((p) => p.premiseExternalId)),
    ]);
    const before = await repo.metersByExternalId(
      tx,
      org,
      kept.map((p) => p.externalId),
    );
    const fixed = await repo.withReadings(
      tx,
      org,
      [...before.values()].map((m) => m.id),
    );
    const inserts: repo.BatchMeterInsert[] = [];
    const history: HistoryEntryInput[] = [];
    for (const p of kept) {
      const premiseId = premiseIds.get(p.premiseExternalId);
      if (!premiseId) {
        const error = notFound('premiseExternalId', 'Помещение с таким внешним идентификатором не найдено');
        results.push(failure(p.index, p.externalId, 'REFERENCE_NOT_FOUND', error));
        continue;
      }
      const account = p.accountNumber ? accounts.get(repo.accountKey(premiseId, p.accountNumber)) : undefined;
      if (p.accountNumber && !account) {
        const error = notFound('accountNumber', 'Лицевой счёт с таким номером не найден у этого помещения');
        results.push(failure(p.index, p.externalId, 'REFERENCE_NOT_FOUND', error));
        continue;
      }
      const accountId = p.accountNumber === undefined ? undefined : (account?.id ?? null);
      const values = valuesOf(p, premiseId, accountId);
      const row = before.get(p.externalId);
      if (!row) {
        const id = randomUUID();
        inserts.push({
          organizationId: org,
          id,
          externalSource: '',
          externalId: p.externalId,
          ...values,
        } as repo.BatchMeterInsert);
        const changes = diffFields({}, historyOf(values, account?.number), [...HISTORY_FIELDS, 'account']);
        history.push({ entityType: 'meter', entityId: id, premiseId, action: 'create', changes });
        results.push({ index: p.index, externalId: p.externalId, status: 'created', id });
        continue;
      }
      if ((row.resource !== p.resource || row.tariffs !== p.tariffs) && fixed.has(row.id)) {
        results.push(failure(p.index, p.externalId, 'METER_HAS_READINGS'));
        continue;
      }
      const changed = Object.entries(values).filter(([k, v]) => row[k as keyof typeof row] !== v);
      if (changed.length === 0) {
        results.push({ index: p.index, externalId: p.externalId, status: 'unchanged', id: row.id });
        continue;
      }
      await repo.updateMeter(tx, org, row.id, values);
      const changes = diffFields(
        historyOf(row, undefined),
        historyOf({ ...row, ...values }, undefined),
        HISTORY_FIELDS,
      );
      if (accountId !== undefined && accountId !== row.accountId) {
        changes.push({ field: 'account', old: null, new: account?.number ?? null });
      }
      history.push({ entityType: 'meter', entityId: row.id, premiseId, action: 'update', changes });
      results.push({ index: p.index, externalId: p.externalId, status: 'updated', id: row.id });
    }
    await repo.insertMeters(tx, inserts);
    await recordHistory(tx, actor, history);
  });
  return batchResult(null, results);
}
