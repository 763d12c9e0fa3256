import { randomBytes } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): the millisecond time in its first 48 bits, then random bits. Rows
 * written together get neighbouring keys, so a batch's inserts into an index on the id (and the
 * lookups of the same rows later) touch a few adjacent pages at its right end instead of one
 * random page each — which at a million rows is a page outside the cache (issue 16). Any UUID
 * column takes it; nothing reads the time back.
 */
export function timeOrderedId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
