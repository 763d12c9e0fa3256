import { randomUUID } from 'node:crypto';
import { type BatchResult, IntegrationLink, type ItemResult, type LinkPatch } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { premiseLinks } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, historyKept, recordHistory } from '../../platform/history';
import { checkPremiseRules } from '../links/link-rules';
import { type LinkValues, linkValues, valuesOf } from '../links/link-values';
import type { LinkRecord, LinkRow } from '../links/links.repository';
import * as linksRepo from '../links/links.repository';
import { LINK_HISTORY_FIELDS, linkHistoryFields, linkHistoryKeys } from '../links/links.view';
import {
  batchResult,
  batchTransaction,
  closeBatch,
  isResult,
  openBatch,
  orFailure,
  parseItems,
  withoutRepeats,
} from './batch';
import { findMatches } from './clients-batch.repository';
import { premisesByExternalId } from './premises-batch.repository';

type ParsedLink = { index: number; item: IntegrationLink; patch: Omit<LinkPatch, 'ownerClientId'> };

const VALUE_KEYS = Object.keys(valuesOf({} as LinkRecord)) as (keyof LinkValues)[];

/** Which of the link's stored values a change touches (history writes the readable form). */
const sameValues = (a: LinkValues, b: LinkValues) => VALUE_KEYS.every((key) => a[key] === b[key]);

function linkRecordsJson(rows: { id: string; premiseId: string; clientId: string; values: LinkValues }[]) {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      premise_id: r.premiseId,
      client_id: r.clientId,
      role: r.values.role,
      owner_client_id: r.values.ownerClientId,
      ddu_number: r.values.dduNumber,
      ddu_date: r.values.dduDate,
      act_number: r.values.actNumber,
      act_date: r.values.actDate,
      certificate_number: r.values.certificateNumber,
      certificate_date: r.values.certificateDate,
      contract_number: r.values.contractNumber,
      contract_date: r.values.contractDate,
      share_numerator: r.values.shareNumerator,
      share_denominator: r.values.shareDenominator,
      comment: r.values.comment,
      online_payment: r.values.onlinePayment,
      keep_on_sync: r.values.keepOnSync,
    })),
  );
}

const LINK_COLUMNS = sql.raw(`id uuid, premise_id uuid, client_id uuid, role text, owner_client_id uuid,
  ddu_number text, ddu_date date, act_number text, act_date date, certificate_number text,
  certificate_date date, contract_number text, contract_date date, share_numerator int,
  share_denominator int, comment text, online_payment boolean, keep_on_sync boolean`);

type Write = { id: string; premiseId: string; clientId: string; values: LinkValues };

async function writeLinks(
  tx: Db,
  organizationId: string,
  creates: Write[],
  updates: Write[],
  staffId: string | null,
) {
  if (creates.length > 0) {
    // One statement: a dependent's foreign key to its owner's link is checked at its end, so an
    // owner and those who depend on them may arrive in the same batch.
    await tx.execute(sql`
      insert into ${premiseLinks} (organization_id, id, premise_id, client_id, role, owner_client_id,
        ddu_number, ddu_date, act_number, act_date, certificate_number, certificate_date,
        contract_number, contract_date, share_numerator, share_denominator, comment, online_payment,
        keep_on_sync, added_by_kind, created_by, updated_by)
      select ${organizationId}, v.id, v.premise_id, v.client_id, v.role, v.owner_client_id, v.ddu_number,
        v.ddu_date, v.act_number, v.act_date, v.certificate_number, v.certificate_date,
        v.contract_number, v.contract_date, v.share_numerator, v.share_denominator, v.comment,
        v.online_payment, v.keep_on_sync, 'import', ${staffId}::uuid, ${staffId}::uuid
      from jsonb_to_recordset(${linkRecordsJson(creates)}::jsonb) as v(${LINK_COLUMNS})`);
  }
  if (updates.length > 0) {
    await tx.execute(sql`
      update ${premiseLinks} l set role = v.role, owner_client_id = v.owner_client_id,
        ddu_number = v.ddu_number, ddu_date = v.ddu_date, act_number = v.act_number,
        act_date = v.act_date, certificate_number = v.certificate_number,
        certificate_date = v.certificate_date, contract_number = v.contract_number,
        contract_date = v.contract_date, share_numerator = v.share_numerator,
        share_denominator = v.share_denominator, comment = v.comment,
        online_payment = v.online_payment, keep_on_sync = v.keep_on_sync,
        updated_by = ${staffId}::uuid, updated_at = now()
      from jsonb_to_recordset(${linkRecordsJson(updates)}::jsonb) as v(${LINK_COLUMNS})
      where l.organization_id = ${organizationId} and l.id = v.id`);
  }
}

/** A link to write, its premise and client known (and its owner, in `patch.ownerClientId`). */
export type LinkItem = { index: number; premiseId: string; clientId: string; patch: LinkPatch };

/**
 * I-1, L-2: links of clients and premises named by external ids, resolved to ids and written by
 * `applyLinkItems`.
 */
export async function importLinks(
  db: Db,
  actor: Actor,
  source: string,
  raw: unknown[],
): Promise<BatchResult> {
  assertCan(actor, 'clients.edit', 'premises.view');
  const { parsed, failures } = parseItems(
    raw,
    IntegrationLink,
    () => null,
    (item, index): ParsedLink => {
      const { premiseExternalId: _p, clientExternalId: _c, ownerExternalId: _o, ...patch } = item;
      return { index, item, patch };
    },
  );
  const { kept, repeats } = withoutRepeats(
    parsed,
    (l) => [`${l.item.premiseExternalId}\u0001${l.item.clientExternalId}`],
    () => null,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  const batchId = await batchTransaction(db, async (tx) => {
    const batchId = await openBatch(tx, actor, 'api.links');
    const org = actor.organizationId;
    const premises = await premisesByExternalId(tx, org, [
      ...new Set(kept.map((l) => l.item.premiseExternalId)),
    ]);
    const clientIds = kept.flatMap((l) => [
      l.item.clientExternalId,
      ...(l.item.ownerExternalId ? [l.item.ownerExternalId] : []),
    ]);
    const { byExternalId: clients } = await findMatches(tx, org, source, [...new Set(clientIds)], []);
    const items: LinkItem[] = [];
    for (const l of kept) {
      const resolved = orFailure(l.index, null, (): LinkItem => {
        const premise = premises.get(l.item.premiseExternalId);
        if (!premise)
          throw fieldError(
            'REFERENCE_NOT_FOUND',
            'premiseExternalId',
            'Помещение с таким внешним идентификатором не найдено',
          );
        const client = clients.get(l.item.clientExternalId);
        if (!client)
          throw fieldError(
            'REFERENCE_NOT_FOUND',
            'clientExternalId',
            'Клиент с таким внешним идентификатором не найден',
          );
        const owner = l.item.ownerExternalId ? clients.get(l.item.ownerExternalId) : undefined;
        if (l.item.ownerExternalId && !owner) {
          throw fieldError(
            'REFERENCE_NOT_FOUND',
            'ownerExternalId',
            'Собственник с таким внешним идентификатором не найден',
          );
        }
        const patch: LinkPatch = {
          ...l.patch,
          ...(l.item.ownerExternalId !== undefined ? { ownerClientId: owner?.id ?? null } : {}),
        };
        return { index: l.index, premiseId: premise.id, clientId: client.id, patch };
      });
      if (isResult(resolved)) results.push(resolved);
      else items.push(resolved);
    }
    results.push(...(await applyLinkItems(tx, actor, items)));
    return closeBatch(tx, actor, batchId, results);
  });
  return batchResult(batchId, results);
}

/**
 * L-2 for a set of links: each premise's links are read once under its lock; the items are checked
 * in order against them (one link per client, owners named for dependents, shares ≤ 1), then
 * written in one statement per kind, with their history. Inside the caller's transaction.
 */
export async function applyLinkItems(tx: Db, actor: Actor, items: LinkItem[]): Promise<ItemResult[]> {
  const org = actor.organizationId;
  const results: ItemResult[] = [];
  const premiseIds = [...new Set(items.map((item) => item.premiseId))].sort();
  const before = await linksRepo.lockLinksOfPremises(tx, org, premiseIds);
  const beforeById = new Map(before.map((row) => [row.link.id, row]));
  const state = new Map<string, LinkRecord[]>(premiseIds.map((id) => [id, []]));
  for (const row of before) state.get(row.link.premiseId)?.push({ ...row.link });

  const creates: Write[] = [];
  const updates = new Map<string, Write>();
  for (const item of items) {
    const done = (status: 'created' | 'updated' | 'unchanged', id: string): ItemResult => ({
      index: item.index,
      externalId: null,
      status,
      id,
    });
    const outcome = orFailure(item.index, null, () => {
      const { premiseId, clientId, patch } = item;
      const links = state.get(premiseId) ?? [];
      const existing = links.find((link) => link.clientId === clientId);
      if (existing) {
        const values = linkValues(patch, valuesOf(existing));
        const shareChanged =
          values.shareNumerator !== existing.shareNumerator ||
          values.shareDenominator !== existing.shareDenominator;
        checkPremiseRules(values, { id: existing.id, clientId }, links, shareChanged);
        if (sameValues(values, valuesOf(existing))) return done('unchanged', existing.id);
        Object.assign(existing, values);
        updates.set(existing.id, { id: existing.id, premiseId, clientId, values });
        return done('updated', existing.id);
      }
      const values = linkValues(patch);
      checkPremiseRules(values, { clientId }, links);
      const id = randomUUID();
      links.push({ ...values, id, premiseId, clientId } as LinkRecord);
      creates.push({ id, premiseId, clientId, values });
      return done('created', id);
    });
    results.push(outcome);
  }
  await writeLinks(tx, org, creates, [...updates.values()], actor.staffId);
  // The links as written, read back only for their history (a preview's is not kept).
  if (!historyKept(tx)) return results;
  const after = new Map(
    (await linksRepo.findLinks(tx, org, [...creates.map((c) => c.id), ...updates.keys()])).map((row) => [
      row.link.id,
      row,
    ]),
  );
  const history: HistoryEntryInput[] = [];
  const entry = (
    row: LinkRow,
    action: 'create' | 'update',
    from: Partial<ReturnType<typeof linkHistoryFields>>,
  ) => {
    const changes = diffFields(from, linkHistoryFields(row), LINK_HISTORY_FIELDS);
    history.push({ ...linkHistoryKeys(row), action, changes });
  };
  for (const c of creates) {
    const row = after.get(c.id);
    if (row) entry(row, 'create', {});
  }
  for (const id of updates.keys()) {
    const row = after.get(id);
    const old = beforeById.get(id);
    if (row && old) entry(row, 'update', linkHistoryFields(old));
  }
  await recordHistory(tx, actor, history);
  return results;
}
