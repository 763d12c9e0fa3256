// How one cell of an imported .xlsx becomes a typed value (I-3). A cell holds what ExcelJS's
// streaming reader gives: text, a number, a boolean or a date (a number with a date format).
import {
  FIELD_ERROR_MESSAGES,
  type FieldErrorCode,
  formatShare,
  normalizeCadastralNumber,
  normalizeEls,
  normalizeInn,
  normalizeKpp,
  normalizeOgrn,
  normalizePassport,
  normalizePhone,
  normalizeSnils,
  parseShare,
} from '@domovoy/contract';
import { boundedMemo } from '../../platform/bounded-memo';
import { tidySpaces } from '../../platform/tidy-spaces';

export type Cell = string | number | boolean | Date | null;

export type CellProblem = { code: string; message: string };
export type CellResult<T> = { ok: true; value: T | null } | ({ ok: false } & CellProblem);
export type CellParser<T> = (cell: Cell) => CellResult<T>;

const ok = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
const bad = (code: string, message: string): CellResult<never> => ({ ok: false, code, message });
const fieldBad = (code: FieldErrorCode): CellResult<never> => bad(code, FIELD_ERROR_MESSAGES[code]);

/** Case, spacing and «ё» do not matter in headers and in labels typed into cells. */
export function looseText(value: string): string {
  return looseTexts(value);
}

// Issue 15: a file has a few labels («Квартира», «да») on every one of its rows.
const looseTexts = boundedMemo((value) =>
  value
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim(),
);

/** A whole number as Excel shows it, without an exponent or a trailing «.0». */
function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

/** `dd.mm.yyyy` of an Excel date (ExcelJS reads it as that wall-clock time in UTC). */
export function dateText(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
}

/** The cell as the user sees it, for error reports. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateText(cell);
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'да' : 'нет';
  return cell;
}

/** Text of a cell with runs of spaces collapsed; null when empty. */
function textOf(cell: Cell): string | null {
  return tidySpaces(cellText(cell)) || null;
}

// Excel turns «5/1» or «1-2» typed into a general cell into a date; the text is lost.
const DATE_IN_TEXT_CELL = bad(
  'EXCEL_DATE',
  'Excel превратил значение в дату: задайте колонке текстовый формат и введите значение заново',
);

export function text(maxLength: number): CellParser<string> {
  return (cell) => {
    if (cell instanceof Date) return DATE_IN_TEXT_CELL;
    const value = textOf(cell);
    if (value && value.length > maxLength) return bad('TOO_LONG', `Не длиннее ${maxLength} символов`);
    return ok(value);
  };
}

/** Several values in one cell, separated by «;» (as the exports write them) or line breaks. */
export function list(maxLength: number): CellParser<string[]> {
  return (cell) => {
    const items = (textOf(cell) ?? '')
      .split(/[;\n]/)
      .map((item) => item.trim())
      .filter(Boolean);
    if (items.some((item) => item.length > maxLength))
      return bad('TOO_LONG', `Каждое значение не длиннее ${maxLength} символов`);
    return ok(items.length > 0 ? [...new Set(items)] : null);
  };
}

/** «1 234,5», «1234.5» or a number cell. */
function numberOf(cell: Cell): number | null | undefined {
  if (typeof cell === 'number') return cell;
  const value = textOf(cell);
  if (value === null) return null;
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^[-−]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned.replace('−', '-')) : undefined;
}

export function integer(min: number, max: number): CellParser<number> {
  return (cell) => {
    const value = numberOf(cell);
    if (value === null) return ok(null);
    if (value === undefined || !Number.isInteger(value)) return bad('INTEGER_FORMAT', 'Укажите целое число');
    if (value < min || value > max) return bad('NUMBER_RANGE', `Укажите число от ${min} до ${max}`);
    return ok(value);
  };
}

export function decimal(max: number): CellParser<number> {
  return (cell) => {
    const value = numberOf(cell);
    if (value === null) return ok(null);
    if (value === undefined) return bad('NUMBER_FORMAT', 'Укажите число, например 54,3 или 54.3');
    if (value < 0) return bad('NUMBER_RANGE', 'Значение не может быть отрицательным');
    if (value > max) return bad('NUMBER_RANGE', `Значение не может быть больше ${max}`);
    return ok(value);
  };
}

const DATE_FORMAT_PROBLEM = bad('DATE_FORMAT', 'Укажите дату в формате дд.мм.гггг, например 15.03.2021');

/** A real Excel date, or text «дд.мм.гггг» (also «гггг-мм-дд»); the value is ГГГГ-ММ-ДД. */
export function date(): CellParser<string> {
  return (cell) => {
    if (cell instanceof Date) {
      if (Number.isNaN(cell.getTime())) return DATE_FORMAT_PROBLEM;
      return ok(cell.toISOString().slice(0, 10));
    }
    const value = textOf(cell);
    if (value === null) return ok(null);
    const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*г\.?)?$/.exec(value);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : iso ? [iso[3], iso[2], iso[1]] : undefined;
    if (!parts) return DATE_FORMAT_PROBLEM;
    const [day, month, year] = parts.map(Number) as [number, number, number];
    const parsed = new Date(Date.UTC(year, month - 1, day));
    // 31.02 rolls over to March: not a date.
    if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day || year < 1800)
      return DATE_FORMAT_PROBLEM;
    return ok(parsed.toISOString().slice(0, 10));
  };
}

const YES = new Set(['да', 'д', 'yes', 'y', 'true', 'истина', '1', '✓', '✔', 'v', 'x', 'х', '+']);
const NO = new Set(['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '—']);

export function yesNo(): CellParser<boolean> {
  return (cell) => {
    if (typeof cell === 'boolean') return ok(cell);
    const value = textOf(cell);
    if (value === null) return ok(null);
    const loose = looseText(value);
    if (YES.has(loose)) return ok(true);
    if (NO.has(loose)) return ok(false);
    return bad('YES_NO_FORMAT', 'Укажите «да» или «нет» (или 1 / 0)');
  };
}

/** One of the labels (Russian names); a few synonyms may map to a key too. */
export function oneOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  synonyms: Readonly<Record<string, NoInfer<K>>> = {},
): CellParser<K> {
  const byLabel = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    byLabel.set(looseText(label), key);
    byLabel.set(looseText(key), key);
  }
  for (const [synonym, key] of Object.entries(synonyms)) byLabel.set(looseText(synonym), key);
  const allowed = Object.values<string>(labels)
    .map((label) => `«${label}»`)
    .join(', ');
  return (cell) => {
    const value = textOf(cell);
    if (value === null) return ok(null);
    const key = byLabel.get(looseText(value));
    return key ? ok(key) : bad('UNKNOWN_VALUE', `Неизвестное значение. Допустимые: ${allowed}`);
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record's own id in Domovoy, as an export writes it (lower case; case is forgiven). */
export function domovoyCode(): CellParser<string> {
  return (cell) => {
    const value = textOf(cell)?.toLowerCase() ?? null;
    if (value === null) return ok(null);
    return UUID.test(value)
      ? ok(value)
      : bad('CODE_FORMAT', 'Код из выгрузки клиентов: 36 символов — цифры, буквы a–f и дефисы');
  };
}

export function phone(): CellParser<string> {
  return (cell) => {
    const value = textOf(cell);
    if (value === null) return ok(null);
    const checked = normalizePhone(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/**
 * Digits typed into a number cell lose their leading zeros (ИНН 0274…, СНИЛС 012…): a number cell
 * is padded to the next length the identifier has.
 */
function digitsOf(cell: Cell, lengths: readonly number[]): string | null {
  if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 0) return textOf(cell);
  const digits = numberText(cell);
  const length = lengths.find((l) => l >= digits.length);
  return length ? digits.padStart(length, '0') : digits;
}

export function inn(): CellParser<string> {
  return (cell) => {
    const value = digitsOf(cell, [10, 12]);
    if (value === null) return ok(null);
    const checked = normalizeInn(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

export function snils(): CellParser<string> {
  return (cell) => {
    const value = digitsOf(cell, [11]);
    if (value === null) return ok(null);
    const checked = normalizeSnils(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/** A passport's series and number: 10 digits (a number cell too, its lost leading zero put back). */
export function passport(): CellParser<string> {
  return (cell) => {
    const value = digitsOf(cell, [10]);
    if (value === null) return ok(null);
    const checked = normalizePassport(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/** Issue 15: a company's КПП, 9 characters (a number cell's lost leading zero put back). */
export function kpp(): CellParser<string> {
  return (cell) => {
    const value = digitsOf(cell, [9]);
    if (value === null) return ok(null);
    const checked = normalizeKpp(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/** Issue 15: an ОГРН (13 digits) or ОГРНИП (15), its check digit checked. */
export function ogrn(): CellParser<string> {
  return (cell) => {
    const value = digitsOf(cell, [13, 15]);
    if (value === null) return ok(null);
    const checked = normalizeOgrn(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/** Issue 15: a кадастровый номер, 77:01:0001001:1234 (Excel may have read a short one as a time). */
export function cadastralNumber(): CellParser<string> {
  return (cell) => {
    if (cell instanceof Date) return DATE_IN_TEXT_CELL;
    const value = textOf(cell);
    if (value === null) return ok(null);
    const checked = normalizeCadastralNumber(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

export function els(): CellParser<string> {
  return (cell) => {
    const value = textOf(cell);
    if (value === null) return ok(null);
    const checked = normalizeEls(value);
    return checked.ok ? ok(checked.value) : fieldBad(checked.code);
  };
}

/** L-2: «1/2», «0,5», «50%»; the value is the reduced fraction as text («1/2», «1»). */
export function share(): CellParser<string> {
  return (cell) => {
    if (cell instanceof Date) return DATE_IN_TEXT_CELL;
    // A percent-formatted number cell holds the fraction itself (50% is 0.5).
    const value = typeof cell === 'number' ? String(cell) : textOf(cell);
    if (value === null) return ok(null);
    const checked = parseShare(value);
    return checked.ok ? ok(formatShare(checked.value)) : fieldBad(checked.code);
  };
}

/**
 * Whom a link depends on, as written (`externalId`, the name it has always had in stored rows): the
 * owner's external id, phone (`phone`: as it reads, when it reads as one) or full name.
 */
export type OwnerRef = { externalId: string; phone: string | null };

export function ownerRef(): CellParser<OwnerRef> {
  const asText = text(200);
  return (cell) => {
    const checked = asText(cell);
    if (!checked.ok || checked.value === null) return checked as CellResult<never>;
    const asPhone = normalizePhone(checked.value);
    return ok({ externalId: checked.value, phone: asPhone.ok ? asPhone.value : null });
  };
}
