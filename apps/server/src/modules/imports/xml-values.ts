// I-2: the values of one element of an XML file as the XSD types them (xs:integer, xs:decimal with
// two digits after the point, xs:boolean, text of at most 200 characters), read into item fields.
// An absent element or attribute gives no field (the record's value stays); an empty one, null.

/**
 * A problem of one row, at the element or attribute it came from (`column`), and where that is in
 * the file: `line`, and `char` (from 1) where the element's start tag begins (an attribute: its line).
 */
export type RowProblem = {
  column: string;
  value: string;
  code: string;
  message: string;
  line?: number;
  char?: number;
};

/** A place in the file: line and character (from 1; unknown for an attribute). */
export type Position = { line: number; char?: number };

/** An element read from the file: its attributes, its text children and its attribute-only children. */
export type RawElement = {
  line: number;
  /** Where each of its columns is (`@type`, `phone`, `address/@street`); '' the element itself. */
  at: Map<string, Position>;
  attributes: Map<string, string>;
  elements: Map<string, string>;
  parts: Map<string, Map<string, string>>;
  /** Problems of the markup itself: an element given twice, an element inside a text element. */
  problems: RowProblem[];
};

export function rawElement(start: Position, attributes: Map<string, string>): RawElement {
  const at = new Map<string, Position>([['', start]]);
  return { line: start.line, at, attributes, elements: new Map(), parts: new Map(), problems: [] };
}

/** Where a column of the element is: itself, the element it is an attribute of, else the element. */
export function positionAt(raw: RawElement, column: string): Position {
  return (
    raw.at.get(column) ?? raw.at.get(column.split('/@')[0] ?? '') ?? raw.at.get('') ?? { line: raw.line }
  );
}

/** The value as written at a column (`@number`, `floor`, `address/@street`), for the error report. */
export function valueAt(raw: RawElement, column: string): string {
  if (column.startsWith('@')) return raw.attributes.get(column.slice(1)) ?? '';
  const [part, attribute] = column.split('/@');
  if (attribute !== undefined) return raw.parts.get(part ?? '')?.get(attribute) ?? '';
  return raw.elements.get(column) ?? '';
}

/** XSD types these as xs:string (no limit); every other text is text200. */
const UNLIMITED = new Set(['regAddress', 'note', 'comment']);
const DOCUMENTS = ['ddu', 'act', 'certificate', 'contract'] as const;
const ADDRESS = ['street', 'house', 'building', 'number', 'room'] as const;

type Parse = (value: string, column: string) => unknown;

/** The fields an element gives, and the problems met reading them. */
export class XmlValues {
  readonly problems: RowProblem[] = [];

  constructor(private readonly raw: RawElement) {}

  /** Records the problem; the value gives no field. */
  refuse(column: string, value: string, code: string, message: string): undefined {
    this.problems.push({ column, value, code, message });
    return undefined;
  }

  private tooLong(column: string, name: string, value: string): boolean {
    if (UNLIMITED.has(name) || value.length <= 200) return false;
    this.refuse(column, value, 'MAXLENGTH', 'Не длиннее 200 символов');
    return true;
  }

  /** A typed value of an element or an attribute: absent — no field; empty — null. */
  private typed(column: string, name: string, value: string | undefined, parse: Parse, emptyIsNull = true) {
    if (value === undefined) return {};
    if (value === '' && emptyIsNull) return { [name]: null };
    if (this.tooLong(column, name, value)) return {};
    const parsed = parse.call(this, value, column);
    return parsed === undefined ? {} : { [name]: parsed };
  }

  /** An attribute as text; `emptyIsNull`: an empty one clears the field. */
  attribute(name: string, emptyIsNull = false): Record<string, string | null | undefined> {
    return this.typed(`@${name}`, name, this.raw.attributes.get(name), asText, emptyIsNull) as Record<
      string,
      string | null
    >;
  }

  /** A required text element: empty stays empty (the schema then names it). */
  required(name: string) {
    return this.typed(name, name, this.raw.elements.get(name), asText, false);
  }

  text(name: string) {
    return this.typed(name, name, this.raw.elements.get(name), asText);
  }

  integer(name: string) {
    return this.typed(name, name, this.raw.elements.get(name), asInteger);
  }

  area(name: string) {
    return this.typed(name, name, this.raw.elements.get(name), asDecimal);
  }

  boolean(name: string) {
    return this.typed(name, name, this.raw.elements.get(name), asBoolean, false);
  }

  booleanAttribute(name: string) {
    return this.typed(`@${name}`, name, this.raw.attributes.get(name), asBoolean, false);
  }

  /** The address as a whole (P-4): the attributes it lacks are empty. */
  address() {
    const parts = this.raw.parts.get('address');
    if (!parts) {
      this.refuse('address', '', 'REQUIRED', 'Обязательный элемент <address>');
      return {};
    }
    const out: Record<string, string | null> = {};
    for (const name of ADDRESS) {
      const value = parts.get(name) ?? '';
      if (!this.tooLong(`address/@${name}`, name, value)) out[name] = value || null;
    }
    return out;
  }

  /** A link's documents: each given one as a whole (number and date). */
  documents() {
    const out: Record<string, { number: string | null; date: string | null }> = {};
    for (const doc of DOCUMENTS) {
      const parts = this.raw.parts.get(doc);
      if (!parts) continue;
      const number = parts.get('number') ?? '';
      if (this.tooLong(`${doc}/@number`, 'number', number)) continue;
      out[doc] = { number: number || null, date: parts.get('date') || null };
    }
    return out;
  }
}

function asText(value: string) {
  return value;
}

function asInteger(this: XmlValues, value: string, column: string) {
  return /^[+-]?\d+$/.test(value)
    ? Number(value)
    : this.refuse(column, value, 'INTEGER', 'Введите целое число');
}

function asDecimal(this: XmlValues, value: string, column: string) {
  if (/^[+-]?\d+,\d+$/.test(value))
    return this.refuse(column, value, 'DECIMAL', 'Число пишется с точкой: 54.30');
  const match = /^[+-]?\d*(?:\.(\d*))?$/.exec(value);
  if (!match || !/\d/.test(value))
    return this.refuse(column, value, 'DECIMAL', 'Введите число, например 54.30');
  if ((match[1] ?? '').length > 2)
    return this.refuse(column, value, 'DECIMAL', 'Не больше двух знаков после точки');
  return Number(value);
}

function asBoolean(this: XmlValues, value: string, column: string) {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return this.refuse(column, value, 'BOOLEAN', 'Укажите true или false');
}
