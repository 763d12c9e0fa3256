import type {
  ClientPremiseBody,
  ClientPremiseLink,
  LinkDeleteQuery,
  LinkPatch,
  PremiseClientBody,
  PremiseLink,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, type HistoryEntryInput, recordHistory } from '../../platform/history';
import { piiAccess } from '../../platform/pii';
import { assertPremiseExists } from '../premises/assert-premise-exists';
import { addLinkIn, type LinkKeys, linkedField } from './add-link';
import { checkPremiseRules, dependentsOf } from './link-rules';
import { linkValues, valuesOf } from './link-values';
import * as repo from './links.repository';
import {
  LINK_HISTORY_FIELDS,
  linkHistoryFields,
  linkHistoryKeys,
  mapClientPremiseLink,
  mapLink,
} from './links.view';
import { linkDeletion, type Removal, refuseDependents, removeLinkIn } from './remove-link';
import { translateLinkWriteError } from './translate-link-error';

/** A link and all links of its premise, read under the premise's lock (see lockPremise). */
async function lockLink(tx: Db, actor: Actor, id: string) {
  const found = await repo.findLink(tx, actor.organizationId, id);
  const rows = found && (await repo.lockPremiseLinks(tx, actor.organizationId, found.link.premiseId));
  const row = rows?.find((candidate) => candidate.link.id === id);
  if (!rows || !row) throw new AppError('NOT_FOUND');
  return { row, rows, links: rows.map((r) => r.link) };
}

// Links are client data (personal data of residents, R-2): writing them needs «Клиенты:
// редактирование»; the premise card shows them to whoever sees the premise, masked.
export function linksService({ db }: { db: Db }) {
  async function create(actor: Actor, keys: LinkKeys, body: LinkPatch): Promise<PremiseLink> {
    assertCan(actor, 'clients.edit');
    return db
      .transaction(async (tx) => mapLink(await addLinkIn(tx, actor, keys, body), piiAccess(actor)))
      .catch((error) => translateLinkWriteError(error, linkedField(keys)));
  }

  return {
    /** The premise card's «Клиенты» (L-1): by role, then by name; masked as R-3 says. */
    async listForPremise(actor: Actor, premiseId: string): Promise<PremiseLink[]> {
      assertCan(actor, 'premises.view');
      await assertPremiseExists(db, actor, premiseId);
      const access = piiAccess(actor);
      const rows = await repo.listPremiseLinks(db, actor.organizationId, premiseId, access.name);
      return rows.map((row) => mapLink(row, access));
    },

    /** The client card's «Помещения»: each link with its premise's personal accounts. */
    async listForClient(actor: Actor, clientId: string): Promise<ClientPremiseLink[]> {
      assertCan(actor, 'clients.view');
      if (!(await repo.clientExists(db, actor.organizationId, clientId))) throw new AppError('NOT_FOUND');
      const rows = await repo.listClientLinks(db, actor.organizationId, clientId);
      const premiseIds = [...new Set(rows.map((row) => row.link.premiseId))];
      const accounts = await repo.listAccountsOfPremises(db, actor.organizationId, premiseIds);
      const access = piiAccess(actor);
      return rows.map((row) => mapClientPremiseLink(row, accounts, access));
    },

    createForPremise: (actor: Actor, premiseId: string, { clientId, ...body }: PremiseClientBody) =>
      create(actor, { premiseId, clientId, from: 'premise' }, body),

    createForClient: (actor: Actor, clientId: string, { premiseId, ...body }: ClientPremiseBody) =>
      create(actor, { premiseId, clientId, from: 'client' }, body),

    /**
     * For another service's transaction (AUTH-2: approving a registration request): the same
     * rules and history as the routes, premise and client taken as fields (400). The link's id.
     */
    async createIn(tx: Db, actor: Actor, keys: { premiseId: string; clientId: string }, body: LinkPatch) {
      assertCan(actor, 'clients.edit');
      const created = await addLinkIn(tx, actor, { ...keys, from: 'body' }, body).catch((error) =>
        translateLinkWriteError(error),
      );
      return created.link.id;
    },

    /** L-2: any field, the role included; the merged link is checked as a whole. */
    async update(actor: Actor, id: string, patch: LinkPatch): Promise<PremiseLink> {
      assertCan(actor, 'clients.edit');
      return db
        .transaction(async (tx) => mapLink(await updateLinkIn(tx, actor, id, patch), piiAccess(actor)))
        .catch((error) => translateLinkWriteError(error));
    },

    /** L-5: with confirmation in the CRM; dependents are refused, removed or re-pointed. */
    async remove(actor: Actor, id: string, query: LinkDeleteQuery): Promise<void> {
      assertCan(actor, 'clients.edit');
      await db.transaction(async (tx) => {
        const removal = { dependents: query.dependents ?? 'refuse', reassignTo: query.reassignTo };
        await removeLinkByIdIn(tx, actor, id, removal);
      });
    },
  };
}

/**
 * L-2 inside the caller's transaction (the CRM's edit, and a resident's edit of a link they added,
 * APP-7): the premise locked, the merged link checked as a whole, history written.
 */
export async function updateLinkIn(
  tx: Db,
  actor: Actor,
  id: string,
  patch: LinkPatch,
): Promise<repo.LinkRow> {
  assertCan(actor, 'clients.edit');
  const { row: before, links } = await lockLink(tx, actor, id);
  const values = linkValues(patch, valuesOf(before.link));
  const { shareNumerator, shareDenominator } = before.link;
  const shareChanged =
    values.shareNumerator !== shareNumerator || values.shareDenominator !== shareDenominator;
  checkPremiseRules(values, { id, clientId: before.link.clientId }, links, shareChanged);
  await repo.updateLink(tx, actor.organizationId, id, values, actor.staffId);
  const after = await repo.findLink(tx, actor.organizationId, id);
  if (!after) throw new AppError('NOT_FOUND');
  const changes = diffFields(linkHistoryFields(before), linkHistoryFields(after), LINK_HISTORY_FIELDS);
  await recordHistory(tx, actor, [{ ...linkHistoryKeys(after), action: 'update', changes }]);
  return after;
}

/** L-5 inside the caller's transaction (the CRM's removal, and a resident's of a link they added, APP-7). */
export async function removeLinkByIdIn(tx: Db, actor: Actor, id: string, removal: Removal): Promise<void> {
  assertCan(actor, 'clients.edit');
  const { row, rows } = await lockLink(tx, actor, id);
  await removeLinkIn(tx, actor, row, rows, removal);
}

/**
 * For the clients service, when a client is deleted: every link of the client goes, with the
 * same rule for those depending on it (L-5) — refused, or removed along, with history.
 */
export async function deleteClientLinks(
  tx: Db,
  actor: Actor,
  clientId: string,
  dependents: 'refuse' | 'remove',
) {
  assertCan(actor, 'clients.edit');
  const premises: repo.LinkRow[][] = [];
  // Premise ids come sorted: two deletions lock shared premises in the same order.
  for (const premiseId of await repo.clientPremiseIds(tx, actor.organizationId, clientId)) {
    const rows = await repo.lockPremiseLinks(tx, actor.organizationId, premiseId);
    if (rows) premises.push(rows);
  }
  if (dependents === 'refuse') {
    const links = premises.flatMap((rows) => rows.map((row) => row.link));
    const count = dependentsOf(clientId, links).length;
    if (count > 0) refuseDependents(count, 'этого клиента');
  }
  for (const rows of premises) {
    const target = rows.find((row) => row.link.clientId === clientId);
    if (target) await removeLinkIn(tx, actor, target, rows, { dependents: 'remove' });
  }
}

/** P-7 with R-4: entries for the links a premise deletion takes with it; read before deleting. */
export async function premiseLinksDeletion(
  tx: Db,
  actor: Actor,
  premiseId: string,
): Promise<HistoryEntryInput[]> {
  return (await repo.listPremiseLinks(tx, actor.organizationId, premiseId)).map(linkDeletion);
}

export type LinksService = ReturnType<typeof linksService>;
