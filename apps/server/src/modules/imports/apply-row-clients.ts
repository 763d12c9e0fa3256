import type { ItemResult } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { clients, premiseLinks } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { type ClientInput, clientValues } from '../clients/client-values';
import { cardsByIds, findMatches, type MatchedClient } from '../integration/clients-batch.repository';
import { applyClientItems, type ClientItem } from '../integration/import-clients';
import type { RowValues } from './columns';
import { applyFileTags } from './file-tags';

/** The source system of the external ids a file's clients carry (I-4 matches within one source). */
export const FILE_SOURCE = 'Excel';

export type Row = { rowNumber: number; values: RowValues<'consolidated'> };

const CLIENT_FIELDS = {
  clientType: 'type',
  clientFullName: 'fullName',
  clientPhone: 'phone',
  clientExtraPhone: 'extraPhone',
  clientEmail: 'email',
  clientInn: 'inn',
  clientKpp: 'kpp',
  clientOgrn: 'ogrn',
  clientSnils: 'snils',
  clientPassport: 'passport',
  clientBirthDate: 'birthDate',
} as const satisfies Partial<Record<keyof RowValues<'consolidated'>, keyof ClientInput>>;

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

/**
 * How a row names its client across the file: its code in Domovoy, external id, phone, else its
 * name on the premise.
 */
export function clientKeys(values: RowValues<'consolidated'>, premiseId: string): string[] {
  const keys: string[] = [];
  if (values.clientCode) keys.push(`c:${values.clientCode}`);
  if (values.clientExternalId) keys.push(`e:${values.clientExternalId}`);
  if (values.clientPhone) keys.push(`p:${values.clientPhone}`);
  if (keys.length === 0) keys.push(`n:${premiseId}:${(values.clientFullName ?? '').toLowerCase()}`);
  return keys;
}

export function clientOf(
  row: Row,
  premiseId: string,
  known: Map<string, { id: string }>,
): string | undefined {
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
export async function applyRowClients(
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
    const codes = round.flatMap((r) => (r.row.values.clientCode ? [r.row.values.clientCode] : []));
    const cards = await cardsByIds(tx, actor.organizationId, [...new Set([...byName.values(), ...codes])]);
    const codeProblem = await codeProblems(tx, actor.organizationId, round, cards);
    for (const { row, keys } of round) {
      const problem = codeProblem.get(row.rowNumber);
      if (problem) {
        refuse(row.rowNumber, problem);
        continue;
      }
      const given = clientGiven(row.values);
      try {
        const nameKey = keys[0]?.startsWith('n:') ? keys[0] : undefined;
        const knownId = row.values.clientCode ?? (nameKey ? byName.get(nameKey) : undefined);
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

/**
 * Why a row's code in Domovoy cannot be its client: no such card in this organisation (another
 * organisation's code reads the same: nothing of it is told), or the row's external id or phone is
 * another card's.
 */
async function codeProblems(
  tx: Db,
  organizationId: string,
  round: { row: Row }[],
  cards: Map<string, MatchedClient>,
): Promise<Map<number, string>> {
  const problems = new Map<number, string>();
  const coded = round.map((r) => r.row).filter((row) => row.values.clientCode);
  if (coded.length === 0) return problems;
  const matches = await findMatches(
    tx,
    organizationId,
    FILE_SOURCE,
    coded.flatMap((row) => (row.values.clientExternalId ? [row.values.clientExternalId] : [])),
    coded.flatMap((row) => (row.values.clientPhone ? [row.values.clientPhone] : [])),
  );
  for (const { rowNumber, values } of coded) {
    const code = values.clientCode as string;
    const card = cards.get(code);
    const byExternal = values.clientExternalId
      ? matches.byExternalId.get(values.clientExternalId)
      : undefined;
    const byPhone = values.clientPhone ? matches.byPhone.get(values.clientPhone) : undefined;
    if (!card) {
      problems.set(
        rowNumber,
        `Клиента с кодом в Домовом «${code}» нет: код не из выгрузки клиентов этой организации, или карточку удалили либо объединили с другой`,
      );
    } else if (byExternal && byExternal.id !== card.id) {
      problems.set(rowNumber, 'Код клиента в Домовом и внешний идентификатор указывают на разных клиентов');
    } else if (byPhone && byPhone.id !== card.id) {
      problems.set(rowNumber, 'Код клиента в Домовом и телефон указывают на разных клиентов');
    }
  }
  return problems;
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
