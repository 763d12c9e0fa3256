import {
  type BatchResult,
  IntegrationRequestItem,
  type IntegrationRequestsPage,
  type ItemResult,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { fieldError } from '../../platform/errors';
import { createRequestIn } from '../service-requests/create-request';
import * as types from '../service-requests/request-types.repository';
import * as repo from '../service-requests/service-requests.repository';
import { mapIntegrationRequest } from '../service-requests/service-requests.view';
import { applyEachByExternalId } from './batch';
import { clientOfItem, premiseOfItem } from './item-references';

type Parsed = IntegrationRequestItem & { index: number };

/** One item: the request with this external id answers as it is (idempotent), else a new one. */
async function applyItem(tx: Db, actor: Actor, source: string, item: Parsed): Promise<ItemResult> {
  const org = actor.organizationId;
  const existing = await repo.findByExternalId(tx, org, source, item.externalId);
  if (existing) return { index: item.index, externalId: item.externalId, status: 'unchanged', id: existing };
  const type = await types.findTypeByName(tx, org, item.type.trim());
  if (!type) throw fieldError('REFERENCE_NOT_FOUND', 'type', `Типа заявки «${item.type}» нет в организации`);
  const premiseId = await premiseOfItem(tx, org, item.premiseExternalId);
  const clientId = await clientOfItem(tx, org, source, item);
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
