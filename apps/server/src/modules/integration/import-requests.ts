import {
  type BatchResult,
  IntegrationRequestItem,
  type IntegrationRequestsPage,
  type ItemResult,
  normalizePhone,
} from '@domovoy/contract';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientExternalIds, clients, premises } from '../../db/schema';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import { createRequestIn } from '../service-requests/create-request';
import * as types from '../service-requests/request-types.repository';
import * as repo from '../service-requests/service-requests.repository';
import { mapIntegrationRequest } from '../service-requests/service-requests.view';
import { applyEachByExternalId } from './batch';

type Parsed = IntegrationRequestItem & { index: number };

async function premiseByExternalId(tx: Db, organizationId: string, externalId: string) {
  const [row] = await tx
    .select({ id: premises.id })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), eq(premises.externalId, externalId)));
  return row?.id;
}

async function clientOf(tx: Db, organizationId: string, source: string, item: Parsed) {
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
  if (item.clientPhone) {
    const phone = normalizePhone(item.clientPhone);
    if (!phone.ok)
      throw fieldError('VALIDATION_FAILED', 'clientPhone', 'Неверный номер телефона', phone.code);
    const [row] = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, phone.value)));
    if (!row) throw fieldError('REFERENCE_NOT_FOUND', 'clientPhone', 'Клиент с таким телефоном не найден');
    return row.id;
  }
  return null;
}

/** One item: the request with this external id answers as it is (idempotent), else a new one. */
async function applyItem(tx: Db, actor: Actor, source: string, item: Parsed): Promise<ItemResult> {
  const org = actor.organizationId;
  const existing = await repo.findByExternalId(tx, org, source, item.externalId);
  if (existing) return { index: item.index, externalId: item.externalId, status: 'unchanged', id: existing };
  const type = await types.findTypeByName(tx, org, item.type.trim());
  if (!type) throw fieldError('REFERENCE_NOT_FOUND', 'type', `Типа заявки «${item.type}» нет в организации`);
  let premiseId: string | null = null;
  if (item.premiseExternalId) {
    premiseId = (await premiseByExternalId(tx, org, item.premiseExternalId)) ?? null;
    if (!premiseId)
      throw fieldError(
        'REFERENCE_NOT_FOUND',
        'premiseExternalId',
        'Помещение с таким внешним идентификатором не найдено',
      );
  }
  const clientId = await clientOf(tx, org, source, item);
  const record = await createRequestIn(tx, actor, {
    typeId: type.id,
    subject: item.subject,
    description: item.description,
    premiseId,
    clientId,
    dueAt: item.dueAt,
    source: 'integration',
    externalSource: source,
    externalId: item.externalId,
  });
  return { index: item.index, externalId: item.externalId, status: 'created', id: record.id };
}

/**
 * Issue 13: requests from a call-centre or an accounting system, idempotent by (source, external
 * id): a repeat answers `unchanged` with the same request. Items are checked one by one (a bad one
 * is reported, the rest applied) in one transaction, as the other batches (I-1).
 */
export async function importRequests(
  db: Db,
  actor: Actor,
  source: string,
  raw: unknown[],
): Promise<BatchResult> {
  assertCan(actor, 'requests.view', 'requests.create');
  return applyEachByExternalId(
    db,
    raw,
    IntegrationRequestItem,
    (item, index) => ({
      ...item,
      index,
    }),
    (tx, item) => applyItem(tx, actor, source, item),
  );
}

function encodeCursor(cursor: (string | null)[]): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): (string | null)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    )
      return value as string[];
  } catch {
    // refused below
  }
  throw fieldError(
    'VALIDATION_FAILED',
    'cursor',
    'Курсор не распознан: возьмите nextCursor из предыдущего ответа',
  );
}

/**
 * Issue 13: the changes feed for a dispatch system — requests changed since `updatedSince`, oldest
 * change first, by keyset on (updated_at, id): a request changed again moves to the end, so a
 * client that follows `nextCursor` to null and later resumes from its last cursor misses nothing.
 */
export async function requestChanges(
  db: Db,
  actor: Actor,
  query: { updatedSince?: string; cursor?: string; limit?: number },
): Promise<IntegrationRequestsPage> {
  assertCan(actor, 'requests.view');
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const since = query.updatedSince ? new Date(query.updatedSince) : undefined;
  const limit = query.limit ?? 200;
  const page = await repo.changesPage(db, actor.organizationId, since, cursor, limit);
  return {
    items: page.rows.map(mapIntegrationRequest),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}
