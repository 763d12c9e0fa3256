import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { importRows } from '../../db/schema';
import { AppError } from '../../platform/errors';
import type { PremiseGiven } from '../integration/import-premises';
import type { Reason } from './apply-premises-file';
import { existingPremises, givenOf, premiseGiven, premiseKey, withoutAddress } from './apply-premises-file';
import { PREMISE_KEYS, type RowValues, type TemplateKind } from './columns';
import type { ImportRow } from './imports.repository';
import { columnKeyOf } from './match-headers';

const ADDRESS_FIELDS = ['type', 'street', 'house', 'building', 'number', 'room', 'externalId'] as const;

/**
 * The premises of a file's rows with errors (loaded «только строки без ошибок»): their premises
 * are left as they are, and I-5 removes none of their owners. `byKey`: the premise's key (as
 * `premiseKey` gives it) → the first such row; `unknown`: rows whose premise cannot be told (a cell
 * naming it failed), so I-5 cannot trust the file at all. A row of a client alone has no premise.
 */
export async function erroneousRowPremises(
  tx: Db,
  job: ImportRow,
): Promise<{ byKey: Map<string, number>; unknown: number[] }> {
  const byKey = new Map<string, number>();
  const unknown: number[] = [];
  const { objectId } = job;
  if (!objectId || (job.errorCount ?? 0) === 0) return { byKey, unknown };
  const kind: TemplateKind = job.kind === 'premises' ? 'premises' : 'consolidated';
  const existing = existingPremises(tx, job.organizationId, objectId);
  for (let after = 0; ; ) {
    const page = await tx
      .select({ rowNumber: importRows.rowNumber, values: importRows.values, errors: importRows.errors })
      .from(importRows)
      .where(
        and(
          eq(importRows.organizationId, job.organizationId),
          eq(importRows.importId, job.id),
          isNotNull(importRows.errors),
          gt(importRows.rowNumber, after),
        ),
      )
      .orderBy(asc(importRows.rowNumber))
      .limit(1000);
    if (page.length === 0) break;
    after = page[page.length - 1]?.rowNumber ?? after;
    const named = await existing.find(
      page.filter((r) => !r.values.premiseType).map((r) => r.values as RowValues<'premises'>),
    );
    for (const { rowNumber, values: raw, errors } of page) {
      const values = raw as RowValues<'premises'>;
      const failed = (errors ?? []).map((e) => columnKeyOf(kind, e.column));
      if (failed.some((key) => key === undefined || (PREMISE_KEYS as readonly string[]).includes(key))) {
        unknown.push(rowNumber);
        continue;
      }
      if (!values.premiseType && !values.address && !values.premiseExternalId) continue; // a client alone
      const key = keyOf(values, objectId, named);
      if (key === undefined) unknown.push(rowNumber);
      else if (!byKey.has(key)) byKey.set(key, rowNumber);
    }
  }
  return { byKey, unknown };
}

/** Why the rows of a premise with a row with errors are held back, by the premise's key. */
export const heldForErrors = (byKey: Map<string, number>): Map<string, Reason> =>
  new Map(
    [...byKey].map(([key, row]) => [
      key,
      { message: `Помещение не загружено: в строке ${row} этого помещения есть ошибки` },
    ]),
  );

/** The row's premise key as the apply would make it, from its address alone (its other cells may be wrong). */
function keyOf(
  values: RowValues<'premises'>,
  objectId: string,
  named: Awaited<ReturnType<ReturnType<typeof existingPremises>['find']>>,
): string | undefined {
  let given = premiseGiven(values, objectId);
  if (!values.premiseType) {
    const found = named(values);
    if (typeof found === 'string') {
      // Not stored yet: another row may create it under this external id.
      return values.premiseExternalId ? `e:${values.premiseExternalId}` : undefined;
    }
    given = { ...givenOf(found, objectId), ...withoutAddress(given) };
  }
  const address: PremiseGiven = { objectId };
  for (const field of ADDRESS_FIELDS) (address as Record<string, unknown>)[field] = given[field];
  try {
    return premiseKey(address, objectId);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return undefined;
  }
}
