// The access matrix of every endpoint (issue 2): no session → 401; a role without the
// permission → 403; staff of another organisation → 404 and never the data (R-1, R-2, T-1).
import type { Permission } from '@domovoy/contract';
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
import { type Client, makeOrganization, makeStaff, send } from './helpers';
import { multipart, PDF_BYTES } from './multipart';
import { readXlsx } from './xlsx';

type Ids = Record<
  | 'role'
  | 'staff'
  | 'legalEntity'
  | 'group'
  | 'quarter'
  | 'object'
  | 'premise'
  | 'account'
  | 'document'
  | 'client'
  | 'link'
  | 'request'
  | 'lead'
  | 'mergeInto'
  | 'externalId'
  | 'apiKey'
  | 'importBatch'
  | 'importJob',
  string
>;

type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (ids: Ids) => string;
  /** The permission it needs; null: every staff member of the organisation. */
  permission: Permission | null;
  body?: (ids: Ids) => unknown;
  multipart?: boolean;
  /** The URL names a record, so another organisation must get 404. */
  scoped: boolean;
};

const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/api/permissions', permission: 'staff.manage', scoped: false },
  { method: 'GET', url: () => '/api/roles', permission: 'staff.manage', scoped: false },
  {
    method: 'POST',
    url: () => '/api/roles',
    permission: 'staff.manage',
    body: () => ({ name: 'Новая роль', permissions: [] }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/roles/${i.role}`, permission: 'staff.manage', scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/roles/${i.role}`,
    permission: 'staff.manage',
    body: () => ({ name: 'Переименована' }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/roles/${i.role}`, permission: 'staff.manage', scoped: true },
  { method: 'GET', url: () => '/api/staff', permission: 'staff.manage', scoped: false },
  {
    method: 'POST',
    url: () => '/api/staff',
    permission: 'staff.manage',
    body: (i) => ({ login: 'matrix-new', fullName: 'Новый', roleId: i.role, password: 'password-123' }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/staff/${i.staff}`, permission: 'staff.manage', scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/staff/${i.staff}`,
    permission: 'staff.manage',
    body: () => ({ fullName: 'Другое имя' }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/staff/${i.staff}`, permission: 'staff.manage', scoped: true },
  { method: 'GET', url: () => '/api/api-keys', permission: 'settings.manage', scoped: false },
  {
    method: 'GET',
    url: () => '/api/registration-requests/export.xlsx',
    permission: 'export.registrations',
    scoped: false,
  },
  { method: 'GET', url: () => '/api/leads/export.xlsx', permission: 'export.registrations', scoped: false },
  { method: 'POST', url: () => '/api/imports', permission: 'premises.view', multipart: true, scoped: false },
  { method: 'GET', url: () => '/api/imports', permission: 'premises.view', scoped: false },
  {
    method: 'POST',
    url: (i) => `/api/imports/${i.importJob}/apply`,
    permission: 'premises.view',
    body: () => ({}),
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/imports/${i.importJob}/rollback`,
    permission: 'settings.manage',
    scoped: true,
  },
  { method: 'GET', url: (i) => `/api/imports/${i.importJob}`, permission: 'premises.view', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/imports/${i.importJob}/errors.xlsx`,
    permission: 'premises.view',
    scoped: true,
  },
  { method: 'GET', url: () => '/api/import-batches', permission: 'settings.manage', scoped: false },
  { method: 'GET', url: () => '/api/integration/xml-folder', permission: 'settings.manage', scoped: false },
  {
    method: 'PUT',
    url: () => '/api/integration/xml-folder',
    permission: 'settings.manage',
    body: () => ({ enabled: false }),
    scoped: false,
  },
  {
    method: 'POST',
    url: (i) => `/api/import-batches/${i.importBatch}/rollback`,
    permission: 'settings.manage',
    scoped: true,
  },
  {
    method: 'POST',
    url: () => '/api/api-keys',
    permission: 'settings.manage',
    body: () => ({ name: 'Матрица', scopes: ['import'] }),
    scoped: false,
  },
  { method: 'DELETE', url: (i) => `/api/api-keys/${i.apiKey}`, permission: 'settings.manage', scoped: true },
  // Only integration keys (api-keys.test.ts): here, that nobody gets in without one.
  {
    method: 'POST',
    url: () => '/api/integration/v1/clients',
    permission: null,
    body: () => ({ items: [{ externalId: 'M-9', fullName: 'Клиент Матрицы' }] }),
    scoped: false,
  },
  ...(['premises', 'accounts', 'links'] as const).map(
    (kind): Endpoint => ({
      method: 'POST',
      url: () => `/api/integration/v1/${kind}`,
      permission: null,
      body: () => ({ items: [{}] }),
      scoped: false,
    }),
  ),
  { method: 'GET', url: () => '/api/legal-entities', permission: null, scoped: false },
  {
    method: 'POST',
    url: () => '/api/legal-entities',
    permission: 'settings.manage',
    body: () => ({ name: 'ООО «Матрица»', inn: '7707083893', kpp: '770701001' }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/legal-entities/${i.legalEntity}`, permission: null, scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/legal-entities/${i.legalEntity}`,
    permission: 'settings.manage',
    body: () => ({ name: 'ООО «Другое»' }),
    scoped: true,
  },
  {
    method: 'DELETE',
    url: (i) => `/api/legal-entities/${i.legalEntity}`,
    permission: 'settings.manage',
    scoped: true,
  },
  ...(['object-groups', 'quarters'] as const).flatMap((set): Endpoint[] => [
    { method: 'GET', url: () => `/api/${set}`, permission: null, scoped: false },
    {
      method: 'POST',
      url: () => `/api/${set}`,
      permission: 'settings.manage',
      body: () => ({ name: 'Новый набор' }),
      scoped: false,
    },
    {
      method: 'GET',
      url: (i) => `/api/${set}/${set === 'quarters' ? i.quarter : i.group}`,
      permission: null,
      scoped: true,
    },
    {
      method: 'PATCH',
      url: (i) => `/api/${set}/${set === 'quarters' ? i.quarter : i.group}`,
      permission: 'settings.manage',
      body: () => ({ name: 'Другое название' }),
      scoped: true,
    },
    {
      method: 'DELETE',
      url: (i) => `/api/${set}/${set === 'quarters' ? i.quarter : i.group}`,
      permission: 'settings.manage',
      scoped: true,
    },
  ]),
  { method: 'GET', url: () => '/api/objects', permission: null, scoped: false },
  {
    method: 'POST',
    url: () => '/api/objects',
    permission: 'settings.manage',
    body: () => ({ name: 'ЖК «Новый»', address: 'г. Тула' }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/objects/${i.object}`, permission: null, scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/objects/${i.object}`,
    permission: 'settings.manage',
    body: () => ({ onlinePayment: false }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/objects/${i.object}`, permission: 'settings.manage', scoped: true },
  {
    method: 'PUT',
    url: (i) => `/api/objects/${i.object}/image`,
    permission: 'settings.manage',
    multipart: true,
    scoped: true,
  },
  { method: 'GET', url: (i) => `/api/objects/${i.object}/image`, permission: null, scoped: true },
  {
    method: 'DELETE',
    url: (i) => `/api/objects/${i.object}/image`,
    permission: 'settings.manage',
    scoped: true,
  },
  { method: 'GET', url: () => '/api/tags', permission: null, scoped: false },
  { method: 'GET', url: () => '/api/premises', permission: 'premises.view', scoped: false },
  { method: 'GET', url: () => '/api/premises/export.xlsx', permission: 'premises.view', scoped: false },
  {
    method: 'POST',
    url: () => '/api/premises',
    permission: 'premises.edit',
    body: (i) => ({ objectId: i.object, type: 'house', house: '900' }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/premises/${i.premise}`, permission: 'premises.view', scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/premises/${i.premise}`,
    permission: 'premises.edit',
    body: () => ({ note: 'Чужая заметка' }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/premises/${i.premise}`, permission: 'premises.edit', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/premises/${i.premise}/history`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/premises/${i.premise}/accounts`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/premises/${i.premise}/accounts`,
    permission: 'premises.edit',
    body: (i) => ({ legalEntityId: i.legalEntity, number: 'MATRIX-2' }),
    scoped: true,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/accounts/${i.account}`,
    permission: 'premises.edit',
    body: () => ({ number: 'MATRIX-3' }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/accounts/${i.account}`, permission: 'premises.edit', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/premises/${i.premise}/documents`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/premises/${i.premise}/documents`,
    permission: 'premises.edit',
    multipart: true,
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/documents/${i.document}/file`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/documents/${i.document}`,
    permission: 'premises.edit',
    body: () => ({ title: 'Чужое' }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/documents/${i.document}`, permission: 'premises.edit', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/premises/${i.premise}/clients`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/premises/${i.premise}/clients`,
    permission: 'clients.edit',
    body: (i) => ({ clientId: i.client, role: 'owner' }),
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/clients/${i.client}/premises`,
    permission: 'clients.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/clients/${i.client}/premises`,
    permission: 'clients.edit',
    body: (i) => ({ premiseId: i.premise }),
    scoped: true,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/premise-links/${i.link}`,
    permission: 'clients.edit',
    body: () => ({ comment: 'Чужой комментарий' }),
    scoped: true,
  },
  {
    method: 'DELETE',
    url: (i) => `/api/premise-links/${i.link}?dependents=remove`,
    permission: 'clients.edit',
    scoped: true,
  },
  { method: 'GET', url: () => '/api/registration-requests', permission: 'clients.view', scoped: false },
  {
    method: 'GET',
    url: (i) => `/api/registration-requests/${i.request}`,
    permission: 'clients.view',
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/registration-requests/${i.request}/history`,
    permission: 'clients.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/registration-requests/${i.request}/comments`,
    permission: 'clients.edit',
    body: () => ({ text: 'Чужой комментарий' }),
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/registration-requests/${i.request}/approve`,
    permission: 'clients.edit',
    body: (i) => ({ premiseId: i.premise, clientId: i.client }),
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/registration-requests/${i.request}/reject`,
    permission: 'clients.edit',
    body: () => ({ reason: 'Чужой отказ' }),
    scoped: true,
  },
  { method: 'GET', url: () => '/api/leads', permission: 'clients.view', scoped: false },
  {
    method: 'POST',
    url: (i) => `/api/leads/${i.lead}/convert`,
    permission: 'clients.edit',
    body: () => ({ fullName: 'Чужой Лид' }),
    scoped: true,
  },
  { method: 'GET', url: () => '/api/clients', permission: 'clients.view', scoped: false },
  { method: 'GET', url: () => '/api/clients/export.xlsx', permission: 'clients.view', scoped: false },
  { method: 'GET', url: () => '/api/clients/export.xlsx', permission: 'export.clients', scoped: false },
  {
    method: 'POST',
    url: () => '/api/clients',
    permission: 'clients.edit',
    body: () => ({ fullName: 'Новый Клиент' }),
    scoped: false,
  },
  { method: 'GET', url: (i) => `/api/clients/${i.client}`, permission: 'clients.view', scoped: true },
  {
    method: 'PATCH',
    url: (i) => `/api/clients/${i.client}`,
    permission: 'clients.edit',
    body: () => ({ note: 'Чужая заметка' }),
    scoped: true,
  },
  { method: 'GET', url: (i) => `/api/clients/${i.client}/history`, permission: 'clients.view', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/clients/${i.client}/external-ids`,
    permission: 'clients.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/clients/${i.client}/external-ids`,
    permission: 'clients.edit',
    body: () => ({ source: 'Матрица', externalId: 'M-2' }),
    scoped: true,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/external-ids/${i.externalId}`,
    permission: 'clients.edit',
    body: () => ({ note: 'Чужое' }),
    scoped: true,
  },
  {
    method: 'DELETE',
    url: (i) => `/api/external-ids/${i.externalId}`,
    permission: 'clients.edit',
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/clients/${i.client}`, permission: 'clients.edit', scoped: true },
  {
    method: 'POST',
    url: (i) => `/api/clients/${i.client}/merge`,
    permission: 'clients.edit',
    body: (i) => ({ intoClientId: i.mergeInto }),
    scoped: true,
  },
];

/** Endpoints open to a role with any one of these permissions (I-3 templates: premises or clients). */
const ANY_OF_ENDPOINTS: { url: string; anyOf: Permission[] }[] = [
  { url: '/api/imports/templates/consolidated.xlsx', anyOf: ['premises.view', 'clients.view'] },
  { url: '/api/imports/templates/premises.xlsx', anyOf: ['premises.view', 'clients.view'] },
];

/** GET endpoints open without a session: the CRM asks them before anyone has logged in. */
const PUBLIC_ENDPOINTS = ['/api/auth/session'];

let t: TestApp;
let admin: Client;
let ids: Ids;

function call(client: Client | undefined, endpoint: Endpoint) {
  const url = endpoint.url(ids);
  const isImage = url.endsWith('/image');
  const payload = endpoint.multipart
    ? multipart(
        { title: 'Матрица' },
        isImage
          ? { name: 'i.png', type: 'image/png', data: png }
          : { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES },
      )
    : endpoint.body
      ? { payload: endpoint.body(ids) as object }
      : {};
  const options = { method: endpoint.method, url, ...payload };
  return client ? client.request(options) : send(t, options);
}

const label = (e: Endpoint) => `${e.method} ${e.url({} as Ids).replace(/undefined/g, ':id')}`;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  const role = (await admin.post('/api/roles', { name: 'Матрица', permissions: [] })).body;
  const staff = (
    await admin.post('/api/staff', {
      login: 'matrix-staff',
      fullName: 'Сотрудник',
      roleId: role.id,
      password: 'password-123',
    })
  ).body;
  const legalEntity = await makeLegalEntity(admin);
  const group = (await admin.post('/api/object-groups', { name: 'Группа' })).body;
  const quarter = (await admin.post('/api/quarters', { name: 'Квартал' })).body;
  const object = await makeObject(admin, { groupId: group.id, quarterId: quarter.id });
  await admin.request({
    method: 'PUT',
    url: `/api/objects/${object.id}/image`,
    ...multipart({}, { name: 'i.png', type: 'image/png', data: png }),
  });
  const premise = await makePremise(admin, object.id);
  const account = await makeAccount(admin, premise.id, legalEntity.id, { number: 'MATRIX-1' });
  const document = (
    await admin.request({
      method: 'POST',
      url: `/api/premises/${premise.id}/documents`,
      ...multipart({ title: 'Документ' }, { name: 'd.pdf', type: 'application/pdf', data: PDF_BYTES }),
    })
  ).body;
  const client = (await admin.post('/api/clients', { fullName: 'Клиент Матрицы' })).body;
  const link = (await admin.post(`/api/premises/${premise.id}/clients`, { clientId: client.id })).body;
  const apiKey = (await admin.post('/api/api-keys', { name: 'Матрица', scopes: ['import'] })).body;
  ids = {
    role: role.id,
    staff: staff.id,
    legalEntity: legalEntity.id,
    group: group.id,
    quarter: quarter.id,
    object: object.id,
    premise: premise.id,
    account: account.id,
    document: document.id,
    client: client.id,
    link: link.id,
    request: (await makeRegistrationRequest(t, admin.organizationId)).id,
    lead: (await makeLead(t, admin.organizationId)).id,
    mergeInto: (await admin.post('/api/clients', { fullName: 'Клиент Матрицы' })).body.id,
    externalId: (
      await admin.post(`/api/clients/${client.id}/external-ids`, { source: 'Матрица', externalId: 'M-1' })
    ).body.id,
    apiKey: apiKey.id,
    importJob: (
      await admin.request({
        method: 'POST',
        url: '/api/imports',
        ...multipart(
          { kind: 'premises', legalEntityId: legalEntity.id, objectId: object.id },
          {
            name: 'p.xlsx',
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            data: (await admin.get('/api/imports/templates/premises.xlsx')).raw,
          },
        ),
      })
    ).body.id,
    importBatch: (
      await send(t, {
        method: 'POST',
        url: '/api/integration/v1/clients',
        headers: { authorization: `Bearer ${apiKey.key}` },
        payload: { items: [{ externalId: 'M-1', fullName: 'Загруженный Клиент' }] },
      })
    ).body.batchId,
  };
});
afterAll(() => t.close());

describe('access matrix', () => {
  it.each(ENDPOINTS.map((e) => [label(e), e] as const))('%s: 401 without a session', async (_, endpoint) => {
    const response = await call(undefined, endpoint);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it.each(
    ENDPOINTS.filter((e) => e.permission).map((e) => [`${label(e)} needs ${e.permission}`, e] as const),
  )('%s: 403 for a role without it', async (_, endpoint) => {
    const everythingElse = (await admin.get('/api/permissions')).body
      .map((p: { name: string }) => p.name)
      .filter((name: string) => name !== endpoint.permission);
    const staff = await makeStaff(t, admin, everythingElse);
    const response = await call(staff, endpoint);
    expect(response.status).toBe(403);
    expect(response.body).toEqual(
      expect.objectContaining({ code: 'FORBIDDEN', title: 'Недостаточно прав для этого действия' }),
    );
  });

  it.each(ENDPOINTS.filter((e) => !e.permission && e.method === 'GET').map((e) => [label(e), e] as const))(
    '%s: readable by a role with no permissions at all',
    async (_, endpoint) => {
      const staff = await makeStaff(t, admin, []);
      expect((await call(staff, endpoint)).status).toBe(200);
    },
  );

  it.each(ENDPOINTS.filter((e) => e.scoped).map((e) => [label(e), e] as const))(
    '%s: 404 and no data for an administrator of another organisation',
    async (_, endpoint) => {
      const other = await makeOrganization(t);
      // The other organisation has its own legal entity, so a body naming ours is the only foreign part.
      const response = await call(other.admin, endpoint);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(Object.keys(response.body).sort()).toEqual(
        ['code', 'status', 'title', 'type'].concat(response.body.detail ? ['detail'] : []).sort(),
      );
    },
  );

  it.each(['/api/premises/export.xlsx', '/api/clients/export.xlsx'])(
    '%s: an administrator of another organisation gets a file without our rows',
    async (url) => {
      const other = await makeOrganization(t);
      const response = await other.admin.get(url);
      expect(response.status).toBe(200);
      expect((await readXlsx(response)).rows).toEqual([]);
      expect((await readXlsx(await admin.get(url))).rows.length).toBeGreaterThan(0);
    },
  );

  it.each(ANY_OF_ENDPOINTS.map((e) => [`GET ${e.url}`, e] as const))(
    '%s: 401 without a session, 403 without any of its permissions, 200 with one of them',
    async (_, { url, anyOf }) => {
      expect((await send(t, { method: 'GET', url })).status).toBe(401);
      const everythingElse = (await admin.get('/api/permissions')).body
        .map((p: { name: Permission }) => p.name)
        .filter((name: Permission) => !anyOf.includes(name));
      const refused = await (await makeStaff(t, admin, everythingElse)).get(url);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      for (const permission of anyOf) {
        expect((await (await makeStaff(t, admin, [permission])).get(url)).status).toBe(200);
      }
    },
  );

  it.each(PUBLIC_ENDPOINTS.map((url) => [`GET ${url}`, url] as const))(
    '%s: answers without a session, and to a role with no permissions at all',
    async (_, url) => {
      expect((await send(t, { method: 'GET', url })).status).toBe(200);
      expect((await (await makeStaff(t, admin, [])).get(url)).status).toBe(200);
    },
  );

  it('left every record of the organisation in place', async () => {
    expect((await admin.get(`/api/premises/${ids.premise}`)).body.note).toBeNull();
    expect(
      (await admin.get(`/api/premises/${ids.premise}/accounts`)).body.map(
        (a: { number: string }) => a.number,
      ),
    ).toEqual(['MATRIX-1']);
    expect(
      (await admin.get(`/api/premises/${ids.premise}/documents`)).body.map((d: { title: string }) => d.title),
    ).toEqual(['Документ']);
    expect((await admin.get(`/api/roles/${ids.role}`)).body.name).toBe('Матрица');
    expect((await admin.get(`/api/objects/${ids.object}`)).body.imageUrl).not.toBeNull();
    const client = (await admin.get(`/api/clients/${ids.client}`)).body;
    expect(client.note).toBeNull();
    expect(
      client.externalIds.map((e: { externalId: string; note: string | null }) => [e.externalId, e.note]),
    ).toEqual([['M-1', null]]);
    expect((await admin.get(`/api/premises/${ids.premise}/clients`)).body).toHaveLength(1);
  });
});
