import { type ClientListQuery, type ClientSort, type PhoneQuery, parsePhoneQuery } from '@domovoy/contract';
import { and, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { clients, clientTags, objects, premiseLinks, premises, tags } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { type OrderKey, orderByKeys } from '../../platform/keyset';
import type { PiiAccess } from '../../platform/pii';
import { containsPattern, prefixPattern } from '../../platform/sql';
import { normalizeTagName } from '../tags/tags.service';
import { normalizeName } from './client-values';

/** Words of a query that are a name, and runs of digits that are a phone. */
function splitQuery(search: string) {
  const words = normalizeName(search)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w));
  const digits = search.replace(/\p{L}+/gu, ' ');
  return { words, phone: parsePhoneQuery(digits) };
}

// The largest code point: `x < prefix || TOP` holds for every text starting with the prefix.
const TOP = '\u{10FFFF}';

/** Texts that start with `prefix`, as a range an index (collate "C") serves in order. */
function startsWith(column: SQL | AnyPgColumn, prefix: string): SQL {
  return sql`(${column} collate "C" >= ${prefix} and ${column} collate "C" < ${prefix + TOP})`;
}

/**
 * C-2: a phone typed as +7…, 8… or any part of it. A whole number is an equality on the E.164
 * column (a btree); 5+ digits are «contains» over the 10 national digits (a trigram index);
 * 3–4 digits are the end of the number (a btree on its last four digits reversed); a fragment typed with its
 * trunk prefix also «starts the number» (a text_pattern_ops btree).
 */
export function phoneCondition(columns: PiiSearchColumns, q: PhoneQuery): SQL {
  const { phone, phoneDigits } = columns;
  if (q.exact)
    return phone && q.exact.length === 10
      ? sql`${phone} = ${`+7${q.exact}`}`
      : sql`${phoneDigits} = ${q.exact}`;
  const readings = q.contains.map((part) => sql`${phoneDigits} like ${containsPattern(part)}`);
  if (q.suffix)
    readings.push(
      sql`reverse(right(${phoneDigits}, 4)) like ${prefixPattern([...q.suffix].reverse().join(''))}`,
    );
  if (q.prefix) readings.push(sql`${phoneDigits} like ${prefixPattern(q.prefix)}`);
  return or(...readings) as SQL;
}

/** What a name-and-phone search reads: a normalised name (none for leads), the E.164 phone, its digits. */
export type PiiSearchColumns = {
  name?: SQL | AnyPgColumn;
  phone?: SQL | AnyPgColumn;
  phoneDigits: SQL | AnyPgColumn;
};

/**
 * How typed name words match: `prefix` — the words begin the full name, surname first («Иванов
 * Ив»), served in name order by the sort index; `contains` — every word is somewhere in the name.
 */
export type NameMode = 'prefix' | 'contains';

function nameCondition(name: SQL | AnyPgColumn | undefined, words: string[], mode: NameMode): SQL[] {
  if (words.length === 0) return [];
  if (!name) return [sql`false`];
  if (mode === 'prefix') return [startsWith(name, words.join(' '))];
  return words.map((word) => sql`${name} like ${containsPattern(word)}`);
}

/** Whether a query has name words (the service tries `prefix` first, then `contains`). */
export function hasNameWords(search: string): boolean {
  return splitQuery(search).words.length > 0;
}

/**
 * C-2 with R-3: the name and phone readings of a query. A reading the caller may not see is
 * refused, not quietly matched: finding a card by a hidden phone would reveal the phone.
 * Shared by clients, registration requests and leads, so they search and refuse alike.
 */
export function piiSearchCondition(
  search: string,
  access: PiiAccess,
  columns: PiiSearchColumns,
  mode: NameMode = 'contains',
) {
  const { words, phone } = splitQuery(search);
  // A query with nothing to search by («%», «12», «-») finds nothing, not everything (issue 10).
  if (words.length === 0 && !phone) return search.trim() ? sql`false` : undefined;
  if ((words.length > 0 && !access.name) || (phone && !access.contacts))
    throw new AppError('PII_SEARCH_FORBIDDEN');
  const parts = nameCondition(columns.name, words, mode);
  if (phone) parts.push(phoneCondition(columns, phone));
  return and(...parts);
}

const CLIENT_COLUMNS: PiiSearchColumns = {
  name: clients.nameNorm,
  phone: clients.phone,
  phoneDigits: clients.phoneDigits,
};

export function clientSearchCondition(
  search: string,
  access: PiiAccess,
  mode: NameMode = 'prefix',
): SQL | undefined {
  return piiSearchCondition(search, access, CLIENT_COLUMNS, mode);
}

/**
 * The same readings where clients are one option among others (the premises search box, P-2):
 * only a query that is a name alone or a phone alone is read as a client («кв 65», «Ленина 10»
 * are addresses), and a reading the caller may not see is left out instead of refused.
 */
export function clientReadingCondition(
  search: string,
  access: PiiAccess,
  mode: NameMode = 'prefix',
): SQL | undefined {
  const { words, phone } = splitQuery(search);
  const nameOnly = words.length > 0 && !/\d/.test(search);
  const phoneOnly = words.length === 0 && phone !== undefined;
  if (nameOnly && access.name) return clientSearchCondition(search, access, mode);
  if (phoneOnly && access.contacts) return clientSearchCondition(search, access, mode);
  return undefined;
}

/** Whether the premises search left out a client reading the caller may not see (a name, a phone). */
export function hiddenClientReading(search: string, access: PiiAccess): boolean {
  const { words, phone } = splitQuery(search);
  const nameOnly = words.length > 0 && !/\d/.test(search);
  const phoneOnly = words.length === 0 && phone !== undefined;
  return (nameOnly && !access.name) || (phoneOnly && !access.contacts);
}

/** C-3: premise-side filters apply to one and the same link (an owner in object X). */
function linkCondition(organizationId: string, query: ClientListQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.role?.length) conditions.push(inArray(premiseLinks.role, query.role));
  if (query.premiseType?.length) conditions.push(inArray(premises.type, query.premiseType));
  if (query.objectId?.length) conditions.push(inArray(premises.objectId, query.objectId));
  const objectSets: SQL[] = [];
  if (query.objectGroupId?.length) objectSets.push(inArray(objects.groupId, query.objectGroupId));
  if (query.quarterId?.length) objectSets.push(inArray(objects.quarterId, query.quarterId));
  if (conditions.length === 0 && objectSets.length === 0) return undefined;
  return sql`exists (select 1 from ${premiseLinks}
    join ${premises} on ${premises.organizationId} = ${premiseLinks.organizationId} and ${premises.id} = ${premiseLinks.premiseId}
    join ${objects} on ${objects.organizationId} = ${premises.organizationId} and ${objects.id} = ${premises.objectId}
    where ${premiseLinks.organizationId} = ${organizationId} and ${premiseLinks.clientId} = ${clients.id}
    and ${and(...conditions, ...objectSets)})`;
}

function tagCondition(organizationId: string, names: string[]): SQL {
  return sql`exists (select 1 from ${clientTags} join ${tags}
    on ${tags.organizationId} = ${clientTags.organizationId} and ${tags.id} = ${clientTags.tagId}
    where ${clientTags.organizationId} = ${organizationId} and ${clientTags.clientId} = ${clients.id}
    and ${inArray(tags.nameNorm, names.map(normalizeTagName))})`;
}

/**
 * A phone alone («2929», «916 12») matches a few clients, but the planner cannot tell from a pattern
 * on the digits: sorted by name with a limit, it walked the name index looking for them (a second
 * at a million clients, issue 16). Its matches are found first by their own index, then sorted.
 */
function phoneFirst(organizationId: string, search: string, condition: SQL | undefined): SQL | undefined {
  const { words, phone } = splitQuery(search);
  if (!condition || words.length > 0 || !phone) return condition;
  return sql`${clients.id} = any(array(select ${clients.id} from ${clients}
    where ${clients.organizationId} = ${organizationId} and ${condition}))`;
}

/** C-3: object group, quarter, object, premise type, role, tags, status, app, source; the ticked rows. */
export function clientWhere(
  organizationId: string,
  query: ClientListQuery,
  access: PiiAccess,
  nameMode: NameMode = 'prefix',
): SQL | undefined {
  return and(
    // Issue 17: the rows ticked in the list («только эти»), with or without other conditions.
    query.id?.length ? inArray(clients.id, query.id) : undefined,
    query.search
      ? phoneFirst(organizationId, query.search, clientSearchCondition(query.search, access, nameMode))
      : undefined,
    linkCondition(organizationId, query),
    query.tag?.length ? tagCondition(organizationId, query.tag) : undefined,
    query.status ? eq(clients.status, query.status) : undefined,
    query.app === 'installed'
      ? isNotNull(clients.firstLoginAt)
      : query.app === 'never'
        ? isNull(clients.firstLoginAt)
        : undefined,
    query.source?.length ? inArray(clients.source, query.source) : undefined,
  );
}

const byName = sql`${clients.nameNorm} collate "C"`;

/**
 * R-3: the order of the list. Sorting by a hidden field is refused like a search by it (the order
 * of masked rows would tell the names or phones); without names the default is «Был(а) в ЛК».
 */
export function clientSort(sort: ClientSort | undefined, access: PiiAccess): ClientSort {
  if (!sort) return access.name ? 'name' : '-lastVisit';
  if ((sort.endsWith('name') && !access.name) || (sort.endsWith('phone') && !access.contacts))
    throw new AppError('PII_SORT_FORBIDDEN');
  return sort;
}

/** C-1: sorting by client, phone and «Был(а) в ЛК» (never visited last either way); the id breaks ties. */
export function clientOrderKeys(sort: ClientSort): OrderKey[] {
  const desc = sort.startsWith('-');
  const id: OrderKey = { expr: clients.id, desc, kind: 'uuid' };
  switch (sort) {
    case 'name':
    case '-name':
      return [{ expr: byName, desc }, id];
    case 'phone':
    case '-phone':
      return [{ expr: clients.phone, desc, nullable: true }, id];
    case 'lastVisit':
    case '-lastVisit':
      return [{ expr: clients.lastVisitAt, desc, nullable: true, kind: 'timestamp' }, id];
  }
}

export function clientOrder(sort: ClientSort): SQL[] {
  return orderByKeys(clientOrderKeys(sort));
}
