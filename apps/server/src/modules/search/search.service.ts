import { type Permission, parseRequestNumber, type SearchQuery, type SearchResult } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, can } from '../../platform/actor';
import { type PiiAccess, piiAccess } from '../../platform/pii';
import {
  clientOrder,
  clientReadingCondition,
  clientSort,
  hasNameWords,
  hiddenClientReading,
} from '../clients/client-filters';
import { accountNumberCondition, premiseOrder, searchCondition } from '../premises/premise-filters';
import * as repo from './search.repository';
import { mapSearchAccount, mapSearchClient, mapSearchPremise, mapSearchRequest } from './search.view';

const DEFAULT_LIMIT = 5;

/**
 * Issue 17: the CRM header's search. Each group is read by its section's own list rules (the
 * address reading of P-2 with its type words, C-2 names and phones, the account and ЕЛС reading of
 * P-2, a request number «№ 1042»), a few rows each, all at once. A group needs its section
 * and is absent without it; names and phones are masked and never searched by when hidden.
 */
export function searchService({ db }: { db: Db }) {
  async function premises(organizationId: string, q: string, access: PiiAccess, limit: number) {
    // Only the address: clients and accounts have groups of their own here.
    const where = searchCondition(organizationId, q, access, { accounts: false, clients: false });
    if (!where) return [];
    const rows = await repo.findPremises(db, organizationId, where, premiseOrder('address'), limit);
    return rows.map(mapSearchPremise);
  }

  /**
   * As the premises box reads clients: a name alone or a phone alone (P-2), the name first as the
   * beginning of the full name and only when that finds nobody anywhere in it, as the list does (C-1).
   */
  async function clients(organizationId: string, q: string, access: PiiAccess, limit: number) {
    const prefix = clientReadingCondition(q, access, 'prefix');
    if (!prefix) return { items: [], hidden: hiddenClientReading(q, access) };
    const order = clientOrder(clientSort(undefined, access));
    let rows = await repo.findClients(db, organizationId, prefix, order, limit);
    const contains = hasNameWords(q) ? clientReadingCondition(q, access, 'contains') : undefined;
    if (rows.length === 0 && contains)
      rows = await repo.findClients(db, organizationId, contains, order, limit);
    return { items: rows.map((row) => mapSearchClient(row, access)), hidden: false };
  }

  async function accounts(organizationId: string, q: string, limit: number) {
    const where = accountNumberCondition(q);
    if (!where) return [];
    return (await repo.findAccounts(db, organizationId, where, limit)).map(mapSearchAccount);
  }

  async function requests(organizationId: string, q: string) {
    const number = parseRequestNumber(q);
    if (number === undefined) return [];
    return (await repo.findRequests(db, organizationId, number)).map(mapSearchRequest);
  }

  return {
    async search(actor: Actor, query: SearchQuery): Promise<SearchResult> {
      // Open to every staff member: what each group shows is decided by its section.
      const when = <T>(permission: Permission, read: () => Promise<T>) =>
        can(actor, permission) ? read() : Promise.resolve(undefined);
      // An empty or blank query reads as nothing in every group (each reading needs some text).
      const q = query.q.trim();
      const limit = query.limit ?? DEFAULT_LIMIT;
      const organizationId = actor.organizationId;
      const access = piiAccess(actor);
      const [premiseItems, clientGroup, accountItems, requestItems] = await Promise.all([
        when('premises.view', () => premises(organizationId, q, access, limit)),
        when('clients.view', () => clients(organizationId, q, access, limit)),
        when('premises.view', () => accounts(organizationId, q, limit)),
        when('requests.view', () => requests(organizationId, q)),
      ]);
      return {
        premises: premiseItems,
        clients: clientGroup?.items,
        clientsHidden: clientGroup?.hidden ?? false,
        accounts: accountItems,
        requests: requestItems,
      };
    },
  };
}

export type SearchService = ReturnType<typeof searchService>;
