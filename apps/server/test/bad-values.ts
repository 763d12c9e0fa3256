import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/** The part of an OpenAPI (JSON) schema the fuzzer reads. */
export type Schema = {
  type?: string;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
};

/** A value for a field: a JSON value, or text put as is into the JSON body or the URL. */
export type Bad = { value: unknown } | { raw: string };

/** The branches a value may take (a Nullable field is a union with null). */
export function branches(schema: Schema): Schema[] {
  return schema.anyOf ? schema.anyOf.flatMap(branches).filter((branch) => branch.type !== 'null') : [schema];
}

export const isUnconstrained = (schema: Schema) =>
  !schema.type && !schema.anyOf && !schema.enum && schema.const === undefined;

/** Valid ids by field name (`objectId` → an object of the organisation). */
export type IdsByName = (name: string) => string;

/** A value the schema accepts: required properties only, one item in arrays of objects. */
export function validValue(schema: Schema, name: string, ids: IdsByName): unknown {
  const [first] = branches(schema);
  if (!first || isUnconstrained(first)) return {};
  if (first.const !== undefined) return first.const;
  if (first.enum) return first.enum[0];
  switch (first.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const key of first.required ?? [])
        result[key] = validValue(first.properties?.[key] ?? {}, key, ids);
      return result;
    }
    case 'array': {
      const items = first.items ?? {};
      const count = Math.max(first.minItems ?? 0, branches(items)[0]?.type === 'object' ? 1 : 0);
      return Array.from({ length: count }, () => validValue(items, name, ids));
    }
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, first.minimum ?? 1), first.maximum ?? 1);
    case 'boolean':
      return false;
    default:
      return validText(first, name, ids);
  }
}

function validText(schema: Schema, name: string, ids: IdsByName): string {
  if (schema.format === 'uuid') return ids(name);
  if (schema.format === 'date') return '2024-03-15';
  if (schema.format === 'date-time') return '2024-03-15T10:00:00Z';
  if (schema.format === 'email') return 'test@example.com';
  if (schema.pattern) return `fuzz.${randomUUID().slice(0, 8)}`;
  const text = name.toLowerCase().includes('name')
    ? 'Иванов Иван Иванович'
    : `Текст ${randomUUID().slice(0, 6)}`;
  return text.padEnd(schema.minLength ?? 0, 'я').slice(0, schema.maxLength ?? text.length);
}

/** Characters refused in any text: C0 controls but \t \n \r, DEL, U+FFFE/U+FFFF, lone surrogates. */
const FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)),
  '\u007f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
];

export const forbiddenText = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...FORBIDDEN), fc.string({ maxLength: 12 }))
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** Percent-encoded bytes that are not UTF-8 (an overlong form, an encoded surrogate, a cut sequence). */
export const invalidUtf8Url = fc.constantFrom('%FF', '%C0%AF', '%ED%A0%80', '%E2%82', 'a%F8%88%80%80%80b');

/** Invalid UTF-8 byte sequences for bodies. */
export const invalidUtf8Bytes = fc.constantFrom(
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe, 0xfe, 0xff],
);

const deepArray = fc
  .integer({ min: 3, max: 5000 })
  .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Text that no numeric field accepts, whatever the bounds. */
const notANumber = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  'abc',
  '12abc',
  '١٢',
  '1_0',
);

function badNumber(schema: Schema, where: 'body' | 'url'): fc.Arbitrary<Bad>[] {
  const options: fc.Arbitrary<Bad>[] = [notANumber.map((text) => ({ value: text }))];
  if (where === 'body') options.push(fc.constantFrom('1e400', '-1e400').map((raw) => ({ raw })));
  const max = schema.maximum;
  const min = schema.minimum;
  if (max !== undefined)
    options.push(
      fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.constant(1e30)).map((d) => ({ value: max + d })),
    );
  if (min !== undefined)
    options.push(
      fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.constant(1e30)).map((d) => ({ value: min - d })),
    );
  if (schema.type === 'integer') options.push(fc.constantFrom({ value: 1.5 }, { value: -0.25 }));
  return options;
}

function badText(schema: Schema, name: string, ids: IdsByName): fc.Arbitrary<Bad>[] {
  const options: fc.Arbitrary<Bad>[] = [];
  const max = schema.maxLength;
  if (max !== undefined)
    options.push(fc.integer({ min: 1, max: 300 }).map((extra) => ({ value: 'я'.repeat(max + extra) })));
  if ((schema.minLength ?? 0) > 0) options.push(fc.constant({ value: '' }));
  if (schema.format === 'uuid')
    options.push(
      fc
        .constantFrom('not-a-uuid', '123', `${ids(name)}0`, '00000000-0000-0000-0000-00000000000g')
        .map((value) => ({
          value,
        })),
    );
  if (schema.format === 'date')
    options.push(
      fc
        .constantFrom('2024-13-01', '2024-00-10', 'вчера', '20240101', '99999-01-01')
        .map((value) => ({ value })),
    );
  if (schema.format === 'date-time')
    options.push(
      fc.constantFrom('2024-01-01T25:00:00Z', 'завтра', '2024-01-01 10:00').map((value) => ({ value })),
    );
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    options.push(
      fc
        .constantFrom('логин', 'a b', 'x/y', '<script>')
        .filter((text) => !pattern.test(text))
        .map((value) => ({ value })),
    );
  }
  if (schema.enum)
    options.push(
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((text) => !schema.enum?.includes(text))
        .map((value) => ({ value: `${value}~` })),
    );
  return options;
}

/**
 * Values the field's schema (or the guard on text) refuses for certain: a request carrying one must
 * get a 4xx. Null, "", 0 and false are left out: Ajv coerces them into a Nullable field's null.
 */
export function badValue(
  schema: Schema,
  name: string,
  ids: IdsByName,
  where: 'body' | 'url',
): fc.Arbitrary<Bad> {
  const options: fc.Arbitrary<Bad>[] = [forbiddenText.map((value) => ({ value }))];
  if (where === 'url') options.push(invalidUtf8Url.map((raw) => ({ raw })));
  const kinds = branches(schema);
  const types = new Set(kinds.map((kind) => kind.type ?? (kind.enum ? 'enum' : 'any')));
  if (types.has('any')) return fc.oneof(...options);
  if (where === 'body') {
    options.push(fc.constant({ value: types.has('object') ? 'текст' : { nested: { value: 1 } } }));
    // (An array of anything takes nested arrays: its items are checked one by one, in the handler.)
    if (!types.has('array'))
      options.push(
        fc.constant({ value: [1, { two: 2 }] }),
        deepArray.map((raw) => ({ raw })),
      );
  }
  if (kinds.length === 1) {
    const [kind] = kinds as [Schema];
    if (kind.type === 'integer' || kind.type === 'number') options.push(...badNumber(kind, where));
    if (kind.type === 'string' || kind.enum) options.push(...badText(kind, name, ids));
    if (kind.type === 'boolean')
      options.push(fc.constantFrom({ value: 'maybe' }, { value: 'да' }, { value: 2 }));
    if (kind.type === 'array') {
      const items = kind.items ?? {};
      if (!isUnconstrained(items)) {
        const item = badValue(items, name, ids, where).filter((bad) => 'value' in bad);
        options.push(
          item.map((bad) => ({ value: [validValue(items, name, ids), (bad as { value: unknown }).value] })),
        );
      }
      const over = kind.maxItems;
      if (over !== undefined)
        options.push(
          fc
            .integer({ min: 1, max: 50 })
            .map((extra) => ({ value: Array(over + extra).fill(validValue(items, name, ids)) })),
        );
    }
  }
  return fc.oneof(...options);
}
