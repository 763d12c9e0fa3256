import { randomUUID } from 'node:crypto';
import {
  type BatchResult,
  IntegrationAccount,
  IntegrationPremise,
  type ItemResult,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { accountValues } from '../accounts/account-values';
import type { AccountValues } from '../accounts/accounts.repository';
import { ACCOUNT_HISTORY_FIELDS } from '../accounts/accounts.view';
import { type PremiseInput, type PremiseValues, premiseValues } from '../premises/premise-values';
import { objectNames } from '../premises/premises.repository';
import { PREMISE_HISTORY_FIELDS } from '../premises/premises.view';

/** A batch leaves tags alone: the history fields it may change. */
const HISTORY_FIELDS = PREMISE_HISTORY_FIELDS.filter((field) => field !== 'tags');
const ROW_FIELDS = HISTORY_FIELDS.filter((field) => field !== 'object');

import {
  batchResult,
  batchTransaction,
  closeBatch,
  failure,
  isResult,
  openBatch,
  orFailure,
  parseItems,
  withoutRepeats,
} from './batch';
import { refuseElsOfOtherPremises } from './els-on-one-premise';
import * as repo from './premises-batch.repository';

const textId = (key: string) => (item: Record<string, unknown>) =>
  typeof item[key] === 'string' ? (item[key] as string).trim() : null;

const notFound = (field: string, message: string) =>
  new AppError('REFERENCE_NOT_FOUND', { fields: [{ field, code: 'REFERENCE_NOT_FOUND', message }] });

// ---------------------------------------------------------------- premises

/** The fields an item gives (an absent one leaves the premise's value alone). */
export type PremiseGiven = Partial<Omit<IntegrationPremise, 'externalId'>> & { externalId?: string | null };

export type ParsedPremise = {
  index: number;
  externalId: string | null;
  item: PremiseGiven;
  values: PremiseValues;
};

/** As the premises module records a premise: the object's name and the type's label. */
const premiseView = (v: PremiseValues, objects: Map<string, string>) => ({
  ...v,
  object: objects.get(v.objectId) ?? v.objectId,
  type: PREMISE_TYPES[v.type].label,
});

function premiseInputOf(row: repo.PremiseRow): PremiseInput {
  return {
    objectId: row.objectId,
    type: row.type as PremiseType,
    entrance: row.entrance,
    floor: row.floor,
    rooms: row.rooms,
    totalArea: row.totalArea,
    livingArea: row.livingArea,
    cadastralNumber: row.cadastralNumber,
    registeredResidents: row.registeredResidents,
    onlinePayment: row.onlinePayment,
    note: row.note,
    externalId: row.externalId,
  };
}

/** The item over the card: the address is the item's as a whole, other absent fields stay. */
const premiseOver = (row: repo.PremiseRow, item: PremiseGiven) =>
  premiseValues({ ...premiseInputOf(row), ...item });

type PremisePlan =
  | { kind: 'create'; item: ParsedPremise; id: string }
  | { kind: 'update'; item: ParsedPremise; row: repo.PremiseRow; values: PremiseValues };

function decidePremise(
  item: ParsedPremise,
  byExternal: repo.PremiseRow | undefined,
  byAddress: repo.PremiseRow | undefined,
): PremisePlan | ItemResult {
  const taken = (row: repo.PremiseRow) =>
    failure(
      item.index,
      item.externalId,
      'PREMISE_ADDRESS_TAKEN',
      new AppError('PREMISE_ADDRESS_TAKEN', {
        detail: row.externalId
          ? `По этому адресу в объекте уже есть помещение с внешним идентификатором «${row.externalId}»`
          : 'По этому адресу в объекте уже есть другое помещение',
      }),
    );
  if (byExternal) {
    if (byAddress && byAddress.id !== byExternal.id) return taken(byAddress);
    return { kind: 'update', item, row: byExternal, values: premiseOver(byExternal, item.item) };
  }
  if (byAddress) {
    // The premise is already here without this id (entered by hand): the id is attached to it.
    if (byAddress.externalId && byAddress.externalId !== item.externalId) return taken(byAddress);
    return { kind: 'update', item, row: byAddress, values: premiseOver(byAddress, item.item) };
  }
  return { kind: 'create', item, id: randomUUID() };
}

/**
 * I-1: premises of the accounting system, matched by external id, then by address in the
 * object; set-based lookups and one statement per kind of write.
 */
export async function importPremises(db: Db, actor: Actor, raw: unknown[]): Promise<BatchResult> {
  assertCan(actor, 'premises.edit');
  const { parsed, failures } = parseItems(raw, IntegrationPremise, textId('externalId'), (item, index) => ({
    index,
    externalId: item.externalId.trim(),
    item: { ...item, externalId: item.externalId.trim() },
    values: premiseValues({ ...item, externalId: item.externalId.trim() }),
  }));
  const { kept, repeats } = withoutRepeats(
    parsed,
    (p) => [`e:${p.externalId}`, `a:${repo.addressKey(p.values)}`],
    (p) => p.externalId,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  const batchId = await batchTransaction(db, async (tx) => {
    const batchId = await openBatch(tx, actor, 'api.premises');
    results.push(...(await applyPremiseItems(tx, actor, kept)));
    return closeBatch(tx, actor, batchId, results);
  });
  return batchResult(batchId, results);
}

/**
 * The premises of a batch or a file, checked and written inside the caller's transaction: matched
 * by external id (when the item has one), then by address in the object. One result per item.
 */
export async function applyPremiseItems(tx: Db, actor: Actor, kept: ParsedPremise[]): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  const org = actor.organizationId;
  const objects = await objectNames(tx, org, [...new Set(kept.map((p) => p.values.objectId))]);
  const known = kept.filter((p) => {
    if (objects.has(p.values.objectId)) return true;
    results.push(
      failure(p.index, p.externalId, 'REFERENCE_NOT_FOUND', notFound('objectId', 'Объект не найден')),
    );
    return false;
  });
  const byExternal = await repo.premisesByExternalId(
    tx,
    org,
    known.flatMap((p) => (p.externalId ? [p.externalId] : [])),
  );
  const byAddress = await repo.premisesByAddress(
    tx,
    org,
    known.map((p) => p.values),
  );
  const plans: PremisePlan[] = [];
  for (const item of known) {
    const plan = orFailure(item.index, item.externalId, () =>
      decidePremise(
        item,
        item.externalId ? byExternal.get(item.externalId) : undefined,
        byAddress.get(repo.addressKey(item.values)),
      ),
    );
    if (isResult(plan)) results.push(plan);
    else plans.push(plan);
  }
  const creates = plans.filter((p) => p.kind === 'create');
  const updates = plans.filter((p) => p.kind === 'update');
  const changed = updates.filter(
    (p) => diffFields(p.row, p.values, ROW_FIELDS).length > 0 || p.row.objectId !== p.values.objectId,
  );
  await repo.insertPremises(
    tx,
    org,
    creates.map((p) => ({ id: p.id, values: p.item.values })),
    actor.staffId,
  );
  await repo.updatePremises(
    tx,
    org,
    changed.map((p) => ({ id: p.row.id, values: p.values })),
    actor.staffId,
  );
  const history: HistoryEntryInput[] = [];
  for (const p of creates) {
    const changes = diffFields({}, premiseView(p.item.values, objects), HISTORY_FIELDS);
    history.push({ entityType: 'premise', entityId: p.id, premiseId: p.id, action: 'create', changes });
    results.push({ index: p.item.index, externalId: p.item.externalId, status: 'created', id: p.id });
  }
  const beforeObjects = await objectNames(tx, org, [...new Set(updates.map((p) => p.row.objectId))]);
  for (const p of updates) {
    const before = premiseView(p.row as PremiseValues, beforeObjects);
    const changes = diffFields(before, premiseView(p.values, objects), HISTORY_FIELDS);
    if (changes.length > 0) {
      history.push({
        entityType: 'premise',
        entityId: p.row.id,
        premiseId: p.row.id,
        action: 'update',
        changes,
      });
    }
    const status = changes.length > 0 ? 'updated' : 'unchanged';
    results.push({ index: p.item.index, externalId: p.item.externalId, status, id: p.row.id });
  }
  await recordHistory(tx, actor, history);
  return results;
}

// ---------------------------------------------------------------- personal accounts

/** An account of a batch (its premise by external id) or of a file (its premise already known). */
export type ParsedAccount = {
  index: number;
  externalId: string | null;
  premiseExternalId: string | null;
  premiseId?: string;
  item: Partial<IntegrationAccount>;
  values: AccountValues;
};

type AccountPlan =
  | { kind: 'create'; item: ParsedAccount; id: string; premiseId: string }
  | { kind: 'update'; item: ParsedAccount; row: repo.AccountRow; premiseId: string; values: AccountValues };

const numberKey = (legalEntityId: string, number: string) => `${legalEntityId}\u0001${number}`;

function decideAccount(
  item: ParsedAccount,
  premiseId: string,
  byNumber: repo.AccountRow | undefined,
  byExternal: repo.AccountRow | undefined,
): AccountPlan | ItemResult {
  if (byNumber && byExternal && byNumber.id !== byExternal.id) {
    return failure(
      item.index,
      item.externalId,
      'EXTERNAL_ID_TAKEN',
      new AppError('EXTERNAL_ID_TAKEN', {
        detail: `Внешний идентификатор «${item.externalId}» уже у лицевого счёта ${byExternal.number}`,
      }),
    );
  }
  const row = byNumber ?? byExternal;
  if (!row) return { kind: 'create', item, id: randomUUID(), premiseId };
  const values = accountValues({
    legalEntityId: item.values.legalEntityId,
    number: item.values.number,
    els: item.item.els === undefined ? row.els : item.item.els,
    externalId: item.item.externalId === undefined ? row.externalId : item.item.externalId,
    hiddenFromResidents: item.item.hiddenFromResidents ?? row.hiddenFromResidents,
  });
  return { kind: 'update', item, row, premiseId, values };
}

/**
 * I-1: personal accounts, each on the premise named by its external id; matched by number within
 * the legal entity (A-1's unique key), then by the account's external id.
 */
export async function importAccounts(db: Db, actor: Actor, raw: unknown[]): Promise<BatchResult> {
  assertCan(actor, 'premises.edit');
  const { parsed, failures } = parseItems(raw, IntegrationAccount, textId('externalId'), (item, index) => ({
    index,
    externalId: item.externalId?.trim() || null,
    premiseExternalId: item.premiseExternalId.trim(),
    item,
    values: accountValues(item),
  }));
  const { kept, repeats } = withoutRepeats(
    parsed,
    (a) => [
      `n:${numberKey(a.values.legalEntityId, a.values.number)}`,
      ...(a.externalId ? [`e:${a.externalId}`] : []),
    ],
    (a) => a.externalId,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  const batchId = await batchTransaction(db, async (tx) => {
    const batchId = await openBatch(tx, actor, 'api.accounts');
    results.push(...(await applyAccountItems(tx, actor, kept)));
    return closeBatch(tx, actor, batchId, results);
  });
  return batchResult(batchId, results);
}

/**
 * Personal accounts of a batch or a file inside the caller's transaction: matched by number within
 * the legal entity (A-1's key), then by their own external id; one result per item.
 */
export async function applyAccountItems(tx: Db, actor: Actor, kept: ParsedAccount[]): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  const org = actor.organizationId;
  const premises = await repo.premisesByExternalId(tx, org, [
    ...new Set(kept.flatMap((a) => (a.premiseId || !a.premiseExternalId ? [] : [a.premiseExternalId]))),
  ]);
  const entities = await repo.legalEntityNames(tx, org, [
    ...new Set(kept.map((a) => a.values.legalEntityId)),
  ]);
  const found = await repo.findAccounts(
    tx,
    org,
    kept.map((a) => a.values),
    kept.flatMap((a) => (a.externalId ? [a.externalId] : [])),
  );
  const plans: AccountPlan[] = [];
  for (const item of kept) {
    const premiseId =
      item.premiseId ?? (item.premiseExternalId ? premises.get(item.premiseExternalId)?.id : undefined);
    if (!premiseId) {
      const error = notFound('premiseExternalId', 'Помещение с таким внешним идентификатором не найдено');
      results.push(failure(item.index, item.externalId, 'REFERENCE_NOT_FOUND', error));
      continue;
    }
    if (!entities.has(item.values.legalEntityId)) {
      const error = notFound('legalEntityId', 'Юрлицо не найдено');
      results.push(failure(item.index, item.externalId, 'REFERENCE_NOT_FOUND', error));
      continue;
    }
    const plan = orFailure(item.index, item.externalId, () =>
      decideAccount(
        item,
        premiseId,
        found.byNumber.get(numberKey(item.values.legalEntityId, item.values.number)),
        item.externalId ? found.byExternalId.get(item.externalId) : undefined,
      ),
    );
    if (isResult(plan)) results.push(plan);
    else plans.push(plan);
  }
  const judged = await refuseElsOfOtherPremises(tx, org, plans, (p) =>
    p.kind === 'create'
      ? { ...p, number: p.item.values.number, els: p.item.values.els, accountId: null, changesEls: true }
      : {
          ...p,
          number: p.values.number,
          els: p.values.els,
          accountId: p.row.id,
          changesEls: p.values.els !== p.row.els || p.premiseId !== p.row.premiseId,
        },
  );
  results.push(...judged.refused);
  const creates = judged.kept.filter((p) => p.kind === 'create');
  const updates = judged.kept.filter((p) => p.kind === 'update');
  const view = (v: AccountValues) => ({
    ...v,
    legalEntity: entities.get(v.legalEntityId) ?? v.legalEntityId,
  });
  const beforeEntities = await repo.legalEntityNames(tx, org, [
    ...new Set(updates.map((p) => p.row.legalEntityId)),
  ]);
  const changesOf = (p: Extract<AccountPlan, { kind: 'update' }>) => {
    const before = {
      ...p.row,
      legalEntity: beforeEntities.get(p.row.legalEntityId) ?? p.row.legalEntityId,
    };
    const moved: { field: string; old: unknown; new: unknown }[] =
      p.row.premiseId === p.premiseId ? [] : [{ field: 'premise', old: p.row.premiseId, new: p.premiseId }];
    return [...moved, ...diffFields(before, view(p.values), ACCOUNT_HISTORY_FIELDS)];
  };
  const changed = updates.filter((p) => changesOf(p).length > 0);
  await repo.insertAccounts(
    tx,
    org,
    creates.map((p) => ({ id: p.id, premiseId: p.premiseId, values: p.item.values })),
    actor.staffId,
  );
  await repo.updateAccounts(
    tx,
    org,
    changed.map((p) => ({ id: p.row.id, premiseId: p.premiseId, values: p.values })),
    actor.staffId,
  );
  const history: HistoryEntryInput[] = [];
  for (const p of creates) {
    const changes = diffFields({}, view(p.item.values), ACCOUNT_HISTORY_FIELDS);
    history.push({
      entityType: 'account',
      entityId: p.id,
      premiseId: p.premiseId,
      action: 'create',
      changes,
    });
    results.push({ index: p.item.index, externalId: p.item.externalId, status: 'created', id: p.id });
  }
  for (const p of updates) {
    const changes = changesOf(p);
    if (changes.length > 0) {
      history.push({
        entityType: 'account',
        entityId: p.row.id,
        premiseId: p.premiseId,
        action: 'update',
        changes,
      });
    }
    results.push({
      index: p.item.index,
      externalId: p.item.externalId,
      status: changes.length > 0 ? 'updated' : 'unchanged',
      id: p.row.id,
    });
  }
  await recordHistory(tx, actor, history);
  return results;
}
