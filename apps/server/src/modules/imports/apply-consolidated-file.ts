import type { LinkPatch, LinkRole } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { CLIENT_TABLES, growingTableStats, refreshSmallTableStats } from '../../db/planner-stats';
import { clients, premiseLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { applyLinkItems, type LinkItem } from '../integration/import-links';
import {
  applyPremisesFile,
  emptyCounts,
  type FileOutcome,
  premisesFingerprint,
  type Reason,
  type Refusal,
  readPage,
} from './apply-premises-file';
import { applyRowClients, clientOf, FILE_SOURCE, type Row } from './apply-row-clients';
import type { RowValues } from './columns';
import { erroneousRowPremises, heldForErrors } from './erroneous-premises';
import { applyHoldingBack, type HeldBackRun, heldBackList, heldInPreview } from './held-back';
import type { ImportRow } from './imports.repository';
import { removeMissingOwners } from './remove-missing-owners';
import { type NamedOwner, nameKey, type OwnerWanted, resolveOwners } from './resolve-owners';

export { FILE_SOURCE };

const DOCUMENTS = ['ddu', 'act', 'certificate', 'contract'] as const;

/** Owners first: a dependent's owner must be linked before it (in the same write or earlier). */
const ROLE_RANK: Record<LinkRole, number> = {
  owner: 0,
  unconfirmed_owner: 1,
  representative: 2,
  resident: 2,
  tenant: 2,
};

const hasClient = (values: RowValues<'consolidated'>) =>
  Boolean(values.clientFullName || values.clientPhone || values.clientExternalId || values.clientCode);

/** The link fields a row carries (the owner is resolved by the caller). */
function linkPatch(values: RowValues<'consolidated'>): LinkPatch {
  const patch: LinkPatch = { role: values.role as LinkRole };
  if ('share' in values) patch.share = values.share ?? null;
  for (const doc of DOCUMENTS) {
    const number = values[`${doc}Number`];
    const date = values[`${doc}Date`];
    if (`${doc}Number` in values || `${doc}Date` in values)
      patch[doc] = { number: number ?? null, date: date ?? null };
  }
  if ('keepOnSync' in values) patch.keepOnSync = values.keepOnSync ?? false;
  return patch;
}

/** What the file holds back (nothing of these rows is written), and what I-5 must know of its errors. */
type Plan = {
  /** Rows held back, with the reason each is refused. */
  held: Map<number, Reason>;
  /** Premises (by `premiseKey`) of rows with errors: all their rows are held back. */
  heldKeys: Map<string, Reason>;
  /** Rows with errors whose premise cannot be told: I-5 removes nothing. */
  unknownPremises: number[];
};

/** A consolidated file's outcome, with the rows it held back (kept in the preview for the apply). */
export type ConsolidatedOutcome = FileOutcome & { heldBack: Refusal[] };

/**
 * I-3, I-4, I-5: the clean rows of a consolidated file, where a refused row writes nothing and a
 * premise with a refused row (or, loaded «только строки без ошибок», a row with errors) is left as
 * it was: all its rows are held back. The file is applied in a savepoint; when rows are refused
 * whose premises were written, it is rolled back to it and applied again holding them back, until
 * nothing more is. The preview finds them; the apply starts from what its preview held back (the
 * data is as the preview saw it: IMPORT_PREVIEW_STALE otherwise), so it normally applies once.
 */
export async function applyConsolidatedFile(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  onRows?: (rows: number) => void,
): Promise<ConsolidatedOutcome> {
  const errors = await erroneousRowPremises(tx, job);
  const plan: Plan = {
    held: new Map(job.status === 'applying' ? heldInPreview(job) : []),
    heldKeys: heldForErrors(errors.byKey),
    unknownPremises: errors.unknown,
  };
  const run = await applyHoldingBack(tx, plan.held, () => applyOnce(tx, actor, job, plan, onRows));
  return { ...run.outcome, heldBack: heldBackList(plan.held) };
}

/**
 * One run over the file: premises and accounts first (as a premises file), then, a page of 1,000
 * rows at a time, the clients (matched as the integration API matches, each once however many rows
 * name them) and their links; last, the owners of the file's premises that the file does not carry
 * are removed with those who depend on them, unless a link of theirs is marked «Не удалять клиента
 * при интеграции». Rows held back are refused with their reason and not gone through.
 */
async function applyOnce(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  plan: Plan,
  onRows?: (rows: number) => void,
): Promise<HeldBackRun> {
  const rowPremise = new Map<number, string>();
  const refusals = new Map<number, Refusal>();
  const note = (refusal: Refusal) => {
    if (!refusals.has(refusal.row)) refusals.set(refusal.row, refusal);
  };
  const outcome = await applyPremisesFile(tx, actor, job, {
    onRowPremise: (row, premiseId) => rowPremise.set(row, premiseId),
    onRows,
    heldBack: (row, key) => (key === null ? plan.held.get(row) : plan.heldKeys.get(key)),
    onRefused: note,
  });
  const clientCounts = { created: 0, updated: 0, merged: 0, unchanged: 0 };
  const linkCounts = emptyCounts();
  /** Premises whose owners the file does not fully say (a row of theirs was refused). */
  const unsure = new Set<string>();
  const refuse = (row: number, message: string, cell?: { column?: string; value?: string }) => {
    outcome.refusedRows += 1;
    const refusal: Refusal = { row, message };
    if (cell?.column !== undefined) refusal.column = cell.column;
    if (cell?.value !== undefined) refusal.value = cell.value;
    if (outcome.refused.length < 100) outcome.refused.push(refusal);
    note(refusal);
    const premiseId = rowPremise.get(row);
    if (premiseId) unsure.add(premiseId);
  };
  const alone = new Set<number>();
  const known = new Map<string, { id: string; row: number }>();
  /** The owners of each premise the file links, by name (for «Зависит от собственника» by name). */
  const fileOwners = new Map<string, NamedOwner[]>();
  const carried = new Set<string>();
  let clientColumns = false;
  let heldBack: { row: Row; item: LinkItem }[] = [];
  let firstPage = true;
  const refreshStats = growingTableStats(tx, CLIENT_TABLES);

  for (let after = 0; ; ) {
    const page = await readPage(tx, job, after);
    const last = page.length === 0;
    after = page[page.length - 1]?.rowNumber ?? after;
    const rows: Row[] = [];
    for (const r of page) {
      const values = r.values as RowValues<'consolidated'>;
      if ('clientFullName' in values) clientColumns = true;
      const isAlone = !values.premiseType && !values.address && !values.premiseExternalId;
      if (!hasClient(values) || !(rowPremise.has(r.rowNumber) || isAlone)) continue;
      if (isAlone) {
        alone.add(r.rowNumber);
        const held = plan.held.get(r.rowNumber);
        if (held) {
          refuse(r.rowNumber, held.message, held);
          continue;
        }
      }
      rows.push({ rowNumber: r.rowNumber, values });
    }

    // Clients: each once; a row whose keys are all known reuses the card.
    await applyRowClients(tx, actor, rows, rowPremise, known, clientCounts, refuse);
    if (firstPage) await refreshSmallTableStats(tx);

    // Links, owners first; the last premise of a page may go on in the next one, so it waits.
    const items: { row: Row; item: LinkItem }[] = [...heldBack];
    heldBack = [];
    const linked: { row: Row; premiseId: string; clientId: string }[] = [];
    for (const row of rows) {
      const premiseId = rowPremise.get(row.rowNumber);
      if (!premiseId) continue; // a client alone: no link
      const clientId = clientOf(row, premiseId, known);
      if (!clientId) continue;
      linked.push({ row, premiseId, clientId });
      const role = row.values.role as LinkRole;
      if (row.values.clientFullName && (role === 'owner' || role === 'unconfirmed_owner')) {
        const owners = fileOwners.get(premiseId) ?? [];
        owners.push({ premiseId, clientId, name: nameKey(row.values.clientFullName), role });
        fileOwners.set(premiseId, owners);
      }
    }
    const wanted: OwnerWanted[] = linked.flatMap(({ row, premiseId }) =>
      row.values.owner
        ? [{ row: row.rowNumber, premiseId, role: row.values.role as LinkRole, ref: row.values.owner }]
        : [],
    );
    const owners = await resolveOwners(tx, actor, FILE_SOURCE, wanted, known, fileOwners);
    for (const { row, premiseId, clientId } of linked) {
      carried.add(`${premiseId}|${clientId}`);
      const patch = linkPatch(row.values);
      const owner = owners.get(row.rowNumber);
      if (owner && 'refused' in owner) {
        refuse(row.rowNumber, owner.refused);
        continue;
      }
      if (owner) patch.ownerClientId = owner.id;
      else if ('owner' in row.values) patch.ownerClientId = null;
      items.push({ row, item: { index: row.rowNumber, premiseId, clientId, patch } });
    }
    const tail = last ? undefined : rowPremise.get(after);
    const now = tail ? items.filter((i) => i.item.premiseId !== tail) : items;
    if (tail) heldBack = items.filter((i) => i.item.premiseId === tail);
    now.sort(
      (a, b) =>
        ROLE_RANK[a.item.patch.role as LinkRole] - ROLE_RANK[b.item.patch.role as LinkRole] ||
        a.row.rowNumber - b.row.rowNumber,
    );
    const results = await applyLinkItems(
      tx,
      actor,
      now.map((i) => i.item),
    );
    for (const result of results) {
      if (result.status === 'error') refuse(result.index, result.message ?? 'Привязка не загружена');
      else if (result.status !== 'merged') linkCounts[result.status] += 1;
    }
    if (firstPage) await refreshSmallTableStats(tx);
    else await refreshStats();
    firstPage = false;
    onRows?.(page.length);
    if (last) break;
  }

  outcome.clients = clientCounts;
  outcome.links = linkCounts;
  if (clientColumns) {
    outcome.deletions = await removeMissingOwners(
      tx,
      actor,
      [...new Set(rowPremise.values())].filter((id) => !unsure.has(id)),
      carried,
      removalsSkipped(plan.unknownPremises),
    );
  }
  outcome.refused.sort((a, b) => a.row - b.row);
  return { outcome, refusals, rowPremise, alone };
}

/** I-5 trusts no premise of the file when a row with errors may be of any of them. */
function removalsSkipped(rows: number[]): string | null {
  if (rows.length === 0) return null;
  const shown = rows.slice(0, 5).join(', ');
  const more = rows.length > 5 ? ` и ещё ${rows.length - 5}` : '';
  const which = rows.length === 1 ? `строка ${shown}` : `строки ${shown}${more}`;
  return `В файле есть строки с ошибками, помещение которых не определить (${which}): собственники, которых нет в файле, не удаляются. Исправьте ошибки и загрузите файл снова`;
}

/** A consolidated file's preview depends on the premises and accounts, and on clients and links. */
export async function consolidatedFingerprint(db: Db, job: ImportRow): Promise<string> {
  const [row] = await queryRows<{ state: string }>(
    db,
    sql`select concat_ws('|',
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${clients}
          where organization_id = ${job.organizationId}),
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${premiseLinks}
          where organization_id = ${job.organizationId})) as state`,
  );
  return `${await premisesFingerprint(db, job)}|${row?.state ?? ''}`;
}
