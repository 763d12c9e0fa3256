import {
  type BatchResult,
  ERRORS,
  type ErrorCode,
  type ItemResult,
  type ItemStatus,
} from '@domovoy/contract';
import type { Static, TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import { type SchemaError, toFieldProblems } from '../../platform/validation-messages';
import * as repo from './batch.repository';

/** Shared steps of the integration batches (I-1): per-item checks, results, the batch record. */

export function failure(
  index: number,
  externalId: string | null,
  code: ErrorCode,
  error?: AppError,
): ItemResult {
  return {
    index,
    externalId,
    status: 'error',
    id: null,
    code,
    message: error?.options.detail ?? ERRORS[code].message,
    ...(error?.options.fields ? { errors: error.options.fields } : {}),
  };
}

export const isResult = (value: object): value is ItemResult => 'status' in value;

/** Runs `fn`; a rule it breaks (an AppError) becomes the item's error result. */
export function orFailure<T extends object>(
  index: number,
  externalId: string | null,
  fn: () => T,
): T | ItemResult {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AppError) return failure(index, externalId, error.code, error);
    throw error;
  }
}

/**
 * Each raw item checked against the item schema on its own (a bad item does not fail the batch),
 * then turned into the parsed form by `toParsed` (the card rules).
 */
const validators = new WeakMap<TSchema, Validator>();

/** The item schema compiled once: a batch checks up to 1,000 items against it. */
function validatorOf(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

export function parseItems<S extends TSchema, P extends object>(
  raw: unknown[],
  schema: S,
  externalIdOf: (item: Record<string, unknown>) => string | null,
  toParsed: (item: Static<S>, index: number, externalId: string | null) => P,
): { parsed: P[]; failures: ItemResult[] } {
  const parsed: P[] = [];
  const failures: ItemResult[] = [];
  raw.forEach((item, index) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const externalId = externalIdOf(record);
    const validator = validatorOf(schema);
    const problems = validator.Check(item) ? [] : toFieldProblems(validator.Errors(item) as SchemaError[]);
    if (problems.length > 0) {
      failures.push(
        failure(
          index,
          externalId,
          'VALIDATION_FAILED',
          new AppError('VALIDATION_FAILED', { fields: problems }),
        ),
      );
      return;
    }
    const outcome = orFailure(index, externalId, () => toParsed(item as Static<S>, index, externalId));
    if (isResult(outcome)) failures.push(outcome);
    else parsed.push(outcome);
  });
  return { parsed, failures };
}

/** Items after the first with one of the same keys are refused: one change per record per batch. */
export function withoutRepeats<P extends { index: number }>(
  items: P[],
  keysOf: (item: P) => string[],
  externalIdOf: (item: P) => string | null,
): { kept: P[]; repeats: ItemResult[] } {
  const seen = new Set<string>();
  const kept: P[] = [];
  const repeats: ItemResult[] = [];
  for (const item of items) {
    const keys = keysOf(item);
    if (keys.some((key) => seen.has(key))) {
      repeats.push(failure(item.index, externalIdOf(item), 'DUPLICATE_IN_BATCH'));
      continue;
    }
    for (const key of keys) seen.add(key);
    kept.push(item);
  }
  return { kept, repeats };
}

export function summarise(results: ItemResult[]): Record<ItemStatus, number> {
  const summary: Record<ItemStatus, number> = { created: 0, updated: 0, merged: 0, unchanged: 0, error: 0 };
  for (const result of results) summary[result.status] += 1;
  return summary;
}

/**
 * A batch's transaction. The batch looked its records up before writing; a unique key violated
 * all the same means another request wrote the same new record meanwhile (two loads of one file
 * at once): the whole batch is undone and the caller asked to repeat it, which then finds the
 * records and changes nothing twice.
 */
export async function batchTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    throw importError(error);
  }
}

/** A batch's failure as the caller is told it: a unique key violated is IMPORT_CONCURRENT. */
export function importError(error: unknown): unknown {
  return uniqueViolation(error) !== undefined ? new AppError('IMPORT_CONCURRENT') : error;
}

/**
 * Opens the batch record at the start of its transaction: from here on every row the batch writes
 * is recorded with its images (migration 0005's trigger) for an exact rollback. A batch written in
 * several transactions (a file's apply, page by page) is `applying` until `finishBatch`.
 */
export async function openBatch(
  tx: Db,
  actor: Actor,
  kind: string,
  status: 'applied' | 'applying' = 'applied',
): Promise<string> {
  const id = await repo.insertBatch(tx, {
    organizationId: actor.organizationId,
    kind,
    status,
    apiKeyId: actor.apiKeyId ?? null,
    staffId: actor.staffId,
    actorName: actor.name,
    summary: {},
  });
  await repo.captureChangesOf(tx, actor.organizationId, id);
  return id;
}

/** The batch's counts; a batch that changed nothing leaves no record (its id is null). */
export async function closeBatch(tx: Db, actor: Actor, id: string, results: ItemResult[]) {
  return finishBatch(tx, actor, id, summarise(results));
}

export async function finishBatch(tx: Db, actor: Actor, id: string, summary: Record<string, number>) {
  if (!(await repo.hasChanges(tx, actor.organizationId, id))) {
    await repo.deleteBatch(tx, actor.organizationId, id);
    return null;
  }
  await repo.setSummary(tx, actor.organizationId, id, summary);
  return id;
}

export function batchResult(batchId: string | null, results: ItemResult[]): BatchResult {
  results.sort((a, b) => a.index - b.index);
  return { batchId, summary: summarise(results), results };
}

/** How a record-by-record batch names an item in its result, and the keys two items of one record share. */
export type ItemNaming<P> = {
  /** The name of an item the schema refused (it never became a `P`). */
  rawRef: (item: Record<string, unknown>) => string | null;
  ref: (item: P) => string | null;
  /** Items after the first with one of the same keys are refused (DUPLICATE_IN_BATCH). */
  keys: (item: P) => string[];
};

/**
 * A batch of records written one by one (requests, activity records, meter readings): items the
 * schema refuses and repeats of a record are answered per item, the rest are written in one
 * transaction, where an item refused with an AppError keeps its reason and the others go on. Not
 * recorded for rollback (batchId null).
 */
export async function applyEach<S extends TSchema, P extends { index: number }>(
  db: Db,
  raw: unknown[],
  schema: S,
  naming: ItemNaming<P>,
  toParsed: (item: Static<S>, index: number) => P,
  apply: (tx: Db, item: P) => Promise<ItemResult>,
): Promise<BatchResult> {
  const { parsed, failures } = parseItems(raw, schema, naming.rawRef, toParsed);
  const { kept, repeats } = withoutRepeats(parsed, naming.keys, naming.ref);
  const results = await batchTransaction(db, async (tx) => {
    const out: ItemResult[] = [];
    for (const item of kept) {
      try {
        out.push(await apply(tx, item));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        out.push(failure(item.index, naming.ref(item), error.code, error));
      }
    }
    return out;
  });
  return batchResult(null, [...failures, ...repeats, ...results]);
}

/** `applyEach` for records each named by its own `externalId` (requests, activity records). */
export function applyEachByExternalId<S extends TSchema, P extends { index: number; externalId: string }>(
  db: Db,
  raw: unknown[],
  schema: S,
  toParsed: (item: Static<S>, index: number) => P,
  apply: (tx: Db, item: P) => Promise<ItemResult>,
): Promise<BatchResult> {
  const naming: ItemNaming<P> = {
    rawRef: (item) => (typeof item.externalId === 'string' ? item.externalId : null),
    ref: (item) => item.externalId,
    keys: (item) => [item.externalId],
  };
  return applyEach(db, raw, schema, naming, toParsed, apply);
}
