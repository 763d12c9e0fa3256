// Issue 16: a page of the premises or clients list by its number (OFFSET, the first pages and old
// clients) or by a cursor (keyset: the cost of a page, however deep), with the cursors of the pages
// next to it.
import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Cursor, cursorOf, keysetRows, type OrderKey, reverseKeys } from '../platform/keyset';
import { encodeListCursor, type ListCursor } from '../platform/list-cursor';
import type { Db } from './database';

export type ListPageAt = {
  table: PgTable;
  id: AnyPgColumn;
  where: SQL | undefined;
  keys: readonly OrderKey[];
  pageSize: number;
  /** The page by number, when there is no cursor. */
  page: number;
  cursor: ListCursor | undefined;
  /** What the cursors handed out are bound to (`listBinding`). */
  binding: string;
};

export type ListPageIds = {
  ids: string[];
  /** Rows before this page: the page number is offset / pageSize + 1. */
  offset: number;
  nextCursor: string | null;
  prevCursor: string | null;
};

export async function listPageIds(db: Db, at: ListPageAt): Promise<ListPageIds> {
  const { table, id, where, keys, pageSize, cursor } = at;
  const read = (readKeys: readonly OrderKey[], values: Cursor | undefined, offset = 0) =>
    keysetRows(db, { table, id, where, keys: readKeys, cursor: values, limit: pageSize + 1, offset });
  let rows: Awaited<ReturnType<typeof read>>;
  let offset: number;
  let more: boolean;
  if (!cursor) {
    offset = (at.page - 1) * pageSize;
    rows = await read(keys, undefined, offset);
    more = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
  } else if (cursor.direction === 'after') {
    offset = cursor.offset;
    rows = await read(keys, cursor.values);
    more = rows.length > pageSize;
    rows = rows.slice(0, pageSize);
  } else {
    const before = await read(reverseKeys(keys), cursor.values);
    if (before.length > pageSize) {
      // A full page with more before it: not the first page, whatever the cursor counted.
      offset = Math.max(cursor.offset, pageSize);
      rows = before.slice(0, pageSize).reverse();
      more = true;
    } else {
      // The start of the list (rows before the cursor were deleted or the cursor counted wrong):
      // the first page, as page=1 gives it.
      offset = 0;
      rows = await read(keys, undefined);
      more = rows.length > pageSize;
      rows = rows.slice(0, pageSize);
    }
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    ids: rows.map((row) => row.id),
    offset,
    nextCursor:
      more && last
        ? encodeListCursor(at.binding, {
            direction: 'after',
            offset: offset + rows.length,
            values: cursorOf(last, keys),
          })
        : null,
    prevCursor:
      offset > 0 && first
        ? encodeListCursor(at.binding, {
            direction: 'before',
            offset: Math.max(0, offset - pageSize),
            values: cursorOf(first, keys),
          })
        : null,
  };
}
