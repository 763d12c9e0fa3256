import { type LinkRole, mayDependOn } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { clientsCount, dependentsOf } from './link-rules';
import * as repo from './links.repository';
import { LINK_HISTORY_FIELDS, linkHistoryFields, linkHistoryKeys } from './links.view';

/** L-5: what happens to the links that depend on the one being removed. */
export type DependentsMode = 'refuse' | 'remove' | 'reassign';
export type Removal = { dependents: DependentsMode; reassignTo?: string };

export function linkDeletion(row: repo.LinkRow): HistoryEntryInput {
  const changes = diffFields(linkHistoryFields(row), {}, LINK_HISTORY_FIELDS);
  return { ...linkHistoryKeys(row), action: 'delete', changes };
}

/** L-5 «refuse»: the detail names how many depend, never who (their names may be masked, R-3). */
export function refuseDependents(count: number, whose = 'этого собственника'): never {
  throw new AppError('OWNER_HAS_DEPENDENTS', {
    detail: `От ${whose} зависят ${clientsCount(count)}. Удалите их вместе с ним или выберите им другого собственника`,
  });
}

/** The links depending on a client, and those depending on them in turn (an unconfirmed owner's). */
export function dependentsDeep(clientId: string, rows: repo.LinkRow[]): repo.LinkRow[] {
  const found: repo.LinkRow[] = [];
  let owners = [clientId];
  while (owners.length > 0) {
    const next = rows.filter(
      (row) => row.link.ownerClientId && owners.includes(row.link.ownerClientId) && !found.includes(row),
    );
    found.push(...next);
    owners = next.map((row) => row.link.clientId);
  }
  return found.filter((row) => row.link.clientId !== clientId);
}

/** L-5 «reassign»: the new owner is another owner of the premise that each dependent may depend on. */
function reassignmentTarget(
  target: repo.LinkRow,
  dependents: repo.LinkRow[],
  rows: repo.LinkRow[],
  id?: string,
) {
  if (!id) {
    throw fieldError(
      'VALIDATION_FAILED',
      'reassignTo',
      'Выберите собственника, к которому перейдут зависящие клиенты',
    );
  }
  const owner = rows.find((row) => row.link.id === id && row.link.id !== target.link.id);
  const suits = (dependent: repo.LinkRow) =>
    owner !== undefined &&
    dependent.link.clientId !== owner.link.clientId &&
    mayDependOn(dependent.link.role as LinkRole, owner.link.role as LinkRole);
  if (!owner || !dependents.every(suits)) {
    const message =
      'Выберите другого собственника или неподтверждённого собственника этого помещения, от которого могут зависеть все эти клиенты';
    throw fieldError('VALIDATION_FAILED', 'reassignTo', message, 'OWNER_ROLE_NOT_ALLOWED');
  }
  return owner;
}

async function reassign(
  tx: Db,
  actor: Actor,
  target: repo.LinkRow,
  dependents: repo.LinkRow[],
  rows: repo.LinkRow[],
  id?: string,
) {
  const owner = reassignmentTarget(target, dependents, rows, id);
  const ids = dependents.map((row) => row.link.id);
  await repo.repointDependents(tx, actor.organizationId, ids, owner.link.clientId, actor.staffId);
  await repo.deleteLinks(tx, actor.organizationId, [target.link.id]);
  const repointed = dependents.map((row): HistoryEntryInput => {
    const before = linkHistoryFields(row);
    const changes = diffFields(before, { ...before, owner: owner.clientName }, LINK_HISTORY_FIELDS);
    return { ...linkDeletion(row), action: 'update', changes };
  });
  await recordHistory(tx, actor, [...repointed, linkDeletion(target)]);
}

/**
 * L-5 inside the caller's transaction, with the premise locked and `rows` its links read after
 * the lock. The link goes; those depending on its client are refused, go too, or are re-pointed.
 */
export async function removeLinkIn(
  tx: Db,
  actor: Actor,
  target: repo.LinkRow,
  rows: repo.LinkRow[],
  removal: Removal,
) {
  const direct = dependentsOf(
    target.link.clientId,
    rows.map((row) => row.link),
  );
  if (direct.length > 0 && removal.dependents === 'refuse') refuseDependents(direct.length);
  if (direct.length > 0 && removal.dependents === 'reassign') {
    const dependents = rows.filter((row) => direct.includes(row.link));
    return reassign(tx, actor, target, dependents, rows, removal.reassignTo);
  }
  const removed = [target, ...dependentsDeep(target.link.clientId, rows)];
  await repo.deleteLinks(
    tx,
    actor.organizationId,
    removed.map((row) => row.link.id),
  );
  await recordHistory(tx, actor, removed.map(linkDeletion));
}
