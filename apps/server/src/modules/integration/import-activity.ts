import {
  type BatchResult,
  IntegrationActivityItem,
  type ItemResult,
  normalizePhone,
} from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientExternalIds, clients, premises } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import * as repo from '../activity/activity.repository';
import { applyEachByExternalId } from './batch';

/** The item apart from its index: its own `status` must not read as a batch result's. */
type Parsed = { index: number; externalId: string; item: IntegrationActivityItem };

async function premiseOf(
  tx: Db,
  organizationId: string,
  item: IntegrationActivityItem,
): Promise<string | null> {
  if (!item.premiseExternalId) return null;
  const [row] = await tx
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.externalId, item.premiseExternalId)));
  if (!row)
    throw fieldError(
      'REFERENCE_NOT_FOUND',
      'premiseExternalId',
      'Помещение с таким внешним идентификатором не найдено',
    );
  return row.id;
}

async function clientOf(
  tx: Db,
  organizationId: string,
  source: string,
  item: IntegrationActivityItem,
): Promise<string | null> {
  if (item.clientExternalId) {
    const [row] = await tx
      .select({ id: clientExternalIds.clientId })
      .from(clientExternalIds)
      .where(
        and(
          eq(clientExternalIds.organizationId, organizationId),
          eq(clientExternalIds.source, source),
          eq(clientExternalIds.externalId, item.clientExternalId),
        ),
      );
    if (!row)
      throw fieldError(
        'REFERENCE_NOT_FOUND',
        'clientExternalId',
        'Клиент с таким внешним идентификатором не найден',
      );
    return row.id;
  }
  if (!item.clientPhone) return null;
  const phone = normalizePhone(item.clientPhone);
  if (!phone.ok) throw fieldError('VALIDATION_FAILED', 'clientPhone', 'Неверный номер телефона', phone.code);
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone.value)));
  if (!row) throw fieldError('REFERENCE_NOT_FOUND', 'clientPhone', 'Клиент с таким телефоном не найден');
  return row.id;
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** One item: a new record, the same one unchanged, or the record brought up to what was sent. */
async function applyItem(tx: Db, actor: Actor, source: string, parsed: Parsed): Promise<ItemResult> {
  const org = actor.organizationId;
  const { item, index } = parsed;
  const premiseId = await premiseOf(tx, org, item);
  const clientId = await clientOf(tx, org, source, item);
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
    kind: item.kind,
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
 * ACT-1: actions other systems of the УО report (marketplace orders, bill payments, passes,
 * surveys, owners' meetings, calls of a call-centre), shown in the «Активность» tab. Idempotent by
 * (source, external id): a repeat changes nothing (`unchanged`), a changed status or text updates
 * the record (`updated`). Items are checked one by one (a bad one is reported, the rest applied) in
 * one transaction, as the other batches (I-1); not a rollback batch — the next sending corrects it.
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
      item,
    }),
    (tx, item) => applyItem(tx, actor, source, item),
  );
}
