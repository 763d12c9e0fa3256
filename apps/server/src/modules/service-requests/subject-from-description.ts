import { REQUEST_SUBJECT_MAX_LENGTH } from '@domovoy/contract';

/**
 * APP-4: a request from the app carries no subject; its subject is the description's first line,
 * so that staff search «Заявки» and «Активность» by the resident's own words. A longer line is cut
 * on a word boundary with «…». Empty when the description is (the caller falls back to the type).
 */
export function subjectFromDescription(description: string, max = REQUEST_SUBJECT_MAX_LENGTH): string {
  const line = (description.trim().split(/\r?\n/, 1)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const room = line.slice(0, max - 1);
  // The cut falls between words when the next character is a space; else back to the last space.
  const space = line.charAt(max - 1) === ' ' ? room.length : room.lastIndexOf(' ');
  const head = space > 0 ? room.slice(0, space) : room.replace(/[\uD800-\uDBFF]$/, '');
  return `${head.replace(/[\s,;:.!?…—–-]+$/, '')}…`;
}
