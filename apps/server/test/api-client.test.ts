// The typed client (packages/api-client) against the real server over real HTTP, and a check
// that its generated types match the server's current OpenAPI document.
import { readFile } from 'node:fs/promises';
import { createApiClient } from '@domovoy/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchemaSource } from '../../../packages/api-client/scripts/generate-schema';
import { openApiDocument } from '../src/openapi-document';
import { buildTestApp, type TestApp } from './build-test-app';
import { makeOrganization, TEST_PASSWORD } from './helpers';

let t: TestApp;
let baseUrl: string;
let adminLogin: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ adminLogin } = await makeOrganization(t, 'УК Клиент'));
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

describe('@domovoy/api-client', () => {
  it('logs in, creates an object and a premise, and finds it — typed end to end', async () => {
    const anonymous = createApiClient({ baseUrl });
    const login = await anonymous.POST('/api/auth/login', {
      body: { login: adminLogin, password: TEST_PASSWORD },
    });
    expect(login.response.status).toBe(200);
    const token = login.data?.token ?? '';
    const api = createApiClient({ baseUrl, token });

    const object = await api.POST('/api/objects', {
      body: { name: 'ЖК «Клиентский»', address: 'г. Казань' },
    });
    expect(object.response.status).toBe(201);
    const premise = await api.POST('/api/premises', {
      body: {
        objectId: object.data?.id ?? '',
        type: 'flat',
        street: 'ул. Баумана',
        house: '3',
        number: '21',
      },
    });
    expect(premise.data?.fullAddress).toBe('ул. Баумана, д. 3, кв. 21');
    const found = await api.GET('/api/premises', { params: { query: { search: 'Баумана 3 21' } } });
    expect(found.data?.items.map((p) => p.id)).toEqual([premise.data?.id]);
  });

  it('returns problems as typed errors', async () => {
    const api = createApiClient({ baseUrl, token: 'not-a-session' });
    const response = await api.GET('/api/premises');
    expect(response.response.status).toBe(401);
    expect(response.error?.code).toBe('UNAUTHENTICATED');
  });

  it('has types generated from the current OpenAPI document (run `npm run generate:api` after API changes)', async () => {
    const committed = await readFile(
      new URL('../../../packages/api-client/src/schema.d.ts', import.meta.url),
      'utf8',
    );
    expect(await generateSchemaSource(await openApiDocument())).toBe(committed);
  });
});
