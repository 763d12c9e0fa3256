import { formatRequestNumber } from '@domovoy/contract';
import { useEffect } from 'react';
import { useMe } from '../../shared/session';

export type RecentKind = 'premise' | 'client' | 'request';
export type RecentCard = { kind: RecentKind; id: string; title: string };

const LIMIT = 10;
export const RECENT_KIND_LABELS: Record<RecentKind, string> = {
  premise: 'Помещение',
  client: 'Клиент',
  request: 'Заявка',
};

/**
 * One list per staff member and organisation: another person signing in on the same browser
 * sees none of it.
 */
function storageKey(organizationId: string, staffId: string): string {
  return `domovoy:recent-cards:${organizationId}:${staffId}`;
}

function isRecentCard(value: unknown): value is RecentCard {
  const card = value as Partial<RecentCard> | null;
  return (
    typeof card?.id === 'string' &&
    typeof card.title === 'string' &&
    (card.kind === 'premise' || card.kind === 'client' || card.kind === 'request')
  );
}

export function readRecentCards(key: string | undefined): RecentCard[] {
  if (!key) return [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentCard).slice(0, LIMIT) : [];
  } catch {
    // A damaged entry (edited by hand, another version) is no reason to break the header.
    return [];
  }
}

function recordVisit(key: string, card: RecentCard): void {
  const others = readRecentCards(key).filter((c) => c.kind !== card.kind || c.id !== card.id);
  try {
    localStorage.setItem(key, JSON.stringify([card, ...others].slice(0, LIMIT)));
  } catch {
    // Storage full or switched off: the list is a convenience, the card still opens.
  }
}

/** The storage key of the signed-in staff member's list; undefined before the session is known. */
export function useRecentKey(): string | undefined {
  const me = useMe().data;
  return me ? storageKey(me.organization.id, me.staff.id) : undefined;
}

/**
 * Issue 17: a card joins «Недавние» once it has loaded, under the title it showed (masked
 * when the role does not see names): call it with `undefined` until then.
 */
export function useRecordVisit(kind: RecentKind, id: string, title: string | undefined): void {
  const key = useRecentKey();
  useEffect(() => {
    if (key && id && title) recordVisit(key, { kind, id, title });
  }, [key, kind, id, title]);
}

/** A request's card title as the card shows it: «Заявка № 1042: Течёт кран». */
export function requestVisitTitle(request: { number: number; subject: string }): string {
  return `Заявка ${formatRequestNumber(request.number)}: ${request.subject}`;
}
