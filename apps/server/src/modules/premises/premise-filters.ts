import type { PremiseListQuery, PremiseSort } from '@domovoy/contract';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { objects, personalAccounts, premises, premiseTags, tags } from '../../db/schema';
import { escapeLike } from '../../platform/sql';
import { normalizeTagName } from '../tags/tags.service';
import { normalizeText } from './normalize-address';
import { type AddressQuery, parseAddressQuery } from './parse-address-query';

const contains = (value: string) => `%${escapeLike(value)}%`;

/** The street part may also name the object («Северный 10 15»): objects are few per organisation. */
function streetCondition(organizationId: string, street: string): SQL {
  return or(
    sql`${premises.streetNorm} like ${contains(street)}`,
    inArray(
      premises.objectId,
      sql`(select o.id from ${objects} o where o.organization_id = ${organizationId}
           and replace(lower(o.name || ' ' || o.address), 'ё', 'е') like ${contains(street)})`,
    ),
  ) as SQL;
}

/** P-2: street – house – premise, each part optional; parts given must all match. */
function addressCondition(organizationId: string, q: AddressQuery): SQL | undefined {
  const parts: SQL[] = [];
  if (q.street) parts.push(streetCondition(organizationId, q.street));
  if (q.house) parts.push(eq(premises.houseNorm, q.house));
  if (q.building) parts.push(eq(premises.buildingNorm, q.building));
  if (q.number) parts.push(eq(premises.numberNorm, q.number));
  if (q.room) parts.push(eq(premises.roomNorm, q.room));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** A personal account number or ЕЛС typed whole; a prefix from 6 characters on. */
function accountCondition(organizationId: string, raw: string): SQL | undefined {
  const compact = raw.replace(/\s+/g, '');
  if (compact.length < 3 || !/\d/.test(compact)) return undefined;
  const prefix = compact.length >= 6 ? sql` or a.number like ${`${escapeLike(compact)}%`}` : sql``;
  return inArray(
    premises.id,
    sql`(select a.premise_id from ${personalAccounts} a where a.organization_id = ${organizationId}
         and (a.number = ${compact} or a.els = ${compact.toUpperCase()}${prefix}))`,
  );
}

export function searchCondition(organizationId: string, search: string): SQL | undefined {
  const text = normalizeText(search);
  if (!text) return undefined;
  const q = parseAddressQuery(search);
  const alternatives = [addressCondition(organizationId, q), accountCondition(organizationId, search)].filter(
    (c): c is SQL => c !== undefined,
  );
  // Nothing recognisable: match nothing rather than everything.
  return alternatives.length > 0 ? or(...alternatives) : sql`false`;
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

/** P-3: filters by object group, quarter, object, type and tags (a premise with any of the tags). */
export function premiseWhere(organizationId: string, query: PremiseListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.objectId?.length) conditions.push(inArray(premises.objectId, query.objectId));
  if (query.objectGroupId?.length)
    conditions.push(objectSetCondition(organizationId, 'group_id', query.objectGroupId));
  if (query.quarterId?.length)
    conditions.push(objectSetCondition(organizationId, 'quarter_id', query.quarterId));
  if (query.type?.length) conditions.push(inArray(premises.type, query.type));
  if (query.tag?.length) conditions.push(tagCondition(organizationId, query.tag));
  if (query.search) conditions.push(searchCondition(organizationId, query.search));
  return and(...conditions);
}

const byAddress = sql`${premises.sortKey} collate "C"`;

/** P-3: by address in natural order (кв. 2 before кв. 10) or by total area. */
export function premiseOrder(sort: PremiseSort = 'address'): SQL[] {
  switch (sort) {
    case 'address':
      return [asc(byAddress), asc(premises.id)];
    case '-address':
      return [desc(byAddress), desc(premises.id)];
    case 'area':
      return [sql`${premises.totalArea} asc nulls last`, asc(byAddress), asc(premises.id)];
    case '-area':
      return [sql`${premises.totalArea} desc nulls last`, asc(byAddress), asc(premises.id)];
  }
}
