import type { Check } from './result';

// NNNN (tax office) + PP (reason: digits or, since 2013, Latin A–Z) + XXX (serial).
const KPP_RE = /^\d{4}[0-9A-Z]{2}\d{3}$/;

/** Normalises a КПП to 9 upper-case characters. КПП has no check digit. */
export function normalizeKpp(input: string): Check {
  // Spaces are dropped too, so the "NNNN PP XXX" grouping some forms use is accepted.
  const value = input.replace(/\s/g, '').toUpperCase();
  return KPP_RE.test(value) ? { ok: true, value } : { ok: false, code: 'KPP_FORMAT' };
}
