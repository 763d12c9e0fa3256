import type { Check } from './result';

// Digit-wise modular reduction: exact for any length, no floating point involved.
const modOf = (digits: string, m: number) => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % m;
  return r;
};

/**
 * Normalises an ОГРН (13 digits, starts with 1 or 5) or ОГРНИП (15 digits,
 * starts with 3). The check digit is the LAST digit of the remainder
 * ("младший разряд"), so remainders 10/11/12 give 0/1/2.
 */
export function normalizeOgrn(input: string): Check {
  const value = input.replace(/[\s-]/g, '');
  // Other first digits are later record numbers (ГРН), not an ОГРН/ОГРНИП.
  if (!/^(?:[15]\d{12}|3\d{14})$/.test(value)) return { ok: false, code: 'OGRN_FORMAT' };

  const modulus = value.length === 13 ? 11 : 13;
  const body = value.slice(0, -1);
  const check = Number(value.slice(-1));
  if (modOf(body, modulus) % 10 !== check) return { ok: false, code: 'OGRN_CHECKSUM' };
  return { ok: true, value };
}

/** Registry by length of a normalised number: 13 = ЕГРЮЛ (ОГРН), 15 = ЕГРИП (ОГРНИП). */
export function ogrnKind(v: string): 'legal' | 'individual' {
  return v.length === 13 ? 'legal' : 'individual';
}
