import type { Check } from './result';

// Per the ПФР algorithm, numbers up to 001-001-998 were issued without a checksum.
const LAST_UNCHECKED = 1_001_998;

/** Control number per the official ПФР algorithm (weights 9..1, reference §2), of 11 digits. */
const controlNumber = (digits: string) => {
  let s = 0;
  for (let i = 0; i < 9; i++) s += (digits.charCodeAt(i) - 48) * (9 - i);
  if (s < 100) return s;
  if (s === 100 || s === 101) return 0;
  const r = s % 101;
  return r === 100 ? 0 : r;
};

/** Normalises a СНИЛС to its 11 digits (display with formatSnils). */
export function normalizeSnils(input: string): Check {
  const value = input.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(value)) return { ok: false, code: 'SNILS_FORMAT' };

  // Decision: apply the official exemption (python-stdnum does not; rin-nas does).
  if (Number(value.slice(0, 9)) <= LAST_UNCHECKED) return { ok: true, value };

  if (controlNumber(value) !== Number(value.slice(9))) return { ok: false, code: 'SNILS_CHECKSUM' };
  return { ok: true, value };
}

/** Canonical display form 'XXX-XXX-XXX YY'; anything but 11 digits is returned unchanged. */
export function formatSnils(digits: string): string {
  const m = /^(\d{3})(\d{3})(\d{3})(\d{2})$/.exec(digits);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}` : digits;
}
