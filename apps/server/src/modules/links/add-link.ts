import type { LinkPatch } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import { checkPremiseRules } from './link-rules';
import { linkValues } from './link-values';
import * as repo from './links.repository';
import { LINK_HISTORY_FIELDS, linkHistoryFields, linkHistoryKeys } from './links.view';

/**
 * Where the request named the premise and the client: the card it came from (the other one is a
 * field of the body), or both as fields when another service links (AUTH-2 approval).
 */
export type LinkKeys = { premiseId: string; clientId: string; from: 'premise' | 'client' | 'body' };

/**
 * L-1, T-1: both must be of the caller's organisation. The card the request came from answers
 * 404 first; the other side is a field of the body (400), so nothing about it leaks either way.
 */
function assertKeysFound(keys: LinkKeys, found: { premise: boolean; client: boolean }) {
  if (keys.from !== 'body' && !found[keys.from]) throw new AppError('NOT_FOUND');
  if (!found.premise) throw fieldError('REFERENCE_NOT_FOUND', 'premiseId', 'Помещение не найдено');
  if (!found.client) throw fieldError('REFERENCE_NOT_FOUND', 'clientId', 'Клиент не найден');
}

/** The field a second link of the same pair is reported on: the one the caller chose. */
export const linkedField = (keys: LinkKeys) => (keys.from === 'client' ? 'premiseId' : 'clientId');

/**
 * L-1, L-2: a client is linked to a premise once, by staff or (APP-8, `addedByClientId`) by a
 * resident in the app (L-4), checked against the premise's links under its lock, with history in
 * the caller's transaction `tx`.
 */
export async function addLinkIn(
  tx: Db,
  actor: Actor,
  keys: LinkKeys,
  body: LinkPatch,
  addedByClientId: string | null = null,
): Promise<repo.LinkRow> {
  const values = linkValues(body);
  const { premiseId, clientId } = keys;
  const rows = await repo.lockPremiseLinks(tx, actor.organizationId, premiseId);
  const client = await repo.clientExists(tx, actor.organizationId, clientId);
  assertKeysFound(keys, { premise: rows !== undefined, client });
  if (!rows) throw new AppError('NOT_FOUND');
  if (rows.some((row) => row.link.clientId === clientId)) {
    throw fieldError('CLIENT_ALREADY_LINKED', linkedField(keys), 'Клиент уже привязан к этому помещению');
  }
  checkPremiseRules(
    values,
    { clientId },
    rows.map((row) => row.link),
  );
  const id = await repo.insertLink(
    tx,
    actor.organizationId,
    { premiseId, clientId },
    values,
    actor.staffId,
    addedByClientId,
  );
  const created = await repo.findLink(tx, actor.organizationId, id);
  if (!created) throw new Error('inserted link not found');
  const changes = diffFields({}, linkHistoryFields(created), LINK_HISTORY_FIELDS);
  await recordHistory(tx, actor, [{ ...linkHistoryKeys(created), action: 'create', changes }]);
  return created;
}
