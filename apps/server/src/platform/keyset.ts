import { and, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * One key of a list's order. The last key of an order must be unique (the row's id), so that
 * the order is total and a keyset cursor names exactly one place in it. A nullable key sorts
 * its nulls last in either direction (how the lists show «never visited», «no area»).
 */
export type OrderKey = { expr: SQL | AnyPgColumn; desc?: boolean; nullable?: boolean };

/** ORDER BY terms of the keys. */
export function orderByKeys(keys: readonly OrderKey[]): SQL[] {
  return keys.map(({ expr, desc, nullable }) => {
    const direction = desc ? sql`desc` : sql`asc`;
    return nullable ? sql`${expr} ${direction} nulls last` : sql`${expr} ${direction}`;
  });
}

/** The keys' values as text, to select with each row: they round-trip exactly (microseconds too). */
export function keyValues(keys: readonly OrderKey[]): Record<string, SQL<string | null>> {
  return Object.fromEntries(keys.map(({ expr }, i) => [`k${i}`, sql<string | null>`(${expr})::text`]));
}

export type Cursor = (string | null)[];

export function cursorOf(row: Record<string, unknown>, keys: readonly OrderKey[]): Cursor {
  return keys.map((_, i) => {
    const value = row[`k${i}`];
    return value === null || value === undefined ? null : String(value);
  });
}

/** Rows strictly after `value` in the key's direction; nulls come after every value. */
function after(key: OrderKey, value: string | null): SQL | undefined {
  if (value === null) return undefined;
  const beyond = key.desc ? sql`${key.expr} < ${value}` : sql`${key.expr} > ${value}`;
  return key.nullable ? or(beyond, sql`${key.expr} is null`) : beyond;
}

function same(key: OrderKey, value: string | null): SQL {
  return value === null ? sql`${key.expr} is null` : sql`${key.expr} = ${value}`;
}

/**
 * Keyset pagination: the rows after `cursor` in the order of `keys`. Keys of one direction without
 * nulls become a row comparison, which PostgreSQL turns into an index bound; otherwise the
 * lexicographic «k1 after, or k1 equal and k2 after, …».
 */
export function afterCursor(keys: readonly OrderKey[], cursor: Cursor): SQL {
  const uniform = keys.every((k) => !k.nullable && !k.desc === !keys[0]?.desc);
  if (uniform && cursor.every((v) => v !== null)) {
    const left = sql.join(
      keys.map((k) => sql`${k.expr}`),
      sql`, `,
    );
    const right = sql.join(
      cursor.map((v) => sql`${v}`),
      sql`, `,
    );
    return keys[0]?.desc ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
  }
  const alternatives: SQL[] = [];
  keys.forEach((key, i) => {
    const beyond = after(key, cursor[i] ?? null);
    if (!beyond) return;
    const equalBefore = keys.slice(0, i).map((k, j) => same(k, cursor[j] ?? null));
    alternatives.push(and(...equalBefore, beyond) as SQL);
  });
  return alternatives.length > 0 ? (or(...alternatives) as SQL) : sql`false`;
}

/**
 * Every row of a filtered, ordered list, in pages of `limit` read one after another by keyset
 * (never OFFSET, never the whole result at once). `fetch` gets the condition «after the previous
 * page» (none for the first) and selects `keyValues(keys)` with each row.
 */
export async function* keysetPages<Row extends Record<string, unknown>>(
  keys: readonly OrderKey[],
  limit: number,
  fetch: (after: SQL | undefined) => Promise<Row[]>,
): AsyncGenerator<Row[]> {
  let after: SQL | undefined;
  for (;;) {
    const rows = await fetch(after);
    const last = rows[rows.length - 1];
    if (rows.length > 0) yield rows;
    if (!last || rows.length < limit) return;
    after = afterCursor(keys, cursorOf(last, keys));
  }
}

/**
 * The pages of `source` through `map`, reading one page ahead: the next page is being fetched
 * while the caller writes this one (the database works while Node writes the file). At most two
 * pages are held.
 */
export async function* mapPages<In, Out>(
  source: AsyncGenerator<In>,
  map: (page: In) => Out | Promise<Out>,
): AsyncGenerator<Out> {
  let next = source.next();
  try {
    for (;;) {
      const result = await next;
      if (result.done) return;
      next = source.next();
      // A failure of the page read ahead surfaces when it is awaited, not as an unhandled rejection.
      next.catch(() => {});
      yield await map(result.value);
    }
  } finally {
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}
