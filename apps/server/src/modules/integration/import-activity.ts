import {
  type ActivityRecordKind,
  type BatchResult,
  IntegrationActivityItem,
  type ItemResult,
  RETIRED_PASS_KIND,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import * as repo from '../activity/activity.repository';
import { applyEachByExternalId } from './batch';
import { clientOfItem, premiseOfItem } from './item-references';

/** The item apart from its index: its own `status` must not read as a batch result's. */
type Parsed = { index: number; externalId: string; kind: ActivityRecordKind; item: IntegrationActivityItem };

/** ACT-1: the one `pass` kind became two; a sender still using it is told which to choose. */
function kindOf(item: IntegrationActivityItem): ActivityRecordKind {
  if (item.kind === RETIRED_PASS_KIND)
    throw fieldError(
      'VALIDATION_FAILED',
      'kind',
      'Тип pass больше не принимается: укажите one_time_pass (разовый пропуск) или permanent_pass (постоянный пропуск)',
      'KIND_RETIRED',
    );
  return item.kind;
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** One item: a new record, the same one unchanged, or the record brought up to what was sent. */
async function applyItem(tx: Db, actor: Actor, source: string, parsed: Parsed): Promise<ItemResult> {
  const org = actor.organizationId;
  const { item, index, kind } = parsed;
  const premiseId = await premiseOfItem(tx, org, item.premiseExternalId);
  const clientId = await clientOfItem(tx, org, source, item);
  if (!premiseId && !clientId)
    throw fieldError(
      'VALIDATION_FAILED',
      'premiseExternalId',
      'Укажите помещение (premiseExternalId) или клиента (clientExternalId или clientPhone)',
      'REQUIRED',
    );
  const subject = oneLine(item.subject);
  if (!subject) throw fieldError('VALIDATION_FAILED', 'subject', 'Заполните поле', 'REQUIRED');
  const values = {
    kind,
    premiseId,
    clientId,
    subject,
    status: item.status?.trim() || null,
    note: item.note?.trim() || null,
    result: item.result?.trim() || null,
    occurredAt: new Date(item.occurredAt),
  };
  const existing = await repo.findByExternalId(tx, org, source, item.externalId);
  const result = (status: ItemResult['status'], id: string): ItemResult => ({
    index,
    externalId: item.externalId,
    status,
    id,
  });
  if (!existing) {
    const row = await repo.insertRecord(tx, org, {
      ...values,
      externalSource: source,
      externalId: item.externalId,
    });
    return result('created', row.id);
  }
  const same =
    existing.kind === values.kind &&
    existing.premiseId === values.premiseId &&
    existing.clientId === values.clientId &&
    existing.subject === values.subject &&
    existing.status === values.status &&
    existing.note === values.note &&
    existing.result === values.result &&
    existing.occurredAt.getTime() === values.occurredAt.getTime();
  if (same) return result('unchanged', existing.id);
  await repo.updateRecord(tx, org, existing.id, values);
  return result('updated', existing.id);
}

/**
 * ACT-1: actions other systems of the УО report (marketplace orders, bill payments, one-time and
 * permanent passes, surveys, owners' meetings, calls of a call-centre), shown in the «Активность»
 * tab. Idempotent by (source, external id): a repeat changes nothing (`unchanged`), a changed status
 * or text updates the record (`updated`). Items are checked one by one (a bad one is reported, the
 * rest applied) in one transaction, as the other batches (I-1); not a rollback batch — the next
 * sending corrects it.
 */
export async function importActivity(
  db: Db,
  actor: Actor,
  source: string,
  raw: unknown[],
): Promise<BatchResult> {
  assertCan(actor, 'clients.edit');
  return applyEachByExternalId(
    db,
    raw,
    IntegrationActivityItem,
    (item, index) => ({
      index,
      externalId: item.externalId,
      kind: kindOf(item),
      item,
    }),
    (tx, item) => applyItem(tx, actor, source, item),
  );
}
