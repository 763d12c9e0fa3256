import type { ItemResult, LinkPatch, LinkRole } from '@domovoy/contract';
import { and, eq, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import { type Db, queryRows } from '../../db/database';
import { CLIENT_TABLES, growingTableStats, refreshSmallTableStats } from '../../db/planner-stats';
import { clients, premiseLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { type ClientInput, clientValues } from '../clients/client-values';
import { cardsByIds, findMatches } from '../integration/clients-batch.repository';
import { applyClientItems, type ClientItem } from '../integration/import-clients';
import { applyLinkItems, type LinkItem } from '../integration/import-links';
import {
  applyPremisesFile,
  emptyCounts,
  type FileOutcome,
  premisesFingerprint,
  readPage,
} from './apply-premises-file';
import type { RowValues } from './columns';
import { applyFileTags } from './file-tags';
import type { ImportRow } from './imports.repository';
import { removeMissingOwners } from './remove-missing-owners';

/** The source system of the external ids a file's clients carry (I-4 matches within one source). */
export const FILE_SOURCE = 'Excel';

type Row = { rowNumber: number; values: RowValues<'consolidated'> };

const CLIENT_FIELDS = {
  clientType: 'type',
  clientFullName: 'fullName',
  clientPhone: 'phone',
  clientEmail: 'email',
  clientInn: 'inn',
  clientSnils: 'snils',
  clientPassport: 'passport',
  clientBirthDate: 'birthDate',
} as const satisfies Partial<Record<keyof RowValues<'consolidated'>, keyof ClientInput>>;

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
  Boolean(values.clientFullName || values.clientPhone || values.clientExternalId);

/** The client fields a row carries: a column absent from the file leaves the card's value alone. */
function clientGiven(values: RowValues<'consolidated'>): Partial<ClientInput> {
  const given: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(CLIENT_FIELDS)) {
    if (!(column in values)) continue;
    const value = values[column as keyof typeof CLIENT_FIELDS];
    if (field === 'type' && value === null) continue; // an empty type keeps the card's
    given[field] = value ?? null;
  }
  return given as Partial<ClientInput>;
}

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

/** How a row names its client across the file: external id, else phone, else name on the premise. */
function clientKeys(values: RowValues<'consolidated'>, premiseId: string): string[] {
  const keys: string[] = [];
  if (values.clientExternalId) keys.push(`e:${values.clientExternalId}`);
  if (values.clientPhone) keys.push(`p:${values.clientPhone}`);
  if (keys.length === 0) keys.push(`n:${premiseId}:${(values.clientFullName ?? '').toLowerCase()}`);
  return keys;
}

/**
 * I-3, I-4, I-5: the clean rows of a consolidated file. Premises and accounts first (as a premises
 * file), then, a page of 1,000 rows at a time, the clients (matched as the integration API matches,
 * each once however many rows name them) and their links; last, the owners of the file's premises
 * that the file does not carry are removed with those who depend on them, unless a link of theirs
 * is marked «Не удалять клиента при интеграции».
 */
export async function applyConsolidatedFile(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  onRows?: (rows: number) => void,
): Promise<FileOutcome> {
  const rowPremise = new Map<number, string>();
  const outcome = await applyPremisesFile(
    tx,
    actor,
    job,
    (row, premiseId) => rowPremise.set(row, premiseId),
    onRows,
  );
  const clientCounts = { created: 0, updated: 0, merged: 0, unchanged: 0 };
  const linkCounts = emptyCounts();
  /** Premises whose owners the file does not fully say (a row of theirs was refused). */
  const unsure = new Set<string>();
  const refuse = (row: number, message: string) => {
    outcome.refusedRows += 1;
    if (outcome.refused.length < 100) outcome.refused.push({ row, message });
    const premiseId = rowPremise.get(row);
    if (premiseId) unsure.add(premiseId);
  };
  const known = new Map<string, { id: string; row: number }>();
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
      const alone = !values.premiseType && !values.address && !values.premiseExternalId;
      if ((rowPremise.has(r.rowNumber) || alone) && hasClient(values))
        rows.push({ rowNumber: r.rowNumber, values });
    }

    // Clients: each once; a row whose keys are all known reuses the card.
    await applyRowClients(tx, actor, rows, rowPremise, known, clientCounts, refuse);
    if (firstPage) await refreshSmallTableStats(tx);

    // Links, owners first; the last premise of a page may go on in the next one, so it waits.
    const items: { row: Row; item: LinkItem }[] = [...heldBack];
    heldBack = [];
    const owners = await resolveOwners(tx, actor, rows, known);
    for (const row of rows) {
      const premiseId = rowPremise.get(row.rowNumber);
      if (!premiseId) continue; // a client alone: no link
      const clientId = clientOf(row, premiseId, known);
      if (!clientId) continue;
      carried.add(`${premiseId}|${clientId}`);
      const patch = linkPatch(row.values);
      const ref = row.values.owner;
      if (ref) {
        const ownerId = owners.get(ref.externalId) ?? (ref.phone ? owners.get(`p:${ref.phone}`) : undefined);
        if (!ownerId) {
          refuse(row.rowNumber, `Собственник «${ref.externalId}» не найден ни в файле, ни среди клиентов`);
          continue;
        }
        patch.ownerClientId = ownerId;
      } else if ('owner' in row.values) {
        patch.ownerClientId = null;
      }
      items.push({ row, item: { index: row.rowNumber, premiseId, clientId, patch } });
    }
    const tail = page.length === 1000 ? rowPremise.get(after) : undefined;
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
    const skipped =
      (job.errorCount ?? 0) > 0
        ? 'В файле есть строки с ошибками: собственники, которых нет в файле, не удаляются. Исправьте ошибки и загрузите файл снова'
        : null;
    outcome.deletions = await removeMissingOwners(
      tx,
      actor,
      [...new Set(rowPremise.values())].filter((id) => !unsure.has(id)),
      carried,
      skipped,
    );
  }
  outcome.refused.sort((a, b) => a.row - b.row);
  return outcome;
}

function clientOf(row: Row, premiseId: string, known: Map<string, { id: string }>): string | undefined {
  for (const key of clientKeys(row.values, premiseId)) {
    const found = known.get(key);
    if (found) return found.id;
  }
  return undefined;
}

/**
 * The clients of a page's rows, I-4 for each new one. Two rows naming one client by different keys
 * (an external id on one, only the phone on another) meet in a later round, when the first is known.
 */
async function applyRowClients(
  tx: Db,
  actor: Actor,
  rows: Row[],
  rowPremise: Map<number, string>,
  known: Map<string, { id: string; row: number }>,
  counts: { created: number; updated: number; merged: number; unchanged: number },
  refuse: (row: number, message: string) => void,
) {
  let pending = rows;
  const failed = new Set<number>();
  while (pending.length > 0) {
    const round: { row: Row; keys: string[] }[] = [];
    const next: Row[] = [];
    const taken = new Set<string>();
    for (const row of pending) {
      const premiseId = rowPremise.get(row.rowNumber) as string;
      const keys = clientKeys(row.values, premiseId);
      const seen = keys.map((key) => known.get(key));
      const first = seen.find((s) => s !== undefined);
      if (first) {
        // Known by one key: the others must not name another card.
        const other = seen.find((s) => s !== undefined && s.id !== first.id);
        if (other) {
          refuse(
            row.rowNumber,
            `Внешний идентификатор и телефон клиента указывают на разных клиентов (строки ${first.row} и ${other.row})`,
          );
          failed.add(row.rowNumber);
          continue;
        }
        for (const key of keys) if (!known.has(key)) known.set(key, first);
        continue;
      }
      if (keys.some((key) => taken.has(key))) {
        next.push(row);
        continue;
      }
      for (const key of keys) taken.add(key);
      round.push({ row, keys });
    }
    if (round.length === 0) break;
    const items: ClientItem[] = [];
    const namesWanted = round.filter((r) => r.keys[0]?.startsWith('n:'));
    const byName = await clientsByNameOnPremises(
      tx,
      actor.organizationId,
      namesWanted.map((r) => rowPremise.get(r.row.rowNumber) as string),
    );
    const cards = await cardsByIds(tx, actor.organizationId, [...new Set(byName.values())]);
    for (const { row, keys } of round) {
      const given = clientGiven(row.values);
      try {
        const nameKey = keys[0]?.startsWith('n:') ? keys[0] : undefined;
        const knownId = nameKey ? byName.get(nameKey) : undefined;
        items.push({
          index: row.rowNumber,
          externalId: row.values.clientExternalId ?? null,
          given,
          values: clientValues({ type: 'individual', ...given } as ClientInput),
          ...(knownId ? { known: cards.get(knownId) } : {}),
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refuse(row.rowNumber, error.options.fields?.[0]?.message ?? error.message);
      }
    }
    const keysOf = new Map(round.map((r) => [r.row.rowNumber, r.keys]));
    const results: ItemResult[] = await applyClientItems(tx, actor, FILE_SOURCE, items);
    const valuesAt = new Map(round.map((r) => [r.row.rowNumber, r.row.values]));
    const tagsWanted = new Map<string, readonly string[]>();
    const applied: { id: string; row: number; status: Exclude<ItemResult['status'], 'error'> }[] = [];
    for (const result of results) {
      if (result.status === 'error' || !result.id) {
        refuse(result.index, result.message ?? 'Клиент не загружен');
        continue;
      }
      applied.push({ id: result.id, row: result.index, status: result.status });
      const values = valuesAt.get(result.index);
      if (values && 'clientTags' in values) tagsWanted.set(result.id, values.clientTags ?? []);
      for (const key of keysOf.get(result.index) ?? []) known.set(key, { id: result.id, row: result.index });
    }
    // Tags as the file gives them; a client whose only change is its tags is «updated».
    const tagged = await applyFileTags(tx, actor, 'client', tagsWanted);
    for (const { id, row, status } of applied) {
      const message = tagged.refused.get(id);
      if (message) refuse(row, message);
      counts[status === 'unchanged' && tagged.changed.has(id) ? 'updated' : status] += 1;
    }
    pending = next;
  }
}

/** The cards linked to these premises, by `n:<premise>:<name in lower case>` (rows with neither id nor phone). */
async function clientsByNameOnPremises(tx: Db, organizationId: string, premiseIds: string[]) {
  const found = new Map<string, string>();
  if (premiseIds.length === 0) return found;
  const rows = await tx
    .select({ premiseId: premiseLinks.premiseId, clientId: clients.id, name: clients.fullName })
    .from(premiseLinks)
    .innerJoin(
      clients,
      and(eq(clients.organizationId, premiseLinks.organizationId), eq(clients.id, premiseLinks.clientId)),
    )
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        anyOf(premiseLinks.premiseId, [...new Set(premiseIds)]),
      ),
    );
  for (const row of rows) found.set(`n:${row.premiseId}:${row.name.toLowerCase()}`, row.clientId);
  return found;
}

/**
 * The owners the rows name («Зависит от собственника»: an external id or a phone): clients of the
 * file first, else the organisation's cards with that external id (of the file's source) or phone.
 * Keys: the reference as written, and `p:<phone>`.
 */
async function resolveOwners(
  tx: Db,
  actor: Actor,
  rows: Row[],
  known: Map<string, { id: string }>,
): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  const externalIds: string[] = [];
  const phones: string[] = [];
  for (const row of rows) {
    const ref = row.values.owner;
    if (!ref) continue;
    const inFile = known.get(`e:${ref.externalId}`) ?? (ref.phone ? known.get(`p:${ref.phone}`) : undefined);
    if (inFile) owners.set(ref.externalId, inFile.id);
    else {
      externalIds.push(ref.externalId);
      if (ref.phone) phones.push(ref.phone);
    }
  }
  if (externalIds.length > 0) {
    const matches = await findMatches(tx, actor.organizationId, FILE_SOURCE, externalIds, phones);
    for (const [externalId, card] of matches.byExternalId) owners.set(externalId, card.id);
    for (const [phone, card] of matches.byPhone) owners.set(`p:${phone}`, card.id);
  }
  return owners;
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
