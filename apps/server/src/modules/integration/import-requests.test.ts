// Issue 13: requests through the integration API — idempotent creation by external id, per-item
// results, and the cursor-paginated changes feed on (updated_at, id).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { serviceRequests } from '../../db/schema';

type Org = { admin: Client; importKey: string; exportKey: string };

let t: TestApp;
let a: Org;
let b: Org;
let premiseId: string;
let clientId: string;
let phone: string;

async function org(): Promise<Org> {
  const made = await makeOrganization(t);
  const key = async (scopes: string[]) =>
    (await made.admin.post('/api/api-keys', { name: 'Диспетчерская', scopes })).body.key;
  return { admin: made.admin, importKey: await key(['import']), exportKey: await key(['export']) };
}

const post = (key: string, body: unknown) =>
  send(t, {
    method: 'POST',
    url: '/api/integration/v1/requests',
    headers: { authorization: `Bearer ${key}` },
    payload: body as object,
  });
const feed = (key: string, query = '') =>
  send(t, {
    method: 'GET',
    url: `/api/integration/v1/requests${query}`,
    headers: { authorization: `Bearer ${key}` },
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

beforeAll(async () => {
  t = await buildTestApp();
  a = await org();
  b = await org();
  const object = await makeObject(a.admin);
  premiseId = (await makePremise(a.admin, object.id, { externalId: 'KV-15' })).id;
  phone = fixturePhone();
  clientId = (await a.admin.post('/api/clients', { fullName: 'Орлова Анна', phone, externalIds: [] })).body
    .id;
});
afterAll(() => t?.close());

describe('POST /api/integration/v1/requests', () => {
  it('creates requests with per-item results; a repeat answers the same request unchanged', async () => {
    const items = [
      {
        externalId: 'CC-1',
        type: 'сантехника',
        subject: 'Засор',
        premiseExternalId: 'KV-15',
        clientPhone: phone,
      },
      { externalId: 'CC-2', type: 'Телепортация', subject: 'Нет такого типа' },
      { externalId: 'CC-3', type: 'Лифт', subject: 'Застрял лифт', premiseExternalId: 'нет-такого' },
      { subject: 'Без идентификатора' },
      { externalId: 'CC-4', type: 'Лифт', subject: 'Скрипит лифт' },
      { externalId: 'CC-4', type: 'Лифт', subject: 'Повтор в пачке' },
    ];
    const first = await post(a.importKey, { source: 'call-centre', items });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.results.map((r: { status: string; code?: string }) => r.code ?? r.status)).toEqual([
      'created',
      'REFERENCE_NOT_FOUND',
      'REFERENCE_NOT_FOUND',
      'VALIDATION_FAILED',
      'created',
      'DUPLICATE_IN_BATCH',
    ]);
    const id = first.body.results[0].id;
    const card = await a.admin.get(`/api/service-requests/${id}`);
    expect(card.body).toMatchObject({
      source: 'integration',
      premiseId,
      clientId,
      externalSource: 'call-centre',
      externalId: 'CC-1',
      type: { name: 'Сантехника' },
      status: 'waiting',
    });
    const repeat = await post(a.importKey, { source: 'call-centre', items: [items[0]] });
    expect(repeat.body.results[0]).toMatchObject({ status: 'unchanged', id });
    // The same external id from another system is another request.
    const other = await post(a.importKey, { source: '1С', items: [items[0]] });
    expect(other.body.results[0].status).toBe('created');
    expect(other.body.results[0].id).not.toBe(id);
    // A key of another organisation never sees it.
    const theirs = await post(b.importKey, {
      source: 'call-centre',
      items: [{ ...items[0], premiseExternalId: undefined, clientPhone: undefined }],
    });
    expect(theirs.body.results[0].status).toBe('created');
    expect(theirs.body.results[0].id).not.toBe(id);
  });

  // docs/decisions.md «Requests to the УО»: a concurrent duplicate is 409 IMPORT_CONCURRENT (repeat
  // it), or — when the other call has already committed — the same request, unchanged. Real
  // concurrency on PostgreSQL; PGlite runs one transaction at a time and always answers the latter.
  it('two calls at once with one external id make one request: the other answers 409 IMPORT_CONCURRENT or the same request', async () => {
    for (let round = 0; round < 5; round += 1) {
      const externalId = `RACE-${round}`;
      const item = { externalId, type: 'Лифт', subject: `Гонка ${round}`, premiseExternalId: 'KV-15' };
      const responses = await Promise.all([
        post(a.importKey, { source: 'race', items: [item] }),
        post(a.importKey, { source: 'race', items: [item] }),
      ]);
      const stored = await t.db
        .select({ id: serviceRequests.id })
        .from(serviceRequests)
        .where(
          and(
            eq(serviceRequests.organizationId, a.admin.organizationId),
            eq(serviceRequests.externalSource, 'race'),
            eq(serviceRequests.externalId, externalId),
          ),
        );
      expect(stored).toHaveLength(1);
      const id = stored[0]?.id;
      const answers = responses.map((response) => {
        if (response.status === 409) {
          expect(response.body.code).toBe('IMPORT_CONCURRENT');
          return 'IMPORT_CONCURRENT';
        }
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        expect(response.body.results[0].id).toBe(id);
        return response.body.results[0].status as string;
      });
      expect([
        ['IMPORT_CONCURRENT', 'created'],
        ['created', 'unchanged'],
      ]).toContainEqual(answers.sort());
      // Repeated as the 409 asks: the request is there, unchanged.
      const repeat = await post(a.importKey, { source: 'race', items: [item] });
      expect(repeat.body.results[0]).toMatchObject({ status: 'unchanged', id });
    }
  });

  it('takes keys only, with the import scope', async () => {
    expect((await a.admin.post('/api/integration/v1/requests', { items: [{}] })).status).toBe(403);
    expect((await post(a.exportKey, { items: [{}] })).status).toBe(403);
  });
});

describe('GET /api/integration/v1/requests', () => {
  it('pages the changes by cursor; a request changed again comes later in the feed', async () => {
    const made = await post(a.importKey, {
      source: 'feed',
      items: [1, 2, 3, 4, 5].map((n) => ({ externalId: `F-${n}`, type: 'Уборка', subject: `Уборка ${n}` })),
    });
    const ids = made.body.results.map((r: { id: string }) => r.id);
    await settle();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await feed(a.exportKey, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await feed(a.exportKey, '?limit=1000')).body;
    expect(all.nextCursor).toBeNull();
    // A page that ends exactly at the last change hands out the cursor to resume from.
    const last = (await feed(a.exportKey, `?limit=${all.items.length}`)).body;
    const lastCursor = last.nextCursor;
    expect(lastCursor).not.toBeNull();

    await a.admin.post(`/api/service-requests/${ids[1]}/status`, { status: 'in_progress' });
    await settle();
    const since = await feed(a.exportKey, `?updatedSince=${encodeURIComponent(last.items.at(-1).updatedAt)}`);
    expect(since.body.items.map((item: { id: string }) => item.id)).toContain(ids[1]);
    const after = await feed(a.exportKey, `?cursor=${lastCursor}`);
    expect(after.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [ids[1], 'in_progress'],
    ]);
    expect(after.body.nextCursor).toBeNull();

    expect((await feed(b.exportKey)).body.items.map((item: { id: string }) => item.id)).not.toContain(ids[0]);
    expect((await feed(a.exportKey, '?cursor=garbage')).status).toBe(400);
    expect((await feed(a.importKey)).status).toBe(403);
  });
});
