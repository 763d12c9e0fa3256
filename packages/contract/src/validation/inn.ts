import type { Check } from './result';

// Weights from the ФНС algorithm (reference §1).
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const W12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const W12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

// Σ(weight × digit) mod 11 mod 10: a remainder of 10 becomes check digit 0. Read off the
// string's char codes (an import checks one per row, twice).
const checkDigit = (digits: string, weights: readonly number[]) => {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits.charCodeAt(i) - 48);
  return (sum % 11) % 10;
};
const digitAt = (digits: string, i: number) => digits.charCodeAt(i) - 48;

/**
 * Normalises an ИНН to its 10 (organisation) or 12 (individual, ИП) digits.
 * Kept as a string: leading zeros are significant.
 */
export function normalizeInn(input: string): Check {
  const value = input.replace(/[\s-]/g, '');
  if (!/^(?:\d{10}|\d{12})$/.test(value)) return { ok: false, code: 'INN_FORMAT' };
  // All-zero values pass the checksum (every sum is 0), and no region has code 00.
  if (value.startsWith('00')) return { ok: false, code: 'INN_FORMAT' };

  if (value.length === 10) {
    if (checkDigit(value, W10) !== digitAt(value, 9)) return { ok: false, code: 'INN_CHECKSUM' };
  } else if (
    checkDigit(value, W12_FIRST) !== digitAt(value, 10) ||
    checkDigit(value, W12_SECOND) !== digitAt(value, 11)
  ) {
    return { ok: false, code: 'INN_CHECKSUM' };
  }
  return { ok: true, value };
}

/** Kind of taxpayer by length of a normalised ИНН: 10 digits = ЮЛ, 12 = ФЛ/ИП. */
export function innKind(inn: string): 'legal' | 'individual' {
  return inn.length === 10 ? 'legal' : 'individual';
}
