// I-3 (issue 15): which records a file creates or changes, and which fields (old → new): read from
// the history its preview's dry run would have written, instead of discarding it.
import { type ImportChange, type ImportChanges, PREVIEW_CHANGES_LISTED } from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { type ChangeRecord, clients, personalAccounts } from '../../db/schema';
import { type HistoryEntryInput, historyCollected } from '../../platform/history';
import { premiseAddresses } from '../premises/premise-addresses';
import type { FileOutcome } from './apply-premises-file';

type Listed = {
  entity: ImportChange['entity'];
  id: string;
  action: ImportChange['action'];
  premiseId: string | null;
  clientId: string | null;
  changes: ChangeRecord[];
};

const ENTITIES = new Set<string>(['premise', 'account', 'client', 'link']);

/** One field changed twice in a run (a client's card, then its tags): first old, last new. */
function mergeChanges(into: ChangeRecord[], changes: readonly ChangeRecord[]) {
  for (const change of changes) {
    const seen = into.find((c) => c.field === change.field);
    if (seen) seen.new = change.new;
    else into.push({ ...change });
  }
}

/** An entry as a record of the list: a client's new external id is a change of the client. */
function recordOf(entry: HistoryEntryInput): Listed | undefined {
  if (entry.entityType === 'external_id') {
    if (!entry.clientId) return undefined;
    const externalId = entry.changes.find((c) => c.field === 'externalId');
    return {
      entity: 'client',
      id: entry.clientId,
      action: 'update',
      premiseId: null,
      clientId: entry.clientId,
      changes: externalId ? [{ field: 'externalId', old: externalId.old, new: externalId.new }] : [],
    };
  }
  if (!ENTITIES.has(entry.entityType)) return undefined;
  return {
    entity: entry.entityType as ImportChange['entity'],
    id: entry.entityId,
    action: entry.action === 'create' ? 'create' : 'update',
    premiseId: entry.premiseId ?? null,
    clientId: entry.clientId ?? null,
    changes: entry.action === 'create' ? [] : [...entry.changes],
  };
}

/**
 * Collects, in `tx` (a preview's dry run), the records the apply would create or change: the first
 * `PREVIEW_CHANGES_LISTED`, in the order the apply reaches them. Removals (I-5) and merged-away
 * cards are the removal list's, not this one's. Once the list is full, work done only for history
 * is skipped again (`historyKept`), as before this list.
 */
export function collectPreviewChanges(tx: Db, organizationId: string) {
  const records = new Map<string, Listed>();
  historyCollected(tx, {
    wants: () => records.size < PREVIEW_CHANGES_LISTED,
    reset: () => records.clear(),
    add(entries) {
      for (const entry of entries) {
        if (entry.action === 'delete') continue;
        const record = recordOf(entry);
        if (!record) continue;
        const key = `${record.entity}:${record.id}`;
        const seen = records.get(key);
        if (seen) {
          if (seen.action === 'update') mergeChanges(seen.changes, record.changes);
          continue;
        }
        if (records.size >= PREVIEW_CHANGES_LISTED) continue;
        if (record.action === 'update' && record.changes.length === 0) continue;
        records.set(key, record);
      }
    },
  });

  return {
    /** The list, named (addresses, names, numbers as they would be after the apply), with the total. */
    async list(outcome: FileOutcome): Promise<ImportChanges> {
      const items = [...records.values()].map((r) => ({
        ...r,
        changes: r.changes.filter((c) => JSON.stringify(c.old ?? null) !== JSON.stringify(c.new ?? null)),
      }));
      const named = await namesOf(tx, organizationId, items);
      // A record the dry run created has an id the apply will not give it again: none is shown. (Its
      // creation is listed before anything of it that refers to it.)
      const created = new Set(items.filter((r) => r.action === 'create').map((r) => `${r.entity}:${r.id}`));
      const real = (entity: string, id: string | null) => (id && !created.has(`${entity}:${id}`) ? id : null);
      return {
        total: Math.max(items.length, changedCount(outcome)),
        items: items
          .filter((r) => r.action === 'create' || r.changes.length > 0)
          .map((r) => {
            const premiseId = r.entity === 'premise' ? r.id : r.premiseId;
            const clientId = r.entity === 'client' ? r.id : r.clientId;
            return {
              entity: r.entity,
              id: real(r.entity, r.id),
              action: r.action,
              premiseId: real('premise', premiseId),
              premiseAddress: named.address(premiseId),
              clientId: real('client', clientId),
              clientName: named.client(clientId),
              accountNumber: r.entity === 'account' ? named.account(r.id) : null,
              changes: r.changes,
            };
          }),
      };
    },
  };
}

/** Records the file creates or changes, by the outcome's counts (all of them, listed or not). */
function changedCount(outcome: FileOutcome): number {
  const groups = [outcome.premises, outcome.accounts, outcome.links].filter((g) => g !== undefined);
  const clients = outcome.clients
    ? outcome.clients.created + outcome.clients.updated + outcome.clients.merged
    : 0;
  return groups.reduce((sum, g) => sum + g.created + g.updated, clients);
}

/** Addresses, client names and account numbers of the listed records, as the dry run left them. */
async function namesOf(tx: Db, organizationId: string, items: Listed[]) {
  const premiseIds = new Set<string>();
  const clientIds = new Set<string>();
  const accountIds: string[] = [];
  for (const r of items) {
    if (r.entity === 'premise') premiseIds.add(r.id);
    else if (r.premiseId) premiseIds.add(r.premiseId);
    if (r.entity === 'client') clientIds.add(r.id);
    else if (r.clientId) clientIds.add(r.clientId);
    if (r.entity === 'account') accountIds.push(r.id);
  }
  const [addresses, clientRows, accountRows] = await Promise.all([
    premiseAddresses(tx, organizationId, [...premiseIds]),
    clientIds.size === 0
      ? []
      : tx
          .select({ id: clients.id, fullName: clients.fullName })
          .from(clients)
          .where(and(eq(clients.organizationId, organizationId), anyOf(clients.id, [...clientIds]))),
    accountIds.length === 0
      ? []
      : tx
          .select({ id: personalAccounts.id, number: personalAccounts.number })
          .from(personalAccounts)
          .where(
            and(eq(personalAccounts.organizationId, organizationId), anyOf(personalAccounts.id, accountIds)),
          ),
  ]);
  const names = new Map(clientRows.map((c) => [c.id, c.fullName]));
  const numbers = new Map(accountRows.map((a) => [a.id, a.number]));
  return {
    address: (id: string | null) => (id ? (addresses.get(id) ?? null) : null),
    client: (id: string | null) => (id ? (names.get(id) ?? null) : null),
    account: (id: string) => numbers.get(id) ?? null,
  };
}
