import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { recordsJson } from '../db/records-json';
import { type ChangeRecord, changeHistory } from '../db/schema';
import type { Actor } from './actor';

export type HistoryAction = 'create' | 'update' | 'delete';

export type HistoryEntityType =
  | 'premise'
  | 'account'
  | 'document'
  | 'client'
  | 'link'
  | 'external_id'
  | 'registration_request'
  | 'lead'
  | 'resident_session'
  | 'service_request'
  | 'meter'
  | 'meter_reading';

export type HistoryEntryInput = {
  entityType: HistoryEntityType;
  entityId: string;
  premiseId?: string | null;
  clientId?: string | null;
  action: HistoryAction;
  changes: ChangeRecord[];
};

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(String).sort();
  return value ?? null;
}

/** A value whose JSON text differs from every other such value's: text, boolean, finite number, null. */
const plain = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * Whether two normalised values read the same as JSON. Two plain values do exactly when they are
 * `===`, which spares the two JSON texts for almost every field (issue 16: they were the largest
 * part of an integration batch's own CPU); lists and the odd number (NaN) are compared as JSON.
 */
function same(old: unknown, next: unknown): boolean {
  if (old === next) return true;
  if (plain(old) && plain(next)) return false;
  return JSON.stringify(old) === JSON.stringify(next);
}

/** Field-by-field differences; unchanged fields are left out. */
export function diffFields<T extends Record<string, unknown>>(
  before: Partial<T>,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): ChangeRecord[] {
  const changes: ChangeRecord[] = [];
  for (const field of fields) {
    const old = normalise(before[field]);
    const next = normalise(after[field]);
    if (!same(old, next)) changes.push({ field, old, new: next });
  }
  return changes;
}

/**
 * Where the history of a transaction rolled back by design (an import's preview) goes instead of
 * the table: nowhere (`null`), or to a collector that says what the change would record.
 */
export type HistoryCollector = {
  add(entries: HistoryEntryInput[]): void;
  /** Whether more entries are wanted (work done only to write history can be skipped when not). */
  wants(): boolean;
  /** The work so far was rolled back (to a savepoint): what it collected did not happen. */
  reset(): void;
};
const diverted = new WeakMap<Db, HistoryCollector | null>();

/**
 * Marks `tx` as one that will be rolled back: its history is not written. Nothing in a change reads
 * the history it writes, so the outcome is the same; an import's preview of 100,000 rows writes
 * ~500,000 entries less.
 */
export function historyDiscarded(tx: Db): void {
  diverted.set(tx, null);
}

/** As `historyDiscarded`, but the entries go to `collector` (the preview lists what would change). */
export function historyCollected(tx: Db, collector: HistoryCollector): void {
  diverted.set(tx, collector);
}

/**
 * The caller rolled `tx` back to a savepoint taken before any history was collected: a collector
 * forgets what it was given (history written to the table is rolled back with the rest).
 */
export function historyRolledBack(tx: Db): void {
  diverted.get(tx)?.reset();
}

/** Whether history written in `db` is wanted: work done only to write it can be skipped when not. */
export function historyKept(db: Db): boolean {
  const collector = diverted.get(db);
  if (collector === undefined) return true;
  return collector?.wants() ?? false;
}

/**
 * written in the same transaction as the change it describes (STYLE 10). One statement
 * for any number of entries, the rows passed as one JSON parameter (an import writes thousands).
 */
export async function recordHistory(db: Db, actor: Actor, entries: HistoryEntryInput[]): Promise<void> {
  const collector = diverted.get(db);
  if (collector !== undefined) {
    collector?.add(entries);
    return;
  }
  const rows = entries
    .filter((entry) => entry.action !== 'update' || entry.changes.length > 0)
    .map((entry) => ({
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      premise_id: entry.premiseId ?? null,
      client_id: entry.clientId ?? null,
      action: entry.action,
      changes: entry.changes,
    }));
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${changeHistory} (organization_id, entity_type, entity_id, premise_id, client_id, action,
      changes, actor_staff_id, actor_name)
    select ${actor.organizationId}, r.entity_type, r.entity_id, r.premise_id, r.client_id, r.action,
      r.changes, ${actor.staffId}::uuid, ${actor.name}
    from jsonb_to_recordset(${recordsJson(rows)}::jsonb) as r(entity_type text, entity_id uuid,
      premise_id uuid, client_id uuid, action text, changes jsonb)`);
}

/** Entries of one premise card (the premise, its accounts, its documents), newest first. */
export function listPremiseHistory(
  db: Db,
  organizationId: string,
  premiseId: string,
  limit: number,
  beforeId?: number,
) {
  return db
    .select()
    .from(changeHistory)
    .where(
      and(
        eq(changeHistory.organizationId, organizationId),
        eq(changeHistory.premiseId, premiseId),
        beforeId ? lt(changeHistory.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(changeHistory.id))
    .limit(limit);
}

/** Entries of one client card (the client, its external ids, its links), newest first. */
export function listClientHistory(
  db: Db,
  organizationId: string,
  clientId: string,
  limit: number,
  beforeId?: number,
) {
  return db
    .select()
    .from(changeHistory)
    .where(
      and(
        eq(changeHistory.organizationId, organizationId),
        eq(changeHistory.clientId, clientId),
        beforeId ? lt(changeHistory.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(changeHistory.id))
    .limit(limit);
}

/**
 * The records whose history is read by themselves, not on a premise's or client's card: the only
 * entries `change_history_entity_idx` holds (its predicate names these; a new one needs a migration).
 */
export type RecordHistoryType = Extract<HistoryEntityType, 'registration_request' | 'service_request'>;

/** Entries of one record (a registration request, a service request), oldest first. */
export function listEntityHistory(
  db: Db,
  organizationId: string,
  entityType: RecordHistoryType,
  entityId: string,
) {
  return db
    .select()
    .from(changeHistory)
    .where(
      and(
        eq(changeHistory.organizationId, organizationId),
        eq(changeHistory.entityType, entityType),
        eq(changeHistory.entityId, entityId),
      ),
    )
    .orderBy(changeHistory.id);
}

export type HistoryRow = typeof changeHistory.$inferSelect;
