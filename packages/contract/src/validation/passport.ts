import type { Check } from './result';

// Series = 2 + 2 digits (region, year of blank), then a 6-digit number. Separators
// are optional; a "№" before the number is common on forms, so it is tolerated.
const PASSPORT_RE = /^(\d{2})[\s-]?(\d{2})[\s-]*(?:№\s*)?(\d{6})$/;

/**
 * Normalises a РФ internal passport series and number to 10 digits. There is no
 * check digit, so this validates shape only.
 */
export function normalizePassport(input: string): Check {
  const m = PASSPORT_RE.exec(input.trim());
  if (!m) return { ok: false, code: 'PASSPORT_FORMAT' };
  return { ok: true, value: `${m[1]}${m[2]}${m[3]}` };
}

/** Display form 'SS SS NNNNNN'; anything but 10 digits is returned unchanged. */
export function formatPassport(digits: string): string {
  const m = /^(\d{2})(\d{2})(\d{6})$/.exec(digits);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : digits;
}
