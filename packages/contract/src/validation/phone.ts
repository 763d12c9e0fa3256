import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Check } from './result';

/**
 * «+79161234567», «+7 495 123-45-67», «+7 (812) 123-45-67»: ten digits from 3, 4, 7, 8 or 9 after
 * +7 are all valid in libphonenumber's metadata (RU [347-9]\d{9}, KZ [78]\d{9}), whatever follows.
 */
const RUSSIAN_NUMBER = /^\+7(?:[347-9]\d{9}| [347-9]\d\d \d{3}-\d\d-\d\d| \([347-9]\d\d\) \d{3}-\d\d-\d\d)$/;

/**
 * A phone to E.164 (ARCHITECTURE "Data"): +7…, 8…, 7… or 10 digits with any separators mean
 * a Russian number; other countries need their «+» code. Parsing is libphonenumber's.
 */
export function normalizePhone(input: string): Check {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  // «8 916 …» and «7 916 …» without a plus are Russian trunk/country prefixes.
  const candidate =
    !trimmed.startsWith('+') && digits.length === 11 && /^[78]/.test(digits)
      ? `+7${digits.slice(1)}`
      : trimmed;
  // «+7 8 916 …» (a doubled prefix) would be repaired by the parser; it is a typing error.
  if (candidate.startsWith('+7') && candidate.replace(/\D/g, '').length !== 11)
    return { ok: false, code: 'PHONE_FORMAT' };
  // Issues 15, 16: a number of +7 as it is usually written gets libphonenumber's answer without it
  // (the parser was a fifth of an import row's cost); phone.test.ts checks the two agree.
  if (RUSSIAN_NUMBER.test(candidate)) return { ok: true, value: `+7${digits.slice(-10)}` };
  const parsed = parsePhoneNumberFromString(candidate, 'RU');
  if (!parsed?.isValid()) return { ok: false, code: 'PHONE_FORMAT' };
  if (parsed.countryCallingCode === '7' && parsed.nationalNumber.length !== 10)
    return { ok: false, code: 'PHONE_FORMAT' };
  return { ok: true, value: parsed.number };
}

/** The digits a phone is searched by: the 10-digit national number for +7, else all digits. */
export function phoneSearchDigits(e164: string): string {
  return e164.startsWith('+7') ? e164.slice(2) : e164.replace(/\D/g, '');
}

/** «+7 916 123-45-67»; other countries in libphonenumber's international form. */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (m) return `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}`;
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * exact: the whole national number; contains: digits anywhere in it; suffix: its last digits;
 * prefix: its first digits.
 */
export type PhoneQuery = { exact?: string; contains: string[]; suffix?: string; prefix?: string };

/**
 * C-2: what a typed fragment of a phone may mean (reference §6): 11 digits from 7/8 or 10 digits
 * is a whole number; 5–9 digits are a part of the national number anywhere in it; 3–4 digits are
 * its last digits; and a run of 5+ starting with 7 or 8 may also be the start of it («8 916 12» →
 * «91612…»).
 */
export function parsePhoneQuery(input: string): PhoneQuery | undefined {
  const digits = input.replace(/\D/g, '');
  if (digits.length < 3 || /[a-zA-Zа-яА-ЯёЁ]/.test(input)) return undefined;
  if (digits.length === 11 && /^[78]/.test(digits)) return { exact: digits.slice(1), contains: [] };
  if (digits.length === 10) return { exact: digits, contains: [] };
  if (digits.length > 11) return { exact: digits, contains: [] };
  // 3–4 digits are how staff search by the end of a number («последние цифры»): the last digits.
  const short = digits.length <= 4;
  const query: PhoneQuery = short ? { contains: [], suffix: digits } : { contains: [digits] };
  // «8 916 12», «+7 916 1»: the trunk or country prefix, then the start of the national number.
  // Four digits («8916») are the end of a number: read as a start they would name only an
  // operator's code, i.e. every client of that operator (issue 16).
  if (/^[78]/.test(digits) && digits.length >= 5) query.prefix = digits.slice(1);
  return query;
}
