import fc from 'fast-check';
import {
  type Bad,
  badValue,
  branches,
  forbiddenText,
  type IdsByName,
  invalidUtf8Bytes,
  invalidUtf8Url,
  isUnconstrained,
  type Schema,
  validValue,
} from './bad-values';
import { PDF_BYTES } from './multipart';

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export type Operation = {
  label: string;
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query'; schema: Schema; required: boolean }[];
  body: Schema | undefined;
  multipart: boolean;
};

/** A request for `app.inject`, with what it tries (fast-check prints it on failure). */
export type BadRequest = {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
  label: string;
};

type OpenApi = {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
type OpenApiOperation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; schema: Schema; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

export function listOperations(document: OpenApi): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      label: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      params: (operation.parameters ?? []).map((param) => ({
        name: param.name,
        in: param.in as 'path' | 'query',
        schema: param.schema,
        required: param.required === true,
      })),
      body: operation.requestBody?.content['application/json']?.schema,
      // Uploads read their body by hand; their summaries say so (the document has no body schema).
      multipart: `${operation.summary} ${operation.description}`.includes('multipart/form-data'),
    })),
  );
}

/** Percent-encoding that keeps a lone surrogate as its (invalid) three UTF-8 bytes. */
function encode(text: string): string {
  return [...text]
    .map((char) => (/^[\ud800-\udfff]$/.test(char) ? '%ED%A0%80' : encodeURIComponent(char)))
    .join('');
}

const encodeBad = (bad: Bad): string[] =>
  'raw' in bad
    ? [bad.raw]
    : Array.isArray(bad.value)
      ? bad.value.map((item) => encode(String(item)))
      : [encode(String(bad.value))];

/** The valid parts a bad request starts from: ids of the organisation, required fields. */
export type Base = { pathIds: Record<string, string>; ids: IdsByName };

function url(operation: Operation, base: Base, bad: { path?: [string, string]; query?: [string, string][] }) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    bad.path?.[0] === name ? bad.path[1] : encode(base.pathIds[name] ?? ''),
  );
  const query = (bad.query ?? []).map(([key, value]) => `${key}=${value}`).join('&');
  return query ? `${path}?${query}` : path;
}

const SLOT = '__fuzz_slot__';
export const WHOLE = 'the request as a whole';

function withSlot(body: unknown, at: (string | number)[]): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  at.forEach((key, index) => {
    if (index === at.length - 1) node[key] = SLOT;
    else {
      node[key] ??= typeof at[index + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return copy;
}

function jsonWith(body: unknown, at: (string | number)[], bad: Bad): string {
  const text = 'raw' in bad ? bad.raw : JSON.stringify(bad.value);
  return JSON.stringify(withSlot(body, at)).replace(`"${SLOT}"`, () => text);
}

type BodyField = { at: (string | number)[]; schema: Schema; name: string };

/** Every property of a JSON body, nested objects and the first item of arrays of objects included. */
function bodyFields(schema: Schema, at: (string | number)[] = []): BodyField[] {
  const [object] = branches(schema);
  return Object.entries(object?.properties ?? {}).flatMap(([name, property]) => {
    const [kind] = branches(property);
    const nested =
      kind?.type === 'object'
        ? bodyFields(kind, [...at, name])
        : kind?.type === 'array' && branches(kind.items ?? {})[0]?.type === 'object'
          ? bodyFields(kind.items ?? {}, [...at, name, 0])
          : [];
    return [{ at: [...at, name], schema: property, name }, ...nested];
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Bad requests of one kind; `nul` is the field with a NUL character, tried first for every field. */
export type BadRequestGroup = { label: string; requests: fc.Arbitrary<BadRequest>; nul?: BadRequest };

const NUL: Bad = { value: 'a\u0000b' };

/** Groups of bad requests for one operation: the request as a whole, then each field. */
export function badRequestGroups(operation: Operation, base: Base): BadRequestGroup[] {
  const { method } = operation;
  const plainUrl = url(operation, base, {});
  const body = operation.body ? validValue(operation.body, 'body', base.ids) : undefined;
  const groups: BadRequestGroup[] = [];
  const whole: fc.Arbitrary<BadRequest>[] = [
    fc
      .oneof(invalidUtf8Url, forbiddenText.map(encode))
      .map((value) => ({ method, url: `${plainUrl}?unknown=${value}`, label: 'query of an unknown key' })),
  ];
  for (const param of operation.params.filter((p) => p.in === 'path')) {
    whole.push(
      fc
        .oneof(
          invalidUtf8Url,
          fc.integer({ min: 101, max: 400 }).map((length) => 'a'.repeat(length)),
        )
        .map((value) => ({
          method,
          url: url(operation, base, { path: [param.name, value] }),
          label: `path ${param.name}`,
        })),
    );
  }
  if (operation.body) whole.push(...badJsonBodies(method, plainUrl, JSON.stringify(body)));
  if (operation.multipart) whole.push(...badMultipartBodies(method, plainUrl, base));
  else if (method !== 'GET' && !operation.body)
    whole.push(
      fc.constant({ method, url: plainUrl, headers: JSON_HEADERS, payload: '{"a":', label: 'broken JSON' }),
    );
  groups.push({ label: WHOLE, requests: fc.oneof(...whole) });

  for (const param of operation.params) {
    const bad = badValue(param.schema, param.name, base.ids, 'url');
    const [kind] = branches(param.schema);
    const twice =
      kind && kind.type !== 'array' && !isUnconstrained(kind)
        ? [
            fc.constant<Bad>({
              value: [validValue(kind, param.name, base.ids), validValue(kind, param.name, base.ids)],
            }),
          ]
        : [];
    const values = param.in === 'query' ? fc.oneof(bad, ...twice) : bad;
    const label = `${param.in} ${param.name}`;
    const request = (value: Bad): BadRequest => {
      const encoded = encodeBad(value);
      const target =
        param.in === 'path'
          ? { path: [param.name, encoded.join('')] as [string, string] }
          : { query: encoded.map((item) => [param.name, item] as [string, string]) };
      return { method, url: url(operation, base, target), label };
    };
    groups.push({ label, requests: values.map(request), nul: request(NUL) });
  }
  for (const field of operation.body ? bodyFields(operation.body) : []) {
    const label = `body ${field.at.join('.')}`;
    const request = (value: Bad): BadRequest => ({
      method,
      url: plainUrl,
      headers: JSON_HEADERS,
      payload: jsonWith(body, field.at, value),
      label,
    });
    groups.push({
      label,
      requests: badValue(field.schema, field.name, base.ids, 'body').map(request),
      nul: request(NUL),
    });
  }
  return groups;
}

function badJsonBodies(method: string, url: string, json: string): fc.Arbitrary<BadRequest>[] {
  const request = (label: string, payload: string | Buffer, type = 'application/json') => ({
    method,
    url,
    headers: { 'content-type': type },
    payload,
    label,
  });
  const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
  return [
    // Any proper prefix of an object's text is broken JSON.
    fc.integer({ min: 0, max: json.length - 1 }).map((cut) => request('truncated JSON', json.slice(0, cut))),
    invalidUtf8Bytes.map((bytes) =>
      request(
        'invalid UTF-8',
        Buffer.concat([Buffer.from('{"extra":"a'), Buffer.from(bytes), Buffer.from(`b"${rest}`)]),
      ),
    ),
    fc.constantFrom('"текст"', '12', 'true', '[{}]', '[1,2]').map((text) => request('not an object', text)),
    fc
      .integer({ min: 100, max: 100_000 })
      .map((depth) => request('deep nesting', `${'['.repeat(depth)}${']'.repeat(depth)}`)),
    fc.constant(request('no body', '')),
    fc.constant(request('text, not JSON', json, 'text/plain')),
    fc.constant(request('a form, not JSON', 'a=1', 'application/x-www-form-urlencoded')),
  ];
}

type Part = { name: Buffer | string; value: Buffer | string; fileName?: Buffer | string };

function multipartPayload(boundary: string, parts: Part[]): Buffer {
  const chunks = parts.flatMap((part) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="`),
    Buffer.from(part.name),
    ...(part.fileName === undefined
      ? [Buffer.from('"\r\n\r\n')]
      : [
          Buffer.from('"; filename="'),
          Buffer.from(part.fileName),
          Buffer.from('"\r\nContent-Type: application/pdf\r\n\r\n'),
        ]),
    Buffer.from(part.value),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

function badMultipartBodies(method: string, url: string, base: Base): fc.Arbitrary<BadRequest>[] {
  const boundary = 'fuzzBoundary42';
  const type = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const fields = (title: Part): Part[] => [
    title,
    { name: 'kind', value: 'consolidated' },
    { name: 'legalEntityId', value: base.ids('legalEntityId') },
    { name: 'objectId', value: base.ids('objectId') },
  ];
  const file: Part = { name: 'file', value: PDF_BYTES, fileName: 'договор.pdf' };
  const valid = multipartPayload(boundary, [...fields({ name: 'title', value: 'Договор' }), file]);
  const request = (label: string, parts: Part[], fileFirst: boolean) => ({
    method,
    url,
    headers: type,
    payload: multipartPayload(boundary, fileFirst ? parts.reverse() : parts),
    label,
  });
  const badText = fc.oneof(
    forbiddenText.map((text) => Buffer.from(text)),
    invalidUtf8Bytes.map((bytes) => Buffer.concat([Buffer.from('a'), Buffer.from(bytes)])),
  );
  const end = valid.lastIndexOf(`\r\n--${boundary}--`);
  return [
    fc.constant({
      method,
      url,
      headers: { 'content-type': 'multipart/form-data' },
      payload: valid,
      label: 'no boundary',
    }),
    fc
      .integer({ min: 0, max: end - 1 })
      .map((cut) => ({ method, url, headers: type, payload: valid.subarray(0, cut), label: 'truncated' })),
    fc.constant({
      method,
      url,
      headers: { 'content-type': 'multipart/form-data; boundary=other' },
      payload: valid,
      label: 'another boundary',
    }),
    fc
      .uint8Array({ maxLength: 300 })
      .map((bytes) => ({ method, url, headers: type, payload: Buffer.from(bytes), label: 'random bytes' })),
    fc
      .tuple(badText, fc.boolean())
      .map(([text, fileFirst]) =>
        request('field value', [...fields({ name: 'title', value: text }), file], fileFirst),
      ),
    fc
      .tuple(badText, fc.boolean())
      .map(([text, fileFirst]) =>
        request('field name', [...fields({ name: text, value: 'x' }), file], fileFirst),
      ),
    fc
      .tuple(badText, fc.boolean())
      .map(([text, fileFirst]) =>
        request(
          'file name',
          [...fields({ name: 'title', value: 'Договор' }), { ...file, fileName: text }],
          fileFirst,
        ),
      ),
    fc.constant({
      method,
      url,
      headers: JSON_HEADERS,
      payload: '{"title":"Договор"}',
      label: 'JSON, not multipart',
    }),
  ];
}
