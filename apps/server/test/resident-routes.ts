// The resident API as the OpenAPI document states it, for the walkers of bad-input and cross-tenant:
// which record each path parameter, body and query field names, and a valid request for a route
// with a home's ids — so that a route added later is walked without a line here, unless it names
// a kind of record no fixture makes (then the walkers say so).
import type { InjectOptions } from 'fastify';
import { listOperations, type Operation } from './bad-requests';
import { branches, type Schema, validValue } from './bad-values';
import type { TestApp } from './build-test-app';
import { fixturePhone } from './fixtures';
import { send } from './helpers';
import { multipart } from './multipart';
import { RESIDENT_RESOURCES, type ResidentResource } from './resident-homes';
import { RESIDENT_API } from './residents';
import { png } from './tenant-data';

export const isResidentPath = (path: string) => path.startsWith(`${RESIDENT_API}/`);

/** Parameters and fields named for what they name, wherever they stand. */
const BY_NAME: Record<string, ResidentResource> = {
  organizationId: 'organizations',
  fileId: 'logos',
  imageId: 'images',
  premiseId: 'premises',
  documentId: 'documents',
  notificationId: 'notifications',
  clientId: 'people',
  personId: 'people',
  meterId: 'meters',
  photoId: 'photos',
  typeId: 'types',
};

const isResource = (segment: string | undefined): segment is ResidentResource =>
  (RESIDENT_RESOURCES as readonly string[]).includes(segment ?? '');

/** The kind of record a path parameter names: `/premises/{id}` a premise, `{documentId}` a document. */
export function pathResource(path: string, param: string): ResidentResource | undefined {
  const segments = path.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1];
  return BY_NAME[param] ?? (isResource(before) ? before : undefined);
}

/** The kind of record a body or query field names; `ids` names the route's own collection. */
export function fieldResource(path: string, name: string): ResidentResource | undefined {
  const collection = path.slice(RESIDENT_API.length + 1).split('/')[0];
  return BY_NAME[name] ?? (name === 'ids' && isResource(collection) ? collection : undefined);
}

/** Path parameters no fixture makes a record for: a walker would aim at nothing. */
export function unknownPathParams(operation: Operation): string[] {
  return operation.params
    .filter((param) => param.in === 'path' && !pathResource(operation.path, param.name))
    .map((param) => param.name);
}

type OpenApi = Parameters<typeof listOperations>[0];

export function residentOperations(document: unknown): Operation[] {
  return listOperations(document as OpenApi).filter((operation) => isResidentPath(operation.path));
}

/** Public routes (sign-in, logos) answer without a session; the others refuse it first. */
export async function isPublic(t: TestApp, operation: Operation): Promise<boolean> {
  const probe = await send(t, {
    method: operation.method as InjectOptions['method'],
    url: operation.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000'),
  });
  return probe.body?.code !== 'RESIDENT_SESSION_REQUIRED';
}

export type IdsOf = (resource: ResidentResource) => string;

/** What a route's rules ask beyond its schema's required fields (APP-8: an adult has a phone and a name). */
const BODY_EXTRAS: Record<string, () => Record<string, unknown>> = {
  'POST /api/resident/v1/people': () => ({ phone: fixturePhone(), fullName: 'Новиков Николай Николаевич' }),
  'POST /api/resident/v1/premises/{id}/meters/{meterId}/readings': () => ({ values: ['1'] }),
};

/** A value for a field naming records: one id, or a list of one. */
function idValue(schema: Schema, id: string): unknown {
  const [kind] = branches(schema);
  return kind?.type === 'array' ? [id] : id;
}

/** The schema's required properties, and every optional one that names a record, with these ids. */
function validWithIds(schema: Schema, path: string, ids: IdsOf): Record<string, unknown> {
  const named = (name: string) => {
    const resource = fieldResource(path, name);
    return resource ? ids(resource) : '00000000-0000-4000-8000-000000000000';
  };
  const value = validValue(schema, 'body', named) as Record<string, unknown>;
  const [object] = branches(schema);
  for (const [name, property] of Object.entries(object?.properties ?? {})) {
    const resource = fieldResource(path, name);
    if (resource) value[name] = idValue(property, ids(resource));
  }
  return value;
}

/** A request the route accepts for the home whose ids these are (the body: required fields, ids). */
export function validRequest(operation: Operation, ids: IdsOf, pathIds: IdsOf = ids): InjectOptions {
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const resource = pathResource(operation.path, name);
    if (!resource) throw new Error(`${operation.label}: no fixture names {${name}}`);
    return pathIds(resource);
  });
  const queryFields = operation.params.filter((param) => param.in === 'query');
  const query = validWithIds(
    {
      type: 'object',
      properties: Object.fromEntries(queryFields.map((param) => [param.name, param.schema])),
      required: queryFields.filter((param) => param.required).map((param) => param.name),
    },
    operation.path,
    ids,
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  const method = operation.method as InjectOptions['method'];
  const full = search.size > 0 ? `${url}?${search}` : url;
  // Uploads take a picture (photos): the only kind every upload of the resident API admits.
  if (operation.multipart)
    return { method, url: full, ...multipart({}, { name: 'i.png', type: 'image/png', data: png }) };
  return operation.body
    ? {
        method,
        url: full,
        payload: {
          ...validWithIds(operation.body, operation.path, ids),
          ...BODY_EXTRAS[operation.label]?.(),
        },
      }
    : { method, url: full };
}
