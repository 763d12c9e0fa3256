import {
  formatPremiseAddress,
  type ImportJob,
  type ItemResult,
  type ItemStatus,
  type PremiseType,
} from '@domovoy/contract';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { checkpoint, isChunkedOnEmbedded } from '../../db/chunked-transaction';
import { type Db, queryRows } from '../../db/database';
import { growingTableStats, PREMISE_TABLES } from '../../db/planner-stats';
import { importRows, personalAccounts, premises } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { accountValues } from '../accounts/account-values';
import {
  applyAccountItems,
  applyPremiseItems,
  type ParsedAccount,
  type PremiseGiven,
} from '../integration/import-premises';
import { addressKey, type PremiseRow, premisesByExternalId } from '../integration/premises-batch.repository';
import { premiseValues } from '../premises/premise-values';
import { ACCOUNT_COLUMNS, type RowValues } from './columns';
import { erroneousRowPremises, heldForErrors } from './erroneous-premises';
import { applyFileTags } from './file-tags';
import { applyHoldingBack, heldBackList, heldInPreview } from './held-back';
import type { ImportRow } from './imports.repository';

type Counts = Record<'created' | 'updated' | 'unchanged', number>;

/** What a file does (or would do): counts, and the rows refused while applying. */
export type FileOutcome = NonNullable<ImportJob['preview']>;
/** A row refused while applying, and why (`column`, `value`: the cell that is the reason). */
export type Refusal = FileOutcome['refused'][number];
/** Why a row is not applied, as its refusal says it. */
export type Reason = Omit<Refusal, 'row'>;

/**
 * Rows in a page of the file as the apply and the preview go through it: 1,000, but 250 in an apply
 * on the embedded database, where a page is what other requests wait for (see `checkpoint`).
 */
export const pageRows = (db: Db) => (isChunkedOnEmbedded(db) ? 250 : 1000);
const ADDRESS_KEYS = ['premiseType', 'street', 'house', 'building', 'number', 'room'] as const;

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

function count(counts: Counts, status: ItemStatus) {
  if (status === 'created' || status === 'updated' || status === 'unchanged') counts[status] += 1;
}

/** The premise fields a row gives: a column absent from the file leaves the premise's value alone. */
export function premiseGiven(values: RowValues<'premises'>, objectId: string): PremiseGiven {
  const given: PremiseGiven = { objectId, type: values.premiseType ?? undefined };
  // The address is the row's as a whole (it is how the row names the premise).
  for (const key of ADDRESS_KEYS.slice(1)) (given as Record<string, unknown>)[key] = values[key] ?? null;
  for (const key of [
    'entrance',
    'floor',
    'rooms',
    'totalArea',
    'livingArea',
    'cadastralNumber',
    'registeredResidents',
  ] as const) {
    if (key in values) (given as Record<string, unknown>)[key] = values[key] ?? null;
  }
  if ('premiseExternalId' in values) given.externalId = values.premiseExternalId ?? null;
  return given;
}

/** A premise's stored fields as the fields a row would give. */
export function givenOf(premise: PremiseRow, objectId: string): PremiseGiven {
  return {
    objectId,
    type: premise.type as PremiseType,
    street: premise.street,
    house: premise.house,
    building: premise.building,
    number: premise.number,
    room: premise.room,
    entrance: premise.entrance,
    floor: premise.floor,
    rooms: premise.rooms,
    totalArea: premise.totalArea,
    livingArea: premise.livingArea,
    cadastralNumber: premise.cadastralNumber,
    registeredResidents: premise.registeredResidents,
    externalId: premise.externalId,
  };
}

/** A row's given fields without the address (all null when the row names a premise by text). */
export function withoutAddress(given: PremiseGiven): PremiseGiven {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (key === 'objectId' || key === 'type' || (ADDRESS_KEYS as readonly string[]).includes(key)) continue;
    rest[key] = value;
  }
  return rest as PremiseGiven;
}

const addressText = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * P-8 → I-3: rows of a premises export name their premise by «Адрес» (as the export formats it) or
 * by the external id, with no type. The object's addresses are read once, on the first such row.
 */
export function existingPremises(tx: Db, organizationId: string, objectId: string) {
  let byAddress: Map<string, PremiseRow> | undefined;
  return {
    async find(values: RowValues<'premises'>[]) {
      const externalIds = values.flatMap((v) => (v.premiseExternalId ? [v.premiseExternalId] : []));
      const byExternalId = await premisesByExternalId(tx, organizationId, externalIds);
      if (!byAddress && values.some((v) => !v.premiseExternalId && v.address)) {
        byAddress = new Map();
        const rows = await tx
          .select()
          .from(premises)
          .where(and(eq(premises.organizationId, organizationId), eq(premises.objectId, objectId)));
        for (const row of rows)
          byAddress.set(addressText(formatPremiseAddress(row.type as PremiseType, row)), row);
      }
      return (v: RowValues<'premises'>): PremiseRow | string => {
        if (v.premiseExternalId) {
          const found = byExternalId.get(v.premiseExternalId);
          if (found && found.objectId === objectId) return found;
          if (found)
            return `Помещение с внешним идентификатором «${v.premiseExternalId}» относится к другому объекту`;
          if (!v.address)
            return `Помещение с внешним идентификатором «${v.premiseExternalId}» не найдено: для нового помещения заполните тип и адрес по частям`;
        }
        const found = v.address ? byAddress?.get(addressText(v.address)) : undefined;
        return (
          found ??
          `Помещение «${v.address}» не найдено в объекте: для нового помещения заполните тип и адрес по частям`
        );
      };
    },
  };
}

/** How the rows of a file name one premise: `e:<external id>`, else `a:<address key>` (throws as `premiseValues`). */
export function premiseKey(given: PremiseGiven, objectId: string): string {
  const premise = premiseValues({ ...given, objectId } as Parameters<typeof premiseValues>[0]);
  return given.externalId ? `e:${given.externalId}` : `a:${addressKey(premise)}`;
}

/** The state of what a premises file writes: the object's premises and the legal entity's accounts. */
export async function premisesFingerprint(db: Db, job: ImportRow): Promise<string> {
  const [row] = await queryRows<{ state: string }>(
    db,
    sql`select concat_ws('|',
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${premises}
          where organization_id = ${job.organizationId} and object_id = ${job.objectId}),
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${personalAccounts}
          where organization_id = ${job.organizationId} and legal_entity_id = ${job.legalEntityId})) as state`,
  );
  return row?.state ?? '';
}

/**
 * The next page of the file's clean rows. In a chunked apply what the pages before wrote is
 * committed first (`checkpoint`): a page is the unit other requests wait for.
 */
export async function readPage(db: Db, job: ImportRow, afterRow: number) {
  await checkpoint(db);
  return db
    .select({ rowNumber: importRows.rowNumber, values: importRows.values })
    .from(importRows)
    .where(
      and(
        eq(importRows.organizationId, job.organizationId),
        eq(importRows.importId, job.id),
        isNull(importRows.errors),
        gt(importRows.rowNumber, afterRow),
      ),
    )
    .orderBy(asc(importRows.rowNumber))
    .limit(pageRows(db));
}

export type PremisesFileOptions = {
  /** Each row whose premise is in (written or found), with it. */
  onRowPremise?: (row: number, premiseId: string) => void;
  /** Data rows gone through, after each page. */
  onRows?: (rows: number) => void;
  /**
   * Why a row is held back (its premise is left as it is: another row of it was refused), by the
   * row (`premiseKey` null) or by its premise's key; it is refused with that reason.
   */
  heldBack?: (row: number, premiseKey: string | null) => Reason | undefined;
  /** Each refusal as it happens (the outcome keeps the first 100). */
  onRefused?: (refusal: Refusal) => void;
};

/** A premises file's outcome, with the rows it held back (kept in the preview for the apply). */
export type PremisesOutcome = FileOutcome & { heldBack: Refusal[] };

/**
 * I-3 for a premises file (issue 15): a refused row writes nothing and its premise stays as it was —
 * the premise's other rows are refused too, naming it («Помещение не загружено: строка N этого
 * помещения отклонена»). The file is applied in a savepoint and again without such premises until
 * none is left; the preview keeps what it held back and the apply starts from it (the data is as the
 * preview saw it: IMPORT_PREVIEW_STALE otherwise), so the apply does what the preview said.
 */
export async function applyPremisesKind(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  onRows?: (rows: number) => void,
): Promise<PremisesOutcome> {
  const held = new Map(job.status === 'applying' ? heldInPreview(job) : []);
  // Loaded «только строки без ошибок»: a premise with a row with errors is left as it is.
  const heldKeys = heldForErrors((await erroneousRowPremises(tx, job)).byKey);
  const run = await applyHoldingBack(tx, held, async () => {
    const refusals = new Map<number, Refusal>();
    const rowPremise = new Map<number, string>();
    const outcome = await applyPremisesFile(tx, actor, job, {
      onRows,
      onRowPremise: (row, premiseId) => rowPremise.set(row, premiseId),
      heldBack: (row, key) => (key === null ? held.get(row) : heldKeys.get(key)),
      onRefused: (refusal) => {
        if (!refusals.has(refusal.row)) refusals.set(refusal.row, refusal);
      },
    });
    return { outcome, refusals, rowPremise, alone: new Set<number>() };
  });
  return { ...run.outcome, heldBack: heldBackList(held) };
}

/**
 * I-3: the clean rows of a premises file (or the premise and account of a consolidated file's rows), a page of 1,000 at a time, through the same cores as the
 * integration batches (set-based, inside the caller's transaction): each premise — found by external
 * id, else by address in the chosen object — once, then its accounts in the chosen legal entity.
 */
export async function applyPremisesFile(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  options: PremisesFileOptions = {},
): Promise<FileOutcome> {
  const { onRowPremise, onRows, heldBack, onRefused } = options;
  const outcome: FileOutcome = {
    premises: emptyCounts(),
    accounts: emptyCounts(),
    refusedRows: 0,
    refused: [],
    notApplied: [],
  };
  /** A refused row; `cell` when one value is the reason (the errors report names its column). */
  const refuse = (row: number, message: string, cell?: { column?: string; value?: string }) => {
    outcome.refusedRows += 1;
    const refusal: Refusal = { row, message };
    if (cell?.column !== undefined) refusal.column = cell.column;
    if (cell?.value !== undefined) refusal.value = cell.value;
    if (outcome.refused.length < 100) outcome.refused.push(refusal);
    onRefused?.(refusal);
  };
  // An Excel file is loaded into the object and legal entity chosen at upload (only XML names its own).
  const { objectId, legalEntityId } = job;
  if (!objectId || !legalEntityId) throw new Error(`import ${job.id} has no object or legal entity`);
  const premiseIds = new Map<string, string | null>();
  const existing = existingPremises(tx, job.organizationId, objectId);
  const accountPremise = new Map<string, { premiseId: string; row: number }>();
  const elsPremise = new Map<string, { premiseId: string; row: number }>();
  const refreshStats = growingTableStats(tx, PREMISE_TABLES);
  for (let after = 0; ; ) {
    const page = await readPage(tx, job, after);
    if (page.length === 0) break;
    after = page[page.length - 1]?.rowNumber ?? after;
    const rows = page.map((r) => ({ rowNumber: r.rowNumber, values: r.values as RowValues<'premises'> }));

    // Premises: the first row of each not yet seen.
    const items: { key: string; given: PremiseGiven; row: number }[] = [];
    const keyOf = new Map<number, string>();
    const named = await existing.find(rows.filter((r) => !r.values.premiseType).map((r) => r.values));
    for (const { rowNumber, values } of rows) {
      // A consolidated file's client alone (a clients export read back) has no premise.
      if (!values.premiseType && !values.address && !values.premiseExternalId) continue;
      const heldRow = heldBack?.(rowNumber, null);
      if (heldRow) {
        refuse(rowNumber, heldRow.message, heldRow);
        continue;
      }
      let given = premiseGiven(values, objectId);
      if (!values.premiseType) {
        const found = named(values);
        if (typeof found === 'string') {
          refuse(rowNumber, found);
          continue;
        }
        given = { ...givenOf(found, objectId), ...withoutAddress(given) };
      }
      let key: string;
      try {
        key = premiseKey(given, objectId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refuse(rowNumber, error.options.fields?.[0]?.message ?? error.message);
        continue;
      }
      const held = heldBack?.(rowNumber, key);
      if (held) {
        refuse(rowNumber, held.message, held);
        continue;
      }
      if (!premiseIds.has(key) && !items.some((i) => i.key === key))
        items.push({ key, given, row: rowNumber });
      keyOf.set(rowNumber, key);
    }
    const results = await applyPremiseItems(
      tx,
      actor,
      items.map((item, index) => ({
        index,
        externalId: item.given.externalId ?? null,
        item: item.given,
        values: premiseValues({ ...item.given, objectId } as Parameters<typeof premiseValues>[0]),
      })),
    );
    await refreshStats();
    const valuesAt = new Map(rows.map((r) => [r.rowNumber, r.values]));
    const tagsWanted = new Map<string, readonly string[]>();
    const statusOf = new Map<string, ItemStatus>();
    const rowOf = new Map<string, number>();
    for (const result of results) {
      const item = items[result.index];
      if (!item) continue;
      premiseIds.set(item.key, result.id);
      if (result.status === 'error') {
        count(outcome.premises, result.status);
        refuse(item.row, result.message ?? 'Помещение не загружено');
        continue;
      }
      const values = valuesAt.get(item.row);
      if (result.id && values && 'premiseTags' in values) {
        tagsWanted.set(result.id, values.premiseTags ?? []);
        rowOf.set(result.id, item.row);
      }
      if (result.id) statusOf.set(result.id, result.status);
      else count(outcome.premises, result.status);
    }
    // Tags as the file gives them; a premise whose only change is its tags is «updated».
    const tagged = await applyFileTags(tx, actor, 'premise', tagsWanted);
    for (const [id, message] of tagged.refused) refuse(rowOf.get(id) ?? 0, message);
    for (const [id, status] of statusOf)
      count(outcome.premises, status === 'unchanged' && tagged.changed.has(id) ? 'updated' : status);

    // Accounts of the rows whose premise is in.
    const accounts: ParsedAccount[] = [];
    const accountRows: number[] = [];
    for (const { rowNumber, values } of rows) {
      const key = keyOf.get(rowNumber);
      const premiseId = key ? premiseIds.get(key) : null;
      if (premiseId) onRowPremise?.(rowNumber, premiseId);
      if (!premiseId || !values.accountNumber) continue;
      // The premises export writes a premise's accounts in one cell, «; » between them.
      const numbers = values.accountNumber
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean);
      for (const number of numbers) {
        const seen = accountPremise.get(number);
        if (seen) {
          if (seen.premiseId !== premiseId)
            refuse(rowNumber, `Лицевой счёт ${number} уже указан в строке ${seen.row} у другого помещения`, {
              column: ACCOUNT_COLUMNS.accountNumber.header,
              value: number,
            });
          continue;
        }
        accountPremise.set(number, { premiseId, row: rowNumber });
        const item: ParsedAccount['item'] = { legalEntityId, number };
        if (numbers.length === 1) {
          if ('els' in values) item.els = values.els ?? null;
          // Issue 17: an ЕЛС belongs to one premise, within the file as against the stored accounts.
          const elsSeen = item.els ? elsPremise.get(item.els) : undefined;
          if (item.els && elsSeen && elsSeen.premiseId !== premiseId) {
            refuse(rowNumber, `ЕЛС ${item.els} уже указан в строке ${elsSeen.row} у другого помещения`, {
              column: ACCOUNT_COLUMNS.els.header,
              value: item.els,
            });
            continue;
          }
          if (item.els && !elsSeen) elsPremise.set(item.els, { premiseId, row: rowNumber });
          if ('accountExternalId' in values) item.externalId = values.accountExternalId ?? null;
          if ('accountHidden' in values && values.accountHidden !== null)
            item.hiddenFromResidents = values.accountHidden;
        }
        try {
          accounts.push({
            index: accounts.length,
            externalId: item.externalId ?? null,
            premiseExternalId: null,
            premiseId,
            item,
            values: accountValues({ ...item, legalEntityId, number }),
          });
          accountRows.push(rowNumber);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refuse(rowNumber, error.options.fields?.[0]?.message ?? error.message);
        }
      }
    }
    const accountResults: ItemResult[] = await applyAccountItems(tx, actor, accounts);
    for (const result of accountResults) {
      count(outcome.accounts, result.status);
      if (result.status !== 'error') continue;
      const els = accounts[result.index]?.values.els;
      // The ЕЛС another premise has: its cell is the reason.
      const cell =
        result.code === 'ELS_TAKEN' && els ? { column: ACCOUNT_COLUMNS.els.header, value: els } : undefined;
      refuse(accountRows[result.index] ?? 0, result.message ?? 'Лицевой счёт не загружен', cell);
    }
    onRows?.(page.length);
  }
  return outcome;
}
