// The phone field shows «+7 (999) 000-00-01» as it is typed; the server gets +7 and 10 digits.

/** The 10 national digits in what was typed or pasted (+7…, 8…, or the 10 digits). */
export function nationalDigits(value: string): string {
  let digits = value.replace(/\D/g, '');
  if (value.trim().startsWith('+7')) digits = digits.slice(1);
  else if (digits.length === 11 && (digits[0] === '7' || digits[0] === '8')) digits = digits.slice(1);
  return digits.slice(0, 10);
}

/** «+7 (999) 000-00-01», partial while typing; no closing bracket before the 4th digit (backspace works). */
export function formatPhone(digits: string): string {
  if (!digits) return '';
  let text = `+7 (${digits.slice(0, 3)}`;
  if (digits.length > 3) text += `) ${digits.slice(3, 6)}`;
  if (digits.length > 6) text += `-${digits.slice(6, 8)}`;
  if (digits.length > 8) text += `-${digits.slice(8, 10)}`;
  return text;
}

export const phoneComplete = (digits: string) => digits.length === 10;
export const toE164 = (digits: string) => `+7${digits}`;
