import { LATIN_CAPITAL_LOOKALIKES } from '../text/lookalikes';
import type { Check } from './result';

// In an ЕЛС the letters are capitals, so a Latin Y can only mean У.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = { ...LATIN_CAPITAL_LOOKALIKES, Y: 'У' };

const ELS_RE = /^\d{2}[А-ЯЁ]{2}\d{6}$/;

/**
 * Normalises a ГИС ЖКХ единый лицевой счёт: 2 digits, 2 Cyrillic capitals,
 * 6 digits (e.g. 75ДА533315). No check digit is documented, so shape only.
 */
export function normalizeEls(input: string): Check {
  const typed = input.replace(/\s/g, '').toUpperCase();
  // Folding keeps the length, and ten characters are all an ЕЛС has (a surrogate pair fails anyway).
  if (typed.length !== 10) return { ok: false, code: 'ELS_FORMAT' };
  // Repair look-alikes only where letters belong; elsewhere a letter is an error anyway.
  const letters = typed.slice(2, 4).replace(/[A-Z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
  const value = `${typed.slice(0, 2)}${letters}${typed.slice(4)}`;
  return ELS_RE.test(value) ? { ok: true, value } : { ok: false, code: 'ELS_FORMAT' };
}
