import {
  formatPremiseAddress,
  formatShare,
  LINK_ROLES,
  type LinkRole,
  type PremiseType,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { ChangeRecord } from '../../db/schema';
import { type Actor, assertCan, can } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { LINK_HISTORY_FIELDS, shareOf } from '../links/links.view';
import { residentAccounts } from '../resident-accounts/resident-accounts.service';
import * as clientsRepo from './clients.repository';
import { CLIENT_HISTORY_FIELDS, clientHistoryView } from './clients.view';
import * as repo from './merge.repository';

/** C-7: staff compare both cards before merging, and a merge follows a phone conflict. */
function assertMayMerge(actor: Actor) {
  assertCan(actor, 'clients.edit');
  if (!can(actor, 'clients.pii.name') || !can(actor, 'clients.pii.contacts')) {
    throw new AppError('FORBIDDEN', {
      detail: 'Объединять карточки может роль, которая видит ФИО и контакты клиентов',
    });
  }
}

async function loadPair(tx: Db, actor: Actor, fromId: string, intoId: string) {
  await repo.lockClients(tx, actor.organizationId, [fromId, intoId]);
  const from = await clientsRepo.findClient(tx, actor.organizationId, fromId);
  const into = await clientsRepo.findClient(tx, actor.organizationId, intoId);
  if (!from || !into) throw new AppError('NOT_FOUND');
  if (fromId === intoId) {
    throw new AppError('MERGE_NOT_ALLOWED', { detail: 'Нельзя объединить карточку клиента с ней самой' });
  }
  // C-7: A's phone could be edited only because A never logged in; a login makes it A's own.
  if (from.client.firstLoginAt) {
    throw new AppError('MERGE_NOT_ALLOWED', {
      detail:
        'Клиент уже входил в приложение со своим номером телефона: его карточку нельзя объединить с другой. Номер может изменить только поддержка',
    });
  }
  return { from, into };
}

/** a link's values as the links module records them (address, names, role label, «1/2»). */
function shown(row: repo.MergeLinkRow) {
  const share = shareOf(row.link);
  return {
    ...row.link,
    premise: formatPremiseAddress(row.premise.type as PremiseType, row.premise),
    client: row.clientName,
    role: LINK_ROLES[row.link.role as LinkRole].label,
    owner: row.ownerName,
    share: share && formatShare(share),
  };
}

const VALUE_FIELDS = LINK_HISTORY_FIELDS.filter((field) => field !== 'client' && field !== 'owner');

/** A and B are often one person under one name: the client and the owner count as changed by id. */
function linkChanges(before: repo.MergeLinkRow, after: repo.MergeLinkRow): ChangeRecord[] {
  const byId: ChangeRecord[] = [];
  if (before.link.clientId !== after.link.clientId)
    byId.push({ field: 'client', old: before.clientName, new: after.clientName });
  if (before.link.ownerClientId !== after.link.ownerClientId)
    byId.push({ field: 'owner', old: before.ownerName, new: after.ownerName });
  return [...byId, ...diffFields(shown(before), shown(after), VALUE_FIELDS)];
}

/** every link of A's premises the merge moved, changed or removed (unchanged ones drop out). */
function linkEntries(before: repo.MergeLinkRow[], after: repo.MergeLinkRow[], intoId: string) {
  const now = new Map(after.map((row) => [row.link.id, row]));
  return before.map((row): HistoryEntryInput => {
    const keys = { entityType: 'link', entityId: row.link.id, premiseId: row.link.premiseId } as const;
    const next = now.get(row.link.id);
    if (!next) {
      const changes = diffFields(shown(row), {}, LINK_HISTORY_FIELDS);
      return { ...keys, clientId: intoId, action: 'delete', changes };
    }
    return { ...keys, clientId: next.link.clientId, action: 'update', changes: linkChanges(row, next) };
  });
}

/** A's links: on shared premises one link stays on B, then the rest move (see merge.repository). */
async function mergeLinks(tx: Db, keys: repo.MergeKeys) {
  await repo.collapseSharedLinks(tx, keys);
  await repo.repointSharedDependents(tx, keys);
  await repo.deleteSharedLinks(tx, keys);
  await repo.moveLinks(tx, keys);
}

/**
 * C-7 «Объединить», inside the caller's transaction: card A (`fromId`, the one being edited) is
 * replaced by card B (`intoId`). B keeps its phone, account and password; A's links, external
 * ids, tags, history, registration requests and leads end up on B; A's card is deleted, and its
 * resident account too when nothing else uses it (T-3).
 */
export async function mergeClients(tx: Db, actor: Actor, fromId: string, intoId: string): Promise<void> {
  assertMayMerge(actor);
  const org = actor.organizationId;
  const { from, into } = await loadPair(tx, actor, fromId, intoId);
  const keys = { organizationId: org, fromId, intoId, staffId: actor.staffId };
  const premiseIds = await repo.lockPremisesOf(tx, org, fromId);
  const linksBefore = await repo.listLinksOn(tx, org, premiseIds);
  await mergeLinks(tx, keys);
  await repo.moveClientRecords(tx, keys);
  const linksAfter = await repo.listLinksOn(tx, org, premiseIds);
  await clientsRepo.deleteClient(tx, org, fromId);
  await residentAccounts.removeIfOrphan(tx, from.client.accountId);
  await repo.touchClient(tx, org, intoId, actor.staffId);
  const after = await clientsRepo.findClient(tx, org, intoId);
  if (!after) throw new AppError('NOT_FOUND');
  // one entry on B (A's name is masked by the history view for roles without «ФИО»).
  const merged: ChangeRecord = { field: 'mergedFrom', old: null, new: from.client.fullName };
  const changes = diffFields(clientHistoryView(into), clientHistoryView(after), CLIENT_HISTORY_FIELDS);
  await recordHistory(tx, actor, [
    {
      entityType: 'client',
      entityId: intoId,
      clientId: intoId,
      action: 'update',
      changes: [merged, ...changes],
    },
    ...linkEntries(linksBefore, linksAfter, intoId),
  ]);
}
