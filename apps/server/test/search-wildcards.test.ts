// Issue 10, hole 5: a search matches what was typed, literally. `%`, `_` and `\` are LIKE's
// wildcards and escape; typed into any search box they must find only records that contain them,
// and a query with nothing searchable in it finds nothing rather than everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import {
  makeAccount,
  makeLead,
  makeLegalEntity,
  makeObject,
  makePremise,
  makeRegistrationRequest,
} from './fixtures';
import { type Client, makeOrganization, makeStaff, type Response } from './helpers';
import { multipart, PDF_BYTES } from './multipart';
import { readXlsx } from './xlsx';

const WILDCARDS = ['%', '_', '\\', '%%', '_%_', '\\%', '%_%', ' % ', '*', '.*', "'", '"%"'];

/** Every list the OpenAPI document offers with a `search` parameter (none may be forgotten). */
function searchRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const routes: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const get = operations.get as { parameters?: { name: string; in: string }[] } | undefined;
    if (get?.parameters?.some((p) => p.name === 'search' && p.in === 'query')) routes.push(path);
  }
  return routes.sort();
}

/** The records of a list answer: a page's items, a plain array, or an export's rows. */
async function itemsOf(url: string, response: Response): Promise<unknown[]> {
  if (url.includes('.xlsx')) return (await readXlsx(response)).rows;
  const body = response.body;
  if (Array.isArray(body)) return body;
  const items = (body as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new Error(`${url}: not a list: ${JSON.stringify(body).slice(0, 300)}`);
  return items;
}

describe('search wildcards (issue 10, hole 5)', () => {
  let t: TestApp;
  let admin: Client;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await buildTestApp();
    const org = await makeOrganization(t);
    admin = org.admin;
    const legalEntity = await makeLegalEntity(admin);
    const object = await makeObject(admin, { name: 'ЖК Север', address: 'ул. Ленина' });
    const premise = await makePremise(admin, object.id);
    await makeAccount(admin, premise.id, legalEntity.id);
    const client = await admin.post('/api/clients', { fullName: 'Иванов Иван', phone: '+7 916 555-12-34' });
    expect(client.status).toBe(201);
    await admin.post(`/api/premises/${premise.id}/clients`, { clientId: client.body.id, role: 'owner' });
    await admin.patch(`/api/clients/${client.body.id}`, { tags: ['Должник'] });
    const document = await admin.request({
      method: 'POST',
      url: `/api/premises/${premise.id}/documents`,
      ...multipart(
        { title: 'Договор управления' },
        { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES },
      ),
    });
    expect(document.status).toBe(201);
    await makeRegistrationRequest(t, org.organization.id);
    await makeLead(t, org.organization.id);
    await makeStaff(t, admin, ['clients.view']);
    const [type] = (await admin.get('/api/request-types')).body;
    const request = await admin.post('/api/service-requests', {
      typeId: type.id,
      subject: 'Течёт кран на кухне',
      premiseId: premise.id,
      // ACT-1: the client's «Активность» lists it too.
      clientId: client.body.id,
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    // M-2: a mailing, searched by title and text.
    const mailing = await admin.post('/api/mailings', {
      channel: 'sms',
      title: 'Отключение воды',
      text: 'Завтра не будет горячей воды',
      audience: { source: 'client', clientId: client.body.id },
      sendAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(mailing.status, JSON.stringify(mailing.body)).toBe(201);
    ids = { premise: premise.id, client: client.body.id, object: object.id };
  });
  afterAll(() => t?.close());

  /** A list of a card (`/api/premises/{id}/…`, `/api/clients/{id}/…`) names that card's record. */
  const withId = (path: string) =>
    path.replace('{id}', (path.startsWith('/api/clients/') ? ids.client : ids.premise) ?? '');

  it('the fixture has something in every searchable list (so «nothing found» means something)', async () => {
    const document = (await admin.get('/api/openapi.json')).body;
    for (const path of searchRoutes(document)) {
      const url = withId(path);
      const response = await admin.get(url);
      expect(response.status, url).toBe(200);
      expect((await itemsOf(url, response)).length, `${url} lists nothing without a search`).toBeGreaterThan(
        0,
      );
    }
  });

  it('a wildcard typed into any search finds no record that does not contain it', async () => {
    const document = (await admin.get('/api/openapi.json')).body;
    const routes = searchRoutes(document);
    expect(routes).toEqual(
      expect.arrayContaining(['/api/clients', '/api/premises', '/api/objects', '/api/staff']),
    );
    for (const path of routes) {
      for (const search of WILDCARDS) {
        const url = `${withId(path)}?search=${encodeURIComponent(search)}`;
        const response = await admin.get(url);
        expect([200], `${url}: ${JSON.stringify(response.body)}`).toContain(response.status);
        const items = await itemsOf(url, response);
        expect(items, `${url} found ${JSON.stringify(items).slice(0, 200)}`).toEqual([]);
        if (typeof response.body === 'object' && 'total' in response.body)
          expect(response.body.total).toBe(0);
      }
    }
  });

  it('the header search (`q`, issue 17) finds nothing for a wildcard in any group', async () => {
    // The fixture is found by the header search too, so an empty group means something.
    const found = (await admin.get(`/api/search?q=${encodeURIComponent('Иванов')}`)).body;
    expect(found.clients).toHaveLength(1);
    for (const search of WILDCARDS) {
      const response = await admin.get(`/api/search?q=${encodeURIComponent(search)}`);
      expect(response.status, search).toBe(200);
      const { premises, clients, accounts, requests } = response.body;
      expect({ premises, clients, accounts, requests }, search).toEqual({
        premises: [],
        clients: [],
        accounts: [],
        requests: [],
      });
    }
  });

  it('a name that holds a wildcard is found by it, literally', async () => {
    const object = await makeObject(admin, { name: 'ЖК 50_50', address: 'пр. Мира, 100%' });
    for (const search of ['50_50', '100%']) {
      const found = await admin.get(`/api/objects?search=${encodeURIComponent(search)}`);
      expect(found.body.map((o: { id: string }) => o.id)).toEqual([object.id]);
    }
    for (const search of ['50%50', '5__0', '1_0%']) {
      const none = await admin.get(`/api/objects?search=${encodeURIComponent(search)}`);
      expect(none.body, search).toEqual([]);
    }
    const tagged = await admin.patch(`/api/clients/${ids.client}`, { tags: ['скидка 10%'] });
    expect(tagged.status).toBe(200);
    const tags = await admin.get(`/api/tags?search=${encodeURIComponent('10%')}`);
    expect(tags.body.map((tag: { name: string }) => tag.name)).toEqual(['скидка 10%']);
  });
});
