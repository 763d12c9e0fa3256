// Issue 16: the opaque cursor of the premises and clients lists. It holds the sort key values and id
// of the row it continues from, whether it reads on or back, the number of rows before its page
// (the page number the list shows), and a digest of the list it belongs to — organisation, sort and
// filters — so a cursor of another sort or other filters is refused rather than read in the wrong
// order.
import { createHash } from 'node:crypto';
import { AppError } from './errors';
import type { Cursor, KeyKind, OrderKey } from './keyset';

export type ListCursor = {
  /** `after`: the page after the row; `before`: the page before it. */
  direction: 'after' | 'before';
  /** Rows before the page the cursor opens (its page is this / page size + 1). */
  offset: number;
  values: Cursor;
};

/** The page number a list shows for a page that starts after `offset` rows. */
export function pageOf(offset: number, pageSize: number): number {
  return Math.floor(offset / pageSize) + 1;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/** What a cursor is bound to: the list, the organisation, the sort and the filters (not the paging). */
export function listBinding(list: string, organizationId: string, sort: string, filter: object): string {
  const {
    page: _page,
    pageSize: _pageSize,
    cursor: _cursor,
    sort: _sort,
    ...rest
  } = filter as Record<string, unknown>;
  return createHash('sha256')
    .update(JSON.stringify([list, organizationId, sort, canonical(rest)]))
    .digest('base64url')
    .slice(0, 16);
}

export function encodeListCursor(binding: string, cursor: ListCursor): string {
  const payload = [1, binding, cursor.direction === 'after' ? 'a' : 'b', cursor.offset, cursor.values];
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMERIC = /^-?\d{1,20}(\.\d{1,20})?$/;
const TIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;

/** A timestamp PostgreSQL reads back without error: a real day, a real time, a real offset. */
export function isTime(text: string): boolean {
  const m = TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day));
  return (
    (year as number) >= 1900 &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 60 &&
    Number(m[9] ?? 0) <= 15 &&
    Number(m[10] ?? 0) < 60
  );
}

/** A value PostgreSQL reads as the key's type without an error (a forged cursor is a 400, not a 500). */
function valid(kind: KeyKind | undefined, value: string): boolean {
  switch (kind ?? 'text') {
    case 'uuid':
      return UUID.test(value);
    case 'numeric':
      return NUMERIC.test(value);
    case 'timestamp':
      return isTime(value);
    case 'text':
      return value.length <= 1000 && !value.includes('\u0000');
  }
}

const UNREADABLE = 'Курсор не распознан: возьмите nextCursor или prevCursor из предыдущего ответа';
const MISMATCH =
  'Курсор выдан для другой сортировки или других фильтров списка: откройте первую страницу (page=1) и листайте от неё';

function refuse(detail: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    detail,
    fields: [{ field: 'cursor', code: 'CURSOR', message: detail }],
  });
}

/** The cursor, if it is one of this list with these keys; else a 400 in Russian. */
export function decodeListCursor(text: string, binding: string, keys: readonly OrderKey[]): ListCursor {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw refuse(UNREADABLE);
  }
  if (!Array.isArray(payload) || payload.length !== 5 || payload[0] !== 1) throw refuse(UNREADABLE);
  const [, bound, direction, offset, values] = payload as unknown[];
  if (
    typeof bound !== 'string' ||
    (direction !== 'a' && direction !== 'b') ||
    !Number.isSafeInteger(offset) ||
    (offset as number) < 0 ||
    !Array.isArray(values)
  )
    throw refuse(UNREADABLE);
  if (bound !== binding) throw refuse(MISMATCH);
  if (
    values.length !== keys.length ||
    !values.every((value, i) => {
      const key = keys[i] as OrderKey;
      if (value === null) return key.nullable === true;
      return typeof value === 'string' && valid(key.kind, value);
    })
  )
    throw refuse(UNREADABLE);
  return { direction: direction === 'a' ? 'after' : 'before', offset: offset as number, values };
}
