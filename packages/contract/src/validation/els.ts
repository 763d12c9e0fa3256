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
  const chars = Array.from(input.replace(/\s/g, '').toUpperCase());
  // Repair look-alikes only where letters belong; elsewhere a letter is an error anyway.
  for (const i of [2, 3]) {
    const ch = chars[i];
    if (ch !== undefined) chars[i] = LATIN_TO_CYRILLIC[ch] ?? ch;
  }
  const value = chars.join('');
  return ELS_RE.test(value) ? { ok: true, value } : { ok: false, code: 'ELS_FORMAT' };
}
