/** «+7 999 000-00-01» from E.164 (a Russian number); any other as it is. */
export function formatPhoneE164(e164: string): string {
  const d = e164.replace(/^\+7/, '');
  return d.length === 10 && /^\d+$/.test(d)
    ? `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`
    : e164;
}
