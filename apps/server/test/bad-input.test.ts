// Issue 10: every route of the OpenAPI document, walked with generated bad input (control
// characters, over-long text, wrong types, numbers out of range, invalid ids, invalid UTF-8, broken
// JSON and multipart) as an administrator and as a limited role (an integration key where the
// route takes only keys; a resident signed in with a code on /api/resident/v1, and nobody on its
// public routes): never a 5xx, always a problem+json with a code, and nothing written.
// Deterministic: each group of requests draws from FUZZ_SEED (fixed by default) and its own label,
// so a failure repeats; FUZZ_SEED=<other> FUZZ_SCALE=10 explores further on a developer's machine.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/database';
import { openApiDocument } from '../src/openapi-document';
import {
  type BadRequest,
  type Base,
  badRequestGroups,
  listOperations,
  type Operation,
  WHOLE,
} from './bad-requests';
import { branches, type Schema } from './bad-values';
import { buildTestApp, type TestApp } from './build-test-app';
import { dbFingerprint } from './db-fingerprint';
import {
  fixturePhone,
  makeAccount,
  makeLead,
  makeLegalEntity,
  makeObject,
  makePremise,
  makeRegistrationRequest,
} from './fixtures';
import {
  type Client,
  clientFor,
  makeOrganization,
  makeStaff,
  type Response,
  send,
  TEST_PASSWORD,
} from './helpers';
import { multipart, PDF_BYTES } from './multipart';
import { makeResidentHome, type ResidentHome } from './resident-homes';
import { fieldResource, isPublic, isResidentPath, pathResource } from './resident-routes';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
// Runs per group of bad requests (the request as a whole; each field): about 3,000 requests in all.
const RUNS = {
  administrator: { whole: 8, field: 2 },
  'integration key': { whole: 8, field: 2 },
  'limited role': { whole: 4, field: 1 },
  resident: { whole: 8, field: 2 },
  nobody: { whole: 4, field: 1 },
} as const;
type ActorName = keyof typeof RUNS;
/** Who sends the requests, and how the test sees they are still signed in afterwards. */
type Actor = { request(options: InjectOptions): Promise<Response>; signedIn?: () => Promise<Response> };

const document = await openApiDocument();
const operations = listOperations(document as Parameters<typeof listOperations>[0]);

let t: TestApp;
let fingerprint: () => Promise<string>;
let actors: { admin: Client; limited: Client; key: Client };
let home: ResidentHome;
let resourceIds: Record<string, string>;
let adminLogin: string;

function created(response: Response, what: string): string {
  if (response.status !== 201)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/** One organisation's records, one of each kind a route's id may name. */
async function makeRecords(admin: Client) {
  const legalEntity = await makeLegalEntity(admin);
  const object = await makeObject(admin);
  const premise = await makePremise(admin, object.id);
  const account = await makeAccount(admin, premise.id, legalEntity.id);
  const client = created(
    await admin.post('/api/clients', { fullName: 'Иванов Иван Иванович', phone: fixturePhone() }),
    'client',
  );
  const link = created(
    await admin.post(`/api/premises/${premise.id}/clients`, { clientId: client, role: 'owner' }),
    'link',
  );
  const externalId = created(
    await admin.post(`/api/clients/${client}/external-ids`, { externalId: randomUUID() }),
    'external id',
  );
  const upload = multipart(
    { title: 'Договор' },
    { name: 'договор.pdf', type: 'application/pdf', data: PDF_BYTES },
  );
  const documentId = created(
    await admin.request({ method: 'POST', url: `/api/premises/${premise.id}/documents`, ...upload }),
    'document',
  );
  const objectGroup = created(
    await admin.post('/api/object-groups', { name: `Группа ${randomUUID()}` }),
    'group',
  );
  const quarter = created(await admin.post('/api/quarters', { name: `Квартал ${randomUUID()}` }), 'quarter');
  const role = created(
    await admin.post('/api/roles', { name: `Роль ${randomUUID()}`, permissions: ['premises.view'] }),
    'role',
  );
  const key = await admin.post('/api/api-keys', {
    name: `Ключ ${randomUUID()}`,
    scopes: ['import', 'export'],
  });
  const registration = await makeRegistrationRequest(t, admin.organizationId);
  const lead = await makeLead(t, admin.organizationId);
  const ids: Record<string, string> = {
    'legal-entities': legalEntity.id,
    objects: object.id,
    premises: premise.id,
    accounts: account.id,
    clients: client,
    'premise-links': link,
    'external-ids': externalId,
    documents: documentId,
    'object-groups': objectGroup,
    quarters: quarter,
    roles: role,
    'api-keys': created(key, 'api key'),
    'registration-requests': registration.id,
    leads: lead.id,
  };
  return { ids, key: key.body.key as string };
}

// Body and query fields that name a record: `objectId` → an object of the organisation.
const FIELD_RESOURCES: Record<string, string> = {
  objectId: 'objects',
  groupId: 'object-groups',
  objectGroupId: 'object-groups',
  quarterId: 'quarters',
  legalEntityId: 'legal-entities',
  premiseId: 'premises',
  clientId: 'clients',
  ownerClientId: 'clients',
  reassignTo: 'clients',
  roleId: 'roles',
};

beforeAll(async () => {
  t = await buildTestApp();
  const mine = await makeOrganization(t);
  adminLogin = mine.adminLogin;
  const other = await makeOrganization(t);
  const records = await makeRecords(mine.admin);
  await makeRecords(other.admin);
  const limited = await makeStaff(t, mine.admin, ['premises.view', 'clients.view']);
  resourceIds = { ...records.ids, staff: (await limited.get('/api/auth/me')).body.staff.id };
  actors = { admin: mine.admin, limited, key: clientFor(t, records.key, mine.admin.organizationId) };
  // A resident of the organisation, signed in with a code: premises, documents, people, notifications.
  home = await makeResidentHome(t, mine);
  // The sign-in codes' SMS go out in the background: sent before the first fingerprint is taken.
  await t.app.jobs.wake();
  fingerprint = await dbFingerprint(t);
});

afterAll(() => t?.close());

function baseFor(operation: Operation): Base {
  if (isResidentPath(operation.path)) {
    const idOf = (resource: keyof ResidentHome['ids'] | undefined) =>
      resource ? home.ids[resource] : randomUUID();
    return {
      pathIds: Object.fromEntries(
        operation.params.map((param) => [param.name, idOf(pathResource(operation.path, param.name))]),
      ),
      ids: (name) => idOf(fieldResource(operation.path, name)),
    };
  }
  // The id in `/api/<resource>/{id}/…` is one of <resource>; unknown ones (imports) get a random id.
  const resource = /^\/api\/([^/]+)\/\{id\}/.exec(operation.path)?.[1] ?? '';
  return {
    pathIds: { id: resourceIds[resource] ?? randomUUID() },
    ids: (name) => resourceIds[FIELD_RESOURCES[name] ?? ''] ?? randomUUID(),
  };
}

function expectRefused(request: BadRequest, response: Response) {
  const type = String(response.headers['content-type'] ?? '');
  const refused =
    response.status >= 400 &&
    response.status < 500 &&
    type.startsWith('application/problem+json') &&
    typeof response.body?.code === 'string';
  if (!refused)
    throw new Error(`${request.label}: ${response.status} ${type} ${String(response.raw).slice(0, 300)}`);
}

const staffActor = (client: Client): Actor => ({
  request: client.request,
  signedIn: () => client.get('/api/auth/me'),
});

/**
 * The actors that reach the route: staff, or an integration key where only keys are let in; on the
 * resident API its signed-in resident, and nobody as well where the route is public.
 */
async function actorsFor(operation: Operation): Promise<[ActorName, Actor][]> {
  if (isResidentPath(operation.path)) {
    const resident: Actor = { request: home.resident.request, signedIn: () => home.resident.get('/me') };
    const nobody: Actor = { request: (options) => send(t, options) };
    return (await isPublic(t, operation))
      ? [
          ['resident', resident],
          ['nobody', nobody],
        ]
      : [['resident', resident]];
  }
  const probe = await actors.admin.request({
    method: operation.method,
    url: operation.path.replace('{id}', 'probe'),
    ...(operation.method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, payload: '{' }),
  } as InjectOptions);
  return probe.body?.code === 'API_KEY_REQUIRED'
    ? [['integration key', { request: actors.key.request }]]
    : [
        ['administrator', staffActor(actors.admin)],
        ['limited role', staffActor(actors.limited)],
      ];
}

/** Every integer, number, text and list a request may carry has bounds (or a format or a list of values). */
function unboundedFields(schema: Schema, at: string): string[] {
  return branches(schema).flatMap((kind) => {
    const problems: string[] = [];
    if (
      (kind.type === 'integer' || kind.type === 'number') &&
      (kind.minimum === undefined || kind.maximum === undefined)
    )
      problems.push(`${at}: a number without minimum and maximum`);
    if (kind.type === 'string' && kind.maxLength === undefined && !kind.format && !kind.enum)
      problems.push(`${at}: a text without maxLength`);
    const boundedByValues = kind.uniqueItems === true && kind.items?.enum !== undefined;
    if (kind.type === 'array' && kind.maxItems === undefined && !boundedByValues)
      problems.push(`${at}: a list without maxItems`);
    if ('$ref' in kind) problems.push(`${at}: a $ref the fuzzer does not follow`);
    for (const [name, property] of Object.entries(kind.properties ?? {}))
      problems.push(...unboundedFields(property, `${at}.${name}`));
    if (kind.items) problems.push(...unboundedFields(kind.items, `${at}[]`));
    return problems;
  });
}

it('bounds every number, text and list of every request (a huge page was a 500)', () => {
  const problems = operations.flatMap((operation) => [
    ...operation.params.flatMap((param) => unboundedFields(param.schema, `${operation.label} ${param.name}`)),
    ...(operation.body ? unboundedFields(operation.body, `${operation.label} body`) : []),
  ]);
  expect(problems).toEqual([]);
});

it('walks the document the running app serves', async () => {
  const served = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(Object.keys(served.json().paths)).toEqual(Object.keys((document as { paths: object }).paths));
  expect(operations.length).toBeGreaterThan(100);
  // Uploads are found by their summaries (the document has no body schema for them).
  expect(operations.filter((operation) => operation.multipart).length).toBeGreaterThanOrEqual(3);
});

describe.each(operations)('$label', (operation) => {
  it('refuses bad input with a 4xx problem and writes nothing', { timeout: 60_000 }, async () => {
    const base = baseFor(operation);
    const groups = badRequestGroups(operation, base);
    for (const [actorName, actor] of await actorsFor(operation)) {
      await t.app.jobs.wake();
      const before = await fingerprint();
      for (const group of groups) {
        const runs = RUNS[actorName][group.label === WHOLE ? 'whole' : 'field'] * SCALE;
        await fc.assert(
          fc.asyncProperty(group.requests, async (request) => {
            expectRefused(request, await actor.request(request as InjectOptions));
          }),
          {
            seed: seedOf(`${operation.label} ${group.label}`),
            numRuns: runs,
            endOnFailure: true,
            examples: group.nul ? [[group.nul]] : [],
          },
        );
      }
      const after = await fingerprint();
      if (after !== before) expect.fail(`${actorName}: written\n${diff(before, after)}`);
      if (actor.signedIn) expect((await actor.signedIn()).status, `${actorName} still signed in`).toBe(200);
    }
  });
});

function seedOf(label: string): number {
  let hash = SEED;
  for (const char of label) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return hash;
}

function diff(before: string, after: string): string {
  const old = new Set(before.split('\n'));
  return after
    .split('\n')
    .filter((line) => !old.has(line))
    .join('\n');
}

describe('errors before a route is found', () => {
  /** A raw HTTP exchange with the listening app: what Node's parser sees before Fastify does. */
  async function exchange(request: string) {
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const text = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(request));
      socket.on('data', (chunk) => {
        received += chunk;
      });
      socket.on('close', () => resolve(received));
      socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    });
    const [head = '', body = ''] = text.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) };
  }

  beforeAll(async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
  });

  it('answers headers too large (431) and a malformed request (400) with problem+json', async () => {
    const big = await exchange(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big.status).toBe(431);
    expect(big.head).toContain('application/problem+json');
    expect(big.body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
    const malformed = await exchange('NOT HTTP AT ALL\r\n\r\n');
    expect(malformed.status).toBe(400);
    expect(malformed.head).toContain('application/problem+json');
    expect(malformed.body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers a path that is not UTF-8 with problem+json', async () => {
    const response = await actors.admin.get('/api/clients/%FF');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('BAD_REQUEST');
  });
});

describe('what the probe found (issue 10, hole 4)', () => {
  it('refuses NUL in text, query and login with the field named', async () => {
    const body = await actors.admin.post('/api/clients', { fullName: 'Иванов\u0000 Иван' });
    expect(body.status).toBe(400);
    expect(body.body.errors).toEqual([
      { field: 'fullName', code: 'FORBIDDEN_CHARACTER', message: 'Недопустимый символ в тексте' },
    ]);
    const query = await actors.admin.get('/api/clients?search=%00');
    expect(query.body.errors?.[0]?.field).toBe('search');
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'a\u0000', password: 'x' },
    });
    expect(login.status).toBe(400);
    expect(login.body.errors?.[0]?.field).toBe('login');
  });

  it('refuses invalid UTF-8 in a JSON body and in the query instead of reading U+FFFD', async () => {
    const body = await actors.admin.request({
      method: 'POST',
      url: '/api/object-groups',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.concat([Buffer.from('{"name":"Группа'), Buffer.from([0xff]), Buffer.from('"}')]),
    });
    expect(body.status).toBe(400);
    expect(body.body).toMatchObject({
      code: 'INVALID_ENCODING',
      title: 'Текст запроса не в кодировке UTF-8',
    });
    const query = await actors.admin.get('/api/clients?search=%D0%98%FF');
    expect(query.body.code).toBe('INVALID_ENCODING');
    // A `%` that encodes nothing stays text, as before.
    expect((await actors.admin.get('/api/clients?search=100%')).status).toBe(200);
  });

  it('bounds page numbers, history cursors and numbers written as Infinity', async () => {
    for (const url of [
      '/api/clients?page=100000000000000000000',
      '/api/clients?page=Infinity',
      '/api/premises?pageSize=1e400',
      `/api/clients/${resourceIds.clients}/history?before=1e30`,
    ]) {
      const response = await actors.admin.get(url);
      expect(response.status, url).toBe(400);
      expect(response.body.code, url).toBe('VALIDATION_FAILED');
    }
  });

  it('answers malformed multipart with 400 and stores nothing', async () => {
    const before = await fingerprint();
    const url = `/api/premises/${resourceIds.premises}/documents`;
    const noBoundary = await actors.admin.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'x',
    });
    expect(noBoundary.body.code).toBe('MULTIPART_MALFORMED');
    const upload = multipart(
      { title: 'Договор' },
      { name: 'a.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    const truncated = await actors.admin.request({
      method: 'POST',
      url,
      headers: upload.headers,
      payload: upload.payload.subarray(0, upload.payload.length - 30),
    });
    expect(truncated.body.code).toBe('MULTIPART_MALFORMED');
    const nulName = multipart(
      { title: 'Договор' },
      { name: 'a\u0000.pdf', type: 'application/pdf', data: PDF_BYTES },
    );
    const named = await actors.admin.request({ method: 'POST', url, ...nulName });
    expect(named.body.errors).toEqual([
      { field: 'file', code: 'FORBIDDEN_CHARACTER', message: 'Недопустимый символ в тексте' },
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it('keeps control characters of a user agent out of the session', async () => {
    const login = await send(t, {
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'user-agent': 'Agent\u0001/1.0' },
      payload: { login: adminLogin, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    const [row] = await queryRows<{ user_agent: string }>(
      t.db,
      sql`select user_agent from staff_sessions order by created_at desc limit 1`,
    );
    expect(row?.user_agent).toBe('Agent/1.0');
  });
});
