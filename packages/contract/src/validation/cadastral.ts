import type { Check } from './result';

// Rosreestr's кадастровый номер: округ (2 digits) : район (2) : квартал (6 or 7) : номер объекта.
const CADASTRAL_RE = /^\d{2}:\d{2}:\d{6,7}:\d+$/;

/**
 * Normalises a кадастровый номер of a property (e.g. 77:01:0001001:1234): spaces dropped, the
 * shape checked. There is no check digit, so shape only.
 */
export function normalizeCadastralNumber(input: string): Check {
  const value = input.replace(/\s/g, '');
  return CADASTRAL_RE.test(value) && value.length <= 40
    ? { ok: true, value }
    : { ok: false, code: 'CADASTRAL_FORMAT' };
}
