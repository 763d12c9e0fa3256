import { type BatchResult, IntegrationClient, type ItemResult, type ItemStatus } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { type ClientInput, type ClientValues, clientValues } from '../clients/client-values';
import { CLIENT_HISTORY_FIELDS } from '../clients/clients.view';
import { mergeClients } from '../clients/merge-clients';
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
import * as repo from './clients-batch.repository';

const externalIdOf = (item: Record<string, unknown>) =>
  typeof item.externalId === 'string' ? item.externalId.trim() : null;

/**
 * A client to match and write: the fields it carries (`given`) and the card they make. Without an
 * external id (a file's row) it is matched by phone alone, or is the card `known` names (found by
 * the caller: by its name on the row's premise, or by its own code in Domovoy — the caller refuses
 * a row whose phone or external id is another card's).
 */
export type ClientItem = {
  index: number;
  externalId: string | null;
  given: Partial<ClientInput>;
  values: ClientValues;
  known?: repo.MatchedClient;
};
type Parsed = ClientItem;

type Plan =
  | { kind: 'create'; item: Parsed }
  | {
      kind: 'update';
      item: Parsed;
      card: repo.MatchedClient;
      values: ClientValues;
      /** The item's external id is new: added to the card (a card `known` by its code). */
      addExternalId?: true;
    }
  | { kind: 'addExternalId'; item: Parsed; card: repo.MatchedClient }
  | { kind: 'merge'; item: Parsed; from: repo.MatchedClient; into: repo.MatchedClient };

const HISTORY_FIELDS = CLIENT_HISTORY_FIELDS.filter((field) => field !== 'tags');
const EXTERNAL_ID_FIELDS = ['source', 'externalId', 'note'] as const;

/** The card's fields as a client input (what an item's given fields are laid over). */
function inputOf(card: repo.MatchedClient): ClientInput {
  return {
    type: card.type as ClientInput['type'],
    taxForm: card.taxForm as ClientInput['taxForm'],
    fullName: card.fullName,
    phone: card.phone,
    extraPhone: card.extraPhone,
    email: card.email,
    gender: card.gender as ClientInput['gender'],
    birthDate: card.birthDate,
    passport: card.passport,
    passportComment: card.passportComment,
    regAddress: card.regAddress,
    regPostcode: card.regPostcode,
    regComment: card.regComment,
    inn: card.inn,
    kpp: card.kpp,
    ogrn: card.ogrn,
    snils: card.snils,
    loyaltyCard: card.loyaltyCard,
    status: card.status as ClientInput['status'],
    tester: card.tester,
    note: card.note,
  };
}

// I-4 2b: the person has seen this card in the app (this organisation's card, not the account's
// cards elsewhere: see docs/decisions.md, «No answer depends on another organisation»).
const loggedIn = (card: repo.MatchedClient) => card.firstLoginAt !== null;

/** The card rules of one item (its schema is checked first); the given fields are those it carries. */
function toParsed(item: IntegrationClient, index: number, externalId: string | null): Parsed {
  const { externalId: _, ...given } = item;
  return {
    index,
    externalId: externalId ?? item.externalId,
    given,
    values: clientValues(given as ClientInput),
  };
}

/** Items of a file (I-2), checked and parsed as a batch's items are; `index` is their position. */
export const parseClientItems = (raw: unknown[]) =>
  parseItems(raw, IntegrationClient, externalIdOf, toParsed);

/**
 * I-4, for one item whose matches are known: what to do, or why not. The item's phone is
 * `values.phone` (null when the item carries none: the card's phone is then left alone).
 */
function decide(
  item: Parsed,
  byExternal: repo.MatchedClient | undefined,
  byPhone: repo.MatchedClient | undefined,
): Plan | ItemResult {
  const phone = item.values.phone;
  const overwrite = (card: repo.MatchedClient, keepPhone: boolean) => {
    const given = keepPhone ? { ...item.given, phone: card.phone } : item.given;
    return clientValues({ ...inputOf(card), ...given });
  };
  if (item.externalId === null) {
    // A file's row without an external id: the card with its phone (or the one the caller found).
    const card = byPhone ?? item.known;
    if (!card) return { kind: 'create', item };
    // The card the caller found, given a phone no card has: 2a, or 2b once it has logged in.
    if (phone && phone !== card.phone && !byPhone) {
      if (loggedIn(card)) return failure(item.index, null, 'IMPORT_PHONE_LOGGED_IN');
      return { kind: 'update', item, card, values: overwrite(card, false) };
    }
    return { kind: 'update', item, card, values: overwrite(card, true) };
  }
  if (!byExternal) {
    // The card the caller found gets the external id with the item's fields; its phone as above.
    if (item.known && !byPhone) {
      const plan = decide({ ...item, externalId: null }, undefined, undefined);
      if (isResult(plan)) return { ...plan, externalId: item.externalId };
      return plan.kind === 'update' ? { ...plan, item, addExternalId: true } : plan;
    }
    // 3: the external id is added to the client that has the phone; 4: a new client.
    return byPhone ? { kind: 'addExternalId', item, card: byPhone } : { kind: 'create', item };
  }
  // 1: both match (or the item has no phone): everything but the external id and phone.
  if (!phone || phone === byExternal.phone) {
    return { kind: 'update', item, card: byExternal, values: overwrite(byExternal, true) };
  }
  // 2: the external id matches, the phone is another one.
  if (byPhone) {
    if (loggedIn(byPhone) || loggedIn(byExternal))
      return failure(item.index, item.externalId, 'IMPORT_PHONE_LOGGED_IN');
    return { kind: 'merge', item, from: byExternal, into: byPhone }; // 2d
  }
  if (loggedIn(byExternal)) return failure(item.index, item.externalId, 'IMPORT_PHONE_LOGGED_IN');
  // 2a, and 2c as this organisation sees it: whether the phone has cards in other organisations
  // is not observable here (T-1), so the card moves to the phone's account like a new card would.
  return { kind: 'update', item, card: byExternal, values: overwrite(byExternal, false) };
}

function planOrFailure(
  item: Parsed,
  matches: Awaited<ReturnType<typeof repo.findMatches>>,
): Plan | ItemResult {
  // The item's fields laid over the card may break a rule of the card (e.g. ИНН of another type).
  return orFailure(item.index, item.externalId, () => {
    const phone = item.values.phone;
    return decide(
      item,
      item.externalId === null ? undefined : matches.byExternalId.get(item.externalId),
      phone ? matches.byPhone.get(phone) : undefined,
    );
  });
}

/**
 * I-1, I-4: a batch of clients of one source system, matched by external id and phone. Lookups
 * are set-based (a query per kind of match for the whole batch) and writes are one statement per
 * kind; only merges (I-4 2d, rare) go card by card through C-7's merge. Atomic as a whole:
 * the items in error change nothing and the rest are applied together.
 */
export async function importClients(
  db: Db,
  actor: Actor,
  source: string,
  raw: unknown[],
): Promise<BatchResult> {
  assertCan(actor, 'clients.edit', 'clients.pii.name', 'clients.pii.contacts');
  const { parsed, failures } = parseItems(raw, IntegrationClient, externalIdOf, toParsed);
  const { kept, repeats } = withoutRepeats(
    parsed,
    (item) => [`e:${item.externalId}`, ...(item.values.phone ? [`p:${item.values.phone}`] : [])],
    (item) => item.externalId,
  );
  const results: ItemResult[] = [...failures, ...repeats];
  const batchId = await batchTransaction(db, async (tx) => {
    const batchId = await openBatch(tx, actor, 'api.clients');
    results.push(...(await applyClientItems(tx, actor, source, kept)));
    return closeBatch(tx, actor, batchId, results);
  });
  return batchResult(batchId, results);
}

/**
 * I-4 for a set of clients (at most one item per external id and per phone), inside the caller's
 * transaction: matched by a query per kind of match, written by one statement per kind.
 */
export async function applyClientItems(
  tx: Db,
  actor: Actor,
  source: string,
  kept: ClientItem[],
): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  const phones = kept.flatMap((item) => (item.values.phone ? [item.values.phone] : []));
  const matches = await repo.findMatches(
    tx,
    actor.organizationId,
    source,
    kept.flatMap((item) => (item.externalId === null ? [] : [item.externalId])),
    phones,
  );
  const plans: Plan[] = [];
  for (const item of kept) {
    const plan = planOrFailure(item, matches);
    if (isResult(plan)) results.push(plan);
    else plans.push(plan);
  }
  results.push(...(await apply(tx, actor, source, plans)));
  return results;
}

async function apply(tx: Db, actor: Actor, source: string, plans: Plan[]): Promise<ItemResult[]> {
  const org = actor.organizationId;
  const results: ItemResult[] = [];
  const history: HistoryEntryInput[] = [];
  const ok = (item: Parsed, status: ItemStatus, id: string) =>
    results.push({ index: item.index, externalId: item.externalId, status, id });

  // Merges first, one by one (C-7): afterwards the surviving card is updated like any other.
  const updates: Extract<Plan, { kind: 'update' }>[] = [];
  for (const plan of plans) {
    if (plan.kind === 'update') updates.push(plan);
    if (plan.kind !== 'merge') continue;
    await mergeClients(tx, actor, plan.from.id, plan.into.id);
    const values = clientValues({ ...inputOf(plan.into), ...plan.item.given, phone: plan.into.phone });
    updates.push({ kind: 'update', item: plan.item, card: plan.into, values });
  }
  const merged = new Set(plans.filter((plan) => plan.kind === 'merge').map((plan) => plan.item.index));

  const creates = plans.filter((plan) => plan.kind === 'create');
  const changed = updates.filter(
    (plan) => diffFields(plan.card, plan.values, HISTORY_FIELDS).length > 0 || merged.has(plan.item.index),
  );
  const accountPhones = [
    ...creates.map((plan) => plan.item.values.phone),
    ...changed.filter((plan) => plan.values.phone !== plan.card.phone).map((plan) => plan.values.phone),
  ].filter((phone): phone is string => phone !== null);
  const accounts = await repo.ensureAccounts(tx, accountPhones);
  const accountOf = (phone: string | null) => (phone ? (accounts.get(phone) ?? null) : null);

  const newIds = await repo.insertClients(
    tx,
    org,
    creates.map((plan) => ({ ...plan.item.values, accountId: accountOf(plan.item.values.phone) })),
    actor.staffId,
  );
  await repo.updateClients(
    tx,
    org,
    changed.map((plan) => ({
      id: plan.card.id,
      ...plan.values,
      accountId: plan.values.phone === plan.card.phone ? plan.card.accountId : accountOf(plan.values.phone),
    })),
    actor.staffId,
  );
  await repo.removeOrphanAccounts(
    tx,
    changed.flatMap((plan) =>
      plan.card.accountId && plan.values.phone !== plan.card.phone ? [plan.card.accountId] : [],
    ),
  );

  const externalIds: { clientId: string; source: string; externalId: string }[] = [];
  creates.forEach((plan, i) => {
    const id = newIds[i] as string;
    if (plan.item.externalId !== null)
      externalIds.push({ clientId: id, source, externalId: plan.item.externalId });
    history.push({
      entityType: 'client',
      entityId: id,
      clientId: id,
      action: 'create',
      changes: diffFields({}, plan.item.values, HISTORY_FIELDS),
    });
    ok(plan.item, 'created', id);
  });
  for (const plan of plans) {
    if (plan.kind !== 'addExternalId' || plan.item.externalId === null) continue;
    externalIds.push({ clientId: plan.card.id, source, externalId: plan.item.externalId });
    ok(plan.item, 'updated', plan.card.id);
  }
  const withNewId = new Set<number>();
  for (const plan of updates) {
    if (!plan.addExternalId || plan.item.externalId === null) continue;
    externalIds.push({ clientId: plan.card.id, source, externalId: plan.item.externalId });
    withNewId.add(plan.item.index);
  }
  for (const row of await repo.insertExternalIds(tx, org, externalIds)) {
    history.push({
      entityType: 'external_id',
      entityId: row.id,
      clientId: row.clientId,
      action: 'create',
      changes: diffFields({}, row, EXTERNAL_ID_FIELDS),
    });
  }

  for (const plan of updates) {
    const changes = diffFields(plan.card, plan.values, HISTORY_FIELDS);
    if (changes.length > 0) {
      history.push({
        entityType: 'client',
        entityId: plan.card.id,
        clientId: plan.card.id,
        action: 'update',
        changes,
      });
    }
    const status = merged.has(plan.item.index)
      ? 'merged'
      : changes.length > 0 || withNewId.has(plan.item.index)
        ? 'updated'
        : 'unchanged';
    ok(plan.item, status, plan.card.id);
  }
  await recordHistory(tx, actor, history);
  return results;
}
