import type { ItemResult } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { CLIENT_TABLES, growingTableStats, PREMISE_TABLES } from '../../db/planner-stats';
import { clients, importRows, personalAccounts, premiseLinks, premises } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { accountValues } from '../accounts/account-values';
import { applyClientItems, type ClientItem, parseClientItems } from '../integration/import-clients';
import {
  applyAccountItems,
  applyPremiseItems,
  type ParsedAccount,
  type ParsedPremise,
  type PremiseGiven,
} from '../integration/import-premises';
import { addressKey } from '../integration/premises-batch.repository';
import { type PremiseInput, premiseValues } from '../premises/premise-values';
import { emptyCounts, type FileOutcome } from './apply-premises-file';
import { applyXmlLinks } from './apply-xml-links';
import type { ImportRow } from './imports.repository';
import { removeMissingOwners } from './remove-missing-owners';
import { type Cause, erroneousXmlPremises, leftAloneList, noteCause } from './xml-left-alone';
import { refusal, type XmlApply, xmlRows } from './xml-rows';

const messageOf = (error: unknown) => {
  if (!(error instanceof AppError)) throw error;
  return error.options.fields?.[0]?.message ?? error.message;
};

/**
 * I-2: the clean rows of an XML file through the integration API's cores, inside the caller's
 * transaction: clients (I-4, in the file's source system), premises, their accounts, their links;
 * then I-5 for the premises that carry `<links>`: their owners the file does not list are removed
 * with the clients depending on them, unless marked «Не удалять клиента при интеграции».
 */
export async function applyXmlFile(
  tx: Db,
  actor: Actor,
  job: ImportRow,
  onRows?: (rows: number) => void,
): Promise<FileOutcome> {
  const outcome: FileOutcome = {
    premises: emptyCounts(),
    accounts: emptyCounts(),
    clients: { created: 0, updated: 0, merged: 0, unchanged: 0 },
    links: emptyCounts(),
    refusedRows: 0,
    refused: [],
    notApplied: [],
  };
  const run: XmlApply = {
    tx,
    actor,
    job,
    source: job.source ?? '',
    outcome,
    refuse: (row, message) => {
      outcome.refusedRows += 1;
      if (outcome.refused.length < 100) outcome.refused.push({ row, message });
    },
    premiseIds: new Map(),
    onRows,
    // Each kind of element is a pass of its own: every table may grow.
    refreshStats: growingTableStats(tx, [...PREMISE_TABLES, ...CLIENT_TABLES]),
  };
  await applyClients(run);
  const withLinks = await applyPremises(run);
  const refusedAccounts = await applyAccounts(run);
  const { carried, unsure } = await applyXmlLinks(run);
  // Issue 15: I-5 leaves alone only the premises with a refused or erroneous element of theirs,
  // and says which and why.
  for (const [id, cause] of refusedAccounts) noteCause(unsure, id, cause);
  const erroneous = await erroneousXmlPremises(tx, job);
  for (const [premiseRow, cause] of erroneous.byPremiseRow) {
    const id = run.premiseIds.get(premiseRow);
    if (id) noteCause(unsure, id, cause);
  }
  for (const id of unsure.keys()) if (!withLinks.has(id)) unsure.delete(id);
  outcome.deletions = await removeMissingOwners(
    tx,
    actor,
    [...withLinks].filter((id) => !unsure.has(id)),
    carried,
    removalsSkipped(erroneous.unknown),
  );
  const rowOf = new Map([...run.premiseIds].map(([row, id]) => [id, row]));
  const leftAlone = await leftAloneList(tx, actor.organizationId, unsure, rowOf);
  if (leftAlone.length > 0) outcome.deletions.leftAlone = leftAlone;
  outcome.refused.sort((a, b) => a.row - b.row);
  return outcome;
}

/** I-4 for the file's clients, each external id and phone once (a repeat is refused, as in a batch). */
async function applyClients(run: XmlApply) {
  const counts = run.outcome.clients as NonNullable<FileOutcome['clients']>;
  const seen = new Map<string, number>();
  for await (const page of xmlRows(run.tx, run.job, 'client', run.onRows, run.refreshStats)) {
    const { parsed, failures } = parseClientItems(page.map((r) => r.values.item));
    const rowOf = (index: number) => page[index]?.rowNumber ?? 0;
    for (const failure of failures) run.refuse(rowOf(failure.index), refusal(failure, 'Клиент не загружен'));
    const kept: ClientItem[] = [];
    for (const item of parsed) {
      const row = rowOf(item.index);
      const keys = [`e:${item.externalId}`, ...(item.values.phone ? [`p:${item.values.phone}`] : [])];
      const earlier = keys.map((key) => seen.get(key)).find((r) => r !== undefined);
      if (earlier !== undefined) {
        run.refuse(row, `Клиент с этим внешним идентификатором или телефоном уже есть в строке ${earlier}`);
        continue;
      }
      for (const key of keys) seen.set(key, row);
      kept.push({ ...item, index: row });
    }
    const results: ItemResult[] = await applyClientItems(run.tx, run.actor, run.source, kept);
    for (const result of results) {
      if (result.status === 'error') run.refuse(result.index, refusal(result, 'Клиент не загружен'));
      else counts[result.status] += 1;
    }
  }
}

/** The premises, each once (by external id, else address); returns the existing ones whose links the file gives. */
async function applyPremises(run: XmlApply): Promise<Set<string>> {
  const seen = new Map<string, number>();
  const withLinks = new Set<string>();
  for await (const page of xmlRows(run.tx, run.job, 'premise', run.onRows, run.refreshStats)) {
    const items: ParsedPremise[] = [];
    const hasLinks = new Set<number>();
    for (const { rowNumber, values } of page) {
      const given = values.item as PremiseGiven & PremiseInput;
      try {
        const premise = premiseValues(given);
        const keys = [...(given.externalId ? [`e:${given.externalId}`] : []), `a:${addressKey(premise)}`];
        const earlier = keys.map((key) => seen.get(key)).find((r) => r !== undefined);
        if (earlier !== undefined) {
          run.refuse(
            rowNumber,
            `Это помещение (внешний идентификатор или адрес) уже есть в строке ${earlier}`,
          );
          continue;
        }
        for (const key of keys) seen.set(key, rowNumber);
        items.push({ index: rowNumber, externalId: given.externalId ?? null, item: given, values: premise });
        if (values.hasLinks) hasLinks.add(rowNumber);
      } catch (error) {
        run.refuse(rowNumber, messageOf(error));
      }
    }
    for (const result of await applyPremiseItems(run.tx, run.actor, items)) {
      if (result.status === 'error' || !result.id) {
        run.refuse(result.index, refusal(result, 'Помещение не загружено'));
        continue;
      }
      run.premiseIds.set(result.index, result.id);
      // A premise the file creates has no owners but the file's: I-5 has nothing to look at.
      if (hasLinks.has(result.index) && result.status !== 'created') withLinks.add(result.id);
      if (result.status !== 'merged') run.outcome.premises[result.status] += 1;
    }
  }
  return withLinks;
}

/**
 * The accounts of the premises that loaded, each number of a legal entity once. Returns the
 * premises with an account refused, with the first such (I-5 leaves them alone).
 */
async function applyAccounts(run: XmlApply): Promise<Map<string, Cause>> {
  const seen = new Map<string, number>();
  const refusedOf = new Map<string, Cause>();
  const rowPremise = new Map<number, string>();
  const refuse = (row: number, message: string) => {
    run.refuse(row, message);
    const premiseId = rowPremise.get(row);
    if (premiseId) noteCause(refusedOf, premiseId, { row, element: 'account', refused: true });
  };
  for await (const page of xmlRows(run.tx, run.job, 'account', run.onRows, run.refreshStats)) {
    const accounts: ParsedAccount[] = [];
    for (const { rowNumber, values } of page) {
      const premiseRow = values.premiseRow as number;
      const premiseId = run.premiseIds.get(premiseRow);
      if (!premiseId) {
        run.refuse(rowNumber, `Помещение (строка ${premiseRow}) не загружено: его лицевой счёт тоже`);
        continue;
      }
      rowPremise.set(rowNumber, premiseId);
      const item = values.item as Parameters<typeof accountValues>[0] & { premiseExternalId?: string };
      try {
        const account = accountValues(item);
        const keys = [
          `n:${account.legalEntityId}|${account.number}`,
          ...(account.externalId ? [`e:${account.externalId}`] : []),
        ];
        const earlier = keys.map((key) => seen.get(key)).find((r) => r !== undefined);
        if (earlier !== undefined) {
          refuse(rowNumber, `Лицевой счёт ${account.number} уже указан в строке ${earlier}`);
          continue;
        }
        for (const key of keys) seen.set(key, rowNumber);
        accounts.push({
          index: rowNumber,
          externalId: account.externalId,
          premiseExternalId: item.premiseExternalId ?? null,
          premiseId,
          item,
          values: account,
        });
      } catch (error) {
        refuse(rowNumber, messageOf(error));
      }
    }
    for (const result of await applyAccountItems(run.tx, run.actor, accounts)) {
      if (result.status === 'error') refuse(result.index, refusal(result, 'Лицевой счёт не загружен'));
      else if (result.status !== 'merged') run.outcome.accounts[result.status] += 1;
    }
  }
  return refusedOf;
}

/** I-5 trusts no premise of the file when an element with errors may be of any of them. */
function removalsSkipped(rows: number[]): string | null {
  if (rows.length === 0) return null;
  return `В файле есть строки с ошибками, помещение которых не определить (строки ${rows.join(', ')}): собственники, которых нет в файле, не удаляются. Исправьте ошибки и загрузите файл снова`;
}

/**
 * What the preview of an XML file depends on: the premises of its objects, the accounts of its
 * legal entities, and the organisation's clients and links. The apply refuses when it moved.
 */
export async function xmlFingerprint(db: Db, job: ImportRow): Promise<string> {
  const org = job.organizationId;
  const [row] = await queryRows<{ state: string }>(
    db,
    sql`with refs as (
        select distinct values->'item'->>'objectId' as object_id,
          values->'item'->>'legalEntityId' as legal_entity_id
        from ${importRows}
        where organization_id = ${org} and import_id = ${job.id} and errors is null
          and values->>'entity' in ('premise', 'account'))
      select concat_ws('|',
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${premises}
          where organization_id = ${org} and object_id::text in (select object_id from refs)),
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${personalAccounts}
          where organization_id = ${org}
            and legal_entity_id::text in (select legal_entity_id from refs)),
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${clients}
          where organization_id = ${org}),
        (select count(*) || ':' || coalesce(max(updated_at)::text, '') from ${premiseLinks}
          where organization_id = ${org})) as state`,
  );
  return row?.state ?? '';
}
