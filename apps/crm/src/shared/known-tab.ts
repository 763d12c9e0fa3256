/**
 * The tab the URL's `?tab=` names, or the first tab when it names none of them: a stale or
 * mistyped link opens the card, not a blank page (issue 17).
 */
export function knownTab(items: readonly { key: string }[], tab: string | null | undefined): string {
  return items.some((item) => item.key === tab) ? (tab as string) : (items[0]?.key ?? '');
}
