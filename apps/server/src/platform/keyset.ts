import { and, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db/database';

/**
 * One key of a list's order. The last key of an order must be unique (the row's id), so that
 * the order is total and a keyset cursor names exactly one place in it. A nullable key sorts
 * its nulls last in either direction (how the lists show «never visited», «no area»).
 */
export type OrderKey = {
  expr: SQL | AnyPgColumn;
  desc?: boolean;
  nullable?: boolean;
  /** Nulls before the values (only a reversed order has them: the lists keep nulls last). */
  nullsFirst?: boolean;
  /** What the key's values are, to check a cursor's values before PostgreSQL reads them (text by default). */
  kind?: KeyKind;
};

export type KeyKind = 'text' | 'numeric' | 'timestamp' | 'uuid';

/** ORDER BY terms of the keys. */
export function orderByKeys(keys: readonly OrderKey[]): SQL[] {
  return keys.map(({ expr, desc, nullable, nullsFirst }) => {
    const direction = desc ? sql`desc` : sql`asc`;
    if (!nullable) return sql`${expr} ${direction}`;
    return nullsFirst ? sql`${expr} ${direction} nulls first` : sql`${expr} ${direction} nulls last`;
  });
}

/** The same order read backwards: each direction flipped, nulls first where they were last. */
export function reverseKeys(keys: readonly OrderKey[]): OrderKey[] {
  return keys.map((key) => ({
    ...key,
    desc: !key.desc,
    nullsFirst: key.nullable ? !key.nullsFirst : undefined,
  }));
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

function beyond(key: OrderKey, value: string): SQL {
  return key.desc ? sql`${key.expr} < ${value}` : sql`${key.expr} > ${value}`;
}

function equalTo(keys: readonly OrderKey[], cursor: Cursor, count: number): SQL[] {
  return keys.slice(0, count).map((key, i) => same(key, cursor[i] ?? null));
}

/**
 * Issue 16: the rows after `cursor` as disjoint parts in the order of `keys`, each one range of the
 * index that serves the order (its bounds are Index Conds, not a filter over the rows before the
 * cursor): first the rows tied on the leading keys and after the cursor on the rest — a run of keys
 * of one direction is one row comparison, `(k2, id) > (v2, vid)` — then the rows beyond the cursor
 * on the key before, then that key's nulls when they come last, and so on to the first key.
 * Reading the parts in turn, each up to the page, gives the page: `keysetRows`.
 */
export function keysetParts(keys: readonly OrderKey[], cursor: Cursor): SQL[] {
  const n = keys.length;
  const value = (i: number) => cursor[i] ?? null;
  // The run of trailing keys that one row comparison covers: one direction, non-null values, and
  // no nullable key but its first (a null fails the comparison: its nulls are a part of their own).
  let start = n - 1;
  while (
    start > 0 &&
    !keys[start - 1]?.desc === !keys[start]?.desc &&
    value(start - 1) !== null &&
    !keys[start]?.nullable
  )
    start -= 1;
  const parts: SQL[] = [];
  const first = keys[start] as OrderKey;
  const firstValue = value(start);
  if (firstValue !== null) {
    const run = keys.slice(start);
    const comparison =
      run.length === 1
        ? beyond(first, firstValue)
        : sql`(${sql.join(
            run.map((k) => sql`${k.expr}`),
            sql`, `,
          )}) ${first.desc ? sql`<` : sql`>`} (${sql.join(
            run.map((_, j) => sql`${value(start + j)}`),
            sql`, `,
          )})`;
    parts.push(and(...equalTo(keys, cursor, start), comparison) as SQL);
  }
  for (let i = start; i >= 0; i -= 1) {
    const key = keys[i] as OrderKey;
    const v = value(i);
    const tied = equalTo(keys, cursor, i);
    if (v !== null) {
      if (i < start) parts.push(and(...tied, beyond(key, v)) as SQL);
      if (key.nullable && !key.nullsFirst) parts.push(and(...tied, sql`${key.expr} is null`) as SQL);
    } else if (key.nullsFirst) {
      parts.push(and(...tied, sql`${key.expr} is not null`) as SQL);
    }
  }
  return parts;
}

/** The keys' values as text columns `k0`, `k1`… of a select list (what `cursorOf` reads). */
export function keyColumns(keys: readonly OrderKey[]): SQL {
  return sql.join(
    keys.map(({ expr }, i) => sql`(${expr})::text as ${sql.identifier(`k${i}`)}`),
    sql`, `,
  );
}

/**
 * Up to `limit` rows of `table` matching `where` after `cursor` in the order of `keys` (the first
 * rows without a cursor), with the keys' values (`k0`…, as text) for the next cursor. The parts of
 * `keysetParts` are read in one statement, each an index range up to `limit` rows, numbered in
 * their order: the cost is the page's, however deep the cursor.
 */
export async function keysetRows(
  db: Db,
  {
    table,
    id,
    where,
    keys,
    cursor,
    limit,
    offset = 0,
  }: {
    table: PgTable;
    id: AnyPgColumn;
    where: SQL | undefined;
    keys: readonly OrderKey[];
    cursor: Cursor | undefined;
    limit: number;
    /** Rows skipped without a cursor (the numbered first pages). */
    offset?: number;
  },
): Promise<({ id: string } & Record<string, string | null>)[]> {
  const values = keyColumns(keys);
  const order = sql.join(orderByKeys(keys), sql`, `);
  if (!cursor) {
    return queryRows(
      db,
      sql`select ${id} as id, ${values} from ${table} where ${where ?? sql`true`} order by ${order} limit ${limit} offset ${offset}`,
    );
  }
  const parts = keysetParts(keys, cursor);
  if (parts.length === 0) return [];
  const branches = parts.map(
    (part, i) => sql`(select ${id} as id, ${values}, ${sql.raw(String(i))} as part,
      row_number() over (order by ${order}) as n
      from ${table} where ${and(where, part)} order by ${order} limit ${limit})`,
  );
  const columns = sql.join(
    keys.map((_, i) => sql.identifier(`k${i}`)),
    sql`, `,
  );
  return queryRows(
    db,
    sql`select id, ${columns} from (${sql.join(branches, sql` union all `)}) page order by part, n limit ${limit}`,
  );
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
 * The pages of `source` through `map`, working ahead while the caller writes this page (the
 * database works while Node writes the file): the next page is being read, and the `ahead` pages
 * after this one are being mapped (`map` may run for several at once). Pages come out in order;
 * at most `ahead + 2` are held.
 */
export async function* mapPages<In, Out>(
  source: AsyncGenerator<In>,
  map: (page: In) => Out | Promise<Out>,
  ahead = 1,
): AsyncGenerator<Out> {
  // A failure of a page worked ahead surfaces when it is awaited, not as an unhandled rejection.
  const quiet = <T>(promise: Promise<T>) => {
    promise.catch(() => {});
    return promise;
  };
  // An async generator answers its `next` calls in turn: each call takes the page read ahead and
  // asks for the one after it.
  let reading = quiet(source.next());
  const next = async (): Promise<{ done: true } | { done: false; value: Out }> => {
    const page = reading;
    reading = quiet(source.next());
    const result = await page;
    return result.done ? { done: true } : { done: false, value: await map(result.value) };
  };
  const queue = [quiet(next())];
  try {
    for (;;) {
      const result = await (queue.shift() as ReturnType<typeof next>);
      if (result.done) return;
      while (queue.length < ahead) queue.push(quiet(next()));
      yield result.value;
    }
  } finally {
    for (const page of queue) await page.catch(() => undefined);
    await reading.catch(() => undefined);
    await source.return(undefined);
  }
}

/**
 * Pages read in two statements each: `idPages` gives a page's ids in the list's order (a cheap
 * index range), `rowsOf` their rows with everything joined to them (the costly part), which is
 * read for `ahead` pages at a time — on as many connections — while the caller writes (issue 16:
 * the exports at a million rows). The rows come in the ids' order through `map`; a row deleted
 * between the two statements is left out, as if it had gone before its page was read.
 */
export function pagesByIds<Row extends { id: string }, Out>(
  idPages: AsyncGenerator<{ id: string }[]>,
  rowsOf: (ids: string[]) => Promise<Row[]>,
  map: (rows: Row[]) => Out | Promise<Out>,
  ahead = 2,
): AsyncGenerator<Out> {
  return mapPages(
    idPages,
    async (page) => {
      const ids = page.map((p) => p.id);
      const byId = new Map((await rowsOf(ids)).map((row) => [row.id, row]));
      return map(ids.flatMap((id) => byId.get(id) ?? []));
    },
    ahead,
  );
}
