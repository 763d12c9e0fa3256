import { fieldError } from '../../platform/errors';
import type { FeedCursor } from './activity.repository';

/** The feed's keyset cursor: the last row's time (as PostgreSQL wrote it, microseconds kept) and id. */
export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

const TIME =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A timestamp PostgreSQL reads back without error: a real day, a real time, a real offset. */
function isTime(text: string): boolean {
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

export function decodeFeedCursor(text: string): FeedCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [at, id] = value as unknown[];
      if (typeof at === 'string' && isTime(at) && typeof id === 'string' && UUID.test(id)) return { at, id };
    }
  } catch {
    // refused below
  }
  throw fieldError(
    'VALIDATION_FAILED',
    'cursor',
    'Курсор не распознан: возьмите nextCursor из предыдущего ответа',
    'CURSOR',
  );
}
