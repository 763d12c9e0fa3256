import { fieldError } from '../../platform/errors';
import { isTime, UUID } from '../../platform/list-cursor';
import type { FeedCursor } from './activity.repository';

/** The feed's keyset cursor: the last row's time (as PostgreSQL wrote it, microseconds kept) and id. */
export function encodeFeedCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
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
