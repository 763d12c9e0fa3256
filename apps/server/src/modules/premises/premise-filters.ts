import type { PremiseListQuery, PremiseSort } from '@domovoy/contract';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  clients,
  objects,
  personalAccounts,
  premiseLinks,
  premises,
  premiseTags,
  tags,
} from '../../db/schema';
import { type OrderKey, orderByKeys } from '../../platform/keyset';
import type { PiiAccess } from '../../platform/pii';
import { containsPattern, prefixPattern } from '../../platform/sql';
import { clientReadingCondition } from '../clients/client-filters';
import { normalizeTagName } from '../tags/tags.service';
import { normalizeText } from './normalize-address';
import { type AddressQuery, parseAddressQuery } from './parse-address-query';

/** Objects whose name or address contains the text («Северный 10 15»): few per organisation. */
function objectsNamed(organizationId: string, text: string): SQL {
  return sql`(select o.id from ${objects} o where o.organization_id = ${organizationId}
    and replace(lower(o.name || ' ' || o.address), 'ё', 'е') like ${containsPattern(text)})`;
}

/**
 * P-2: street – house – premise, each part optional; the parts given must all match. The street
 * may be part of the premise's street or of its object's name or address: two alternatives,
 * each served by its own index (a trigram index on the street, the object index).
 */
function addressAlternatives(organizationId: string, q: AddressQuery): SQL[] {
  const parts: SQL[] = [];
  if (q.house) parts.push(eq(premises.houseNorm, q.house));
  if (q.building) parts.push(eq(premises.buildingNorm, q.building));
  if (q.number) parts.push(eq(premises.numberNorm, q.number));
  if (q.room) parts.push(eq(premises.roomNorm, q.room));
  if (q.types) parts.push(inArray(premises.type, q.types));
  if (!q.street) return parts.length > 0 ? [and(...parts) as SQL] : [];
  return [
    and(sql`${premises.streetNorm} like ${containsPattern(q.street)}`, ...parts) as SQL,
    and(inArray(premises.objectId, objectsNamed(organizationId, q.street)), ...parts) as SQL,
  ];
}

/**
 * A personal account number or ЕЛС: one token (or digits in groups, «4000 0001 23»), matched
 * exactly, or as a number prefix from 6 characters on.
 */
export function accountNumberCondition(raw: string): SQL | undefined {
  const tokens = raw.trim().split(/\s+/);
  const compact = tokens.join('');
  const looksLikeAccount =
    /\d/.test(compact) &&
    (tokens.length === 1 || (tokens.every((t) => /^\d+$/.test(t)) && compact.length >= 6));
  if (!looksLikeAccount) return undefined;
  const { number, els } = personalAccounts;
  const prefix = compact.length >= 6 ? sql` or ${number} like ${prefixPattern(compact)}` : sql``;
  return sql`(${number} = ${compact} or ${els} = ${compact.toUpperCase()}${prefix})`;
}

function accountBranch(organizationId: string, raw: string): SQL | undefined {
  const condition = accountNumberCondition(raw);
  if (!condition) return undefined;
  return sql`select ${personalAccounts.premiseId} from ${personalAccounts}
    where ${personalAccounts.organizationId} = ${organizationId} and ${condition}`;
}

/** P-2: premises of the clients the query names, by name or phone — only what the caller may see (R-3). */
function clientBranch(organizationId: string, search: string, access: PiiAccess): SQL | undefined {
  const condition = clientReadingCondition(search, access);
  if (!condition) return undefined;
  return sql`select ${premiseLinks.premiseId} from ${premiseLinks} join ${clients}
    on ${clients.organizationId} = ${premiseLinks.organizationId} and ${clients.id} = ${premiseLinks.clientId}
    where ${clients.organizationId} = ${organizationId} and ${condition}`;
}

/**
 * P-2. Each reading of the query (an address, an account number) is a subquery of premise ids
 * served by its own index. Their union is computed first (`= any(array(…))`), then the few
 * matching rows are fetched by key and sorted: an OR across tables in one WHERE made PostgreSQL
 * scan every premise, and a plain `IN` let it walk the whole address index looking for matches.
 */
export function searchCondition(
  organizationId: string,
  search: string,
  access: PiiAccess,
  readings: { accounts: boolean; clients: boolean } = { accounts: true, clients: true },
): SQL | undefined {
  // A query with nothing to search by («%», «-») finds nothing, not everything (issue 10).
  if (!normalizeText(search)) return search.trim() ? sql`false` : undefined;
  const addresses = addressAlternatives(organizationId, parseAddressQuery(search));
  const account = readings.accounts ? accountBranch(organizationId, search) : undefined;
  const client = readings.clients ? clientBranch(organizationId, search, access) : undefined;
  // One reading of the premises table alone («кв 65», «10 15»): a plain condition, which the
  // planner can read in address order from an index rather than fetch and sort every match.
  const [only] = addresses;
  if (only && addresses.length === 1 && !account && !client) return only;
  const branches: SQL[] = [];
  for (const address of addresses) {
    branches.push(
      sql`select ${premises.id} from ${premises} where ${premises.organizationId} = ${organizationId} and ${address}`,
    );
  }
  if (account) branches.push(account);
  if (client) branches.push(client);
  // Nothing recognisable: match nothing rather than everything.
  if (branches.length === 0) return sql`false`;
  return sql`${premises.id} = any(array(${sql.join(branches, sql` union `)}))`;
}

function objectSetCondition(organizationId: string, column: 'group_id' | 'quarter_id', ids: string[]): SQL {
  return inArray(
    premises.objectId,
    sql`(select o.id from ${objects} o where o.organization_id = ${organizationId}
         and o.${sql.raw(column)} in (${sql.join(
           ids.map((id) => sql`${id}::uuid`),
           sql`, `,
         )}))`,
  );
}

function tagCondition(organizationId: string, names: string[]): SQL {
  const norms = names.map(normalizeTagName);
  return sql`exists (select 1 from ${premiseTags} pt join ${tags} t
    on t.organization_id = pt.organization_id and t.id = pt.tag_id
    where pt.organization_id = ${organizationId} and pt.premise_id = ${premises.id}
    and t.name_norm in (${sql.join(
      norms.map((n) => sql`${n}`),
      sql`, `,
    )}))`;
}

/** P-3: premises a client is linked to (in any role). */
function clientFilter(organizationId: string, clientIds: string[]): SQL {
  return inArray(
    premises.id,
    sql`(select ${premiseLinks.premiseId} from ${premiseLinks} where ${premiseLinks.organizationId} = ${organizationId}
         and ${inArray(premiseLinks.clientId, clientIds)})`,
  );
}

/** P-3: filters by object group, quarter, object, type, client and tags (any of the tags); the ticked rows. */
export function premiseWhere(
  organizationId: string,
  query: PremiseListQuery,
  access: PiiAccess,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  // Issue 17: the rows ticked in the list («только эти»), with or without other conditions.
  if (query.id?.length) conditions.push(inArray(premises.id, query.id));
  if (query.clientId?.length) conditions.push(clientFilter(organizationId, query.clientId));
  if (query.objectId?.length) conditions.push(inArray(premises.objectId, query.objectId));
  if (query.objectGroupId?.length)
    conditions.push(objectSetCondition(organizationId, 'group_id', query.objectGroupId));
  if (query.quarterId?.length)
    conditions.push(objectSetCondition(organizationId, 'quarter_id', query.quarterId));
  if (query.type?.length) conditions.push(inArray(premises.type, query.type));
  if (query.tag?.length) conditions.push(tagCondition(organizationId, query.tag));
  if (query.search) conditions.push(searchCondition(organizationId, query.search, access));
  return and(...conditions);
}

const byAddress = sql`${premises.sortKey} collate "C"`;
const area: OrderKey = { expr: premises.totalArea, nullable: true, kind: 'numeric' };
const id: OrderKey = { expr: premises.id, kind: 'uuid' };

/** P-3: by address in natural order (кв. 2 before кв. 10) or by total area; the id breaks ties. */
export function premiseOrderKeys(sort: PremiseSort = 'address'): OrderKey[] {
  switch (sort) {
    case 'address':
      return [{ expr: byAddress }, id];
    case '-address':
      return [
        { expr: byAddress, desc: true },
        { ...id, desc: true },
      ];
    case 'area':
      return [area, { expr: byAddress }, id];
    case '-area':
      return [{ ...area, desc: true }, { expr: byAddress }, id];
  }
}

export function premiseOrder(sort: PremiseSort = 'address'): SQL[] {
  return orderByKeys(premiseOrderKeys(sort));
}
