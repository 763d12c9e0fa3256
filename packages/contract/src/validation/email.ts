import type { Check } from './result';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** An e-mail address as the card keeps it: trimmed, lower case, «name@domain.zone». */
export function normalizeEmail(input: string): Check {
  const value = input.trim().toLowerCase();
  return EMAIL.test(value) ? { ok: true, value } : { ok: false, code: 'EMAIL_FORMAT' };
}
