// Every staff endpoint of the API with the permission it needs and a valid request for it: what
// the access matrix and the cross-tenant tests walk.
import type { Permission } from '@domovoy/contract';
import type { TestApp } from './build-test-app';
import { type Client, send } from './helpers';
import { multipart, PDF_BYTES } from './multipart';
import { png, type TenantIds } from './tenant-data';

type Ids = TenantIds;

export type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (ids: Ids) => string;
  /** The permission it needs; null: every staff member of the organisation. */
  permission: Permission | null;
  body?: (ids: Ids) => unknown;
  multipart?: boolean;
  /** The URL names a record, so another organisation must get 404. */
  scoped: boolean;
};

export const ENDPOINTS: Endpoint[] = [
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
  { method: 'GET', url: () => '/api/sms-messages', permission: 'settings.manage', scoped: false },
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
    url: (i) => `/api/imports/${i.importJob}/errors`,
    permission: 'premises.view',
    scoped: true,
  },
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
  ...(
    [
      'premises',
      'accounts',
      'links',
      'balances',
      'insurance',
      'meters',
      'meter-readings',
      'activity',
    ] as const
  ).map(
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
  {
    method: 'PUT',
    url: (i) => `/api/objects/${i.object}/brand-logo`,
    permission: 'settings.manage',
    multipart: true,
    scoped: true,
  },
  { method: 'GET', url: (i) => `/api/objects/${i.object}/brand-logo`, permission: null, scoped: true },
  {
    method: 'DELETE',
    url: (i) => `/api/objects/${i.object}/brand-logo`,
    permission: 'settings.manage',
    scoped: true,
  },
  { method: 'GET', url: () => '/api/settings/brand', permission: null, scoped: false },
  // M-3: the monitor of key metrics and its minimum app version.
  {
    method: 'GET',
    url: () => '/api/monitor?from=2031-03-01&to=2031-03-31&period=week',
    permission: 'monitor.view',
    scoped: false,
  },
  { method: 'GET', url: () => '/api/settings/monitor', permission: null, scoped: false },
  {
    method: 'PUT',
    url: () => '/api/settings/monitor',
    permission: 'settings.manage',
    body: () => ({ minAppVersion: '4.7' }),
    scoped: false,
  },
  {
    method: 'PUT',
    url: () => '/api/settings/brand',
    permission: 'settings.manage',
    body: () => ({ name: 'Матрица', color: '#123456', products: ['requests'] }),
    scoped: false,
  },
  {
    method: 'PUT',
    url: () => '/api/settings/brand/logo',
    permission: 'settings.manage',
    multipart: true,
    scoped: false,
  },
  { method: 'GET', url: () => '/api/settings/brand/logo', permission: null, scoped: false },
  { method: 'DELETE', url: () => '/api/settings/brand/logo', permission: 'settings.manage', scoped: false },
  { method: 'GET', url: () => '/api/tags', permission: null, scoped: false },
  // Issue 17: the header search — every staff member; each group needs its section (search.test.ts).
  {
    method: 'GET',
    url: () => `/api/search?q=${encodeURIComponent('Ленина 10')}`,
    permission: null,
    scoped: false,
  },
  { method: 'GET', url: () => '/api/premises', permission: 'premises.view', scoped: false },
  { method: 'GET', url: () => '/api/premises/export.xlsx', permission: 'premises.view', scoped: false },
  {
    method: 'POST',
    url: () => '/api/premises',
    permission: 'premises.edit',
    body: (i) => ({ objectId: i.object, type: 'house', house: '900' }),
    scoped: false,
  },
  {
    method: 'POST',
    url: () => '/api/premises/bulk-tags',
    permission: 'premises.edit',
    body: (i) => ({ filter: { id: [i.premise] }, add: ['Матрица'] }),
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
  // Issue 13: requests to the УО and their types.
  { method: 'GET', url: () => '/api/request-types', permission: null, scoped: false },
  {
    method: 'POST',
    url: () => '/api/request-types',
    permission: 'settings.manage',
    body: () => ({ name: 'Тип матрицы' }),
    scoped: false,
  },
  {
    method: 'PUT',
    url: () => '/api/request-types/order',
    permission: 'settings.manage',
    body: (i) => ({ ids: [i.requestType] }),
    scoped: false,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/request-types/${i.requestType}`,
    permission: 'settings.manage',
    body: () => ({ archived: false }),
    scoped: true,
  },
  { method: 'GET', url: () => '/api/service-requests', permission: 'requests.view', scoped: false },
  { method: 'GET', url: () => '/api/service-requests/assignees', permission: 'requests.view', scoped: false },
  {
    method: 'GET',
    url: () => '/api/service-requests/export.xlsx',
    permission: 'requests.view',
    scoped: false,
  },
  ...(['requests.view', 'requests.create'] as const).map(
    (permission): Endpoint => ({
      method: 'POST',
      url: () => '/api/service-requests',
      permission,
      body: (i) => ({ typeId: i.requestType, subject: 'Новая заявка', premiseId: i.premise }),
      scoped: false,
    }),
  ),
  {
    method: 'GET',
    url: (i) => `/api/service-requests/${i.serviceRequest}`,
    permission: 'requests.view',
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/service-requests/${i.serviceRequest}/history`,
    permission: 'requests.view',
    scoped: true,
  },
  {
    method: 'GET',
    url: (i) => `/api/service-requests/${i.serviceRequest}/photos/${i.requestPhoto}`,
    permission: 'requests.view',
    scoped: true,
  },
  ...(['requests.view', 'requests.edit'] as const).flatMap((permission): Endpoint[] => [
    {
      method: 'PATCH',
      url: (i) => `/api/service-requests/${i.serviceRequest}`,
      permission,
      body: () => ({ subject: 'Заявка матрицы' }),
      scoped: true,
    },
    {
      method: 'POST',
      url: (i) => `/api/service-requests/${i.serviceRequest}/comments`,
      permission,
      body: () => ({ body: 'Комментарий матрицы' }),
      scoped: true,
    },
    {
      method: 'POST',
      url: (i) => `/api/service-requests/${i.serviceRequest}/photos`,
      permission,
      multipart: true,
      scoped: true,
    },
  ]),
  ...(['requests.view', 'requests.status'] as const).map(
    (permission): Endpoint => ({
      method: 'POST',
      url: (i) => `/api/service-requests/${i.serviceRequest}/status`,
      permission,
      body: () => ({ status: 'in_progress' }),
      scoped: true,
    }),
  ),
  // Issue 13: meters and their readings.
  {
    method: 'GET',
    url: (i) => `/api/premises/${i.premise}/meters`,
    permission: 'premises.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/premises/${i.premise}/meters`,
    permission: 'premises.edit',
    body: (i) => ({ resource: 'gas', serialNumber: 'MATRIX-G', accountId: i.account }),
    scoped: true,
  },
  {
    method: 'PATCH',
    url: (i) => `/api/meters/${i.meter}`,
    permission: 'premises.edit',
    body: (i) => ({ place: 'Кухня', accountId: i.account }),
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/meters/${i.meter}/replace`,
    permission: 'premises.edit',
    body: () => ({
      replacedOn: new Date().toISOString().slice(0, 10),
      meter: { resource: 'cold_water', serialNumber: 'MATRIX-N' },
    }),
    scoped: true,
  },
  { method: 'DELETE', url: (i) => `/api/meters/${i.meter}`, permission: 'premises.edit', scoped: true },
  { method: 'GET', url: (i) => `/api/meters/${i.meter}/readings`, permission: 'premises.view', scoped: true },
  ...(['premises.view', 'meters.readings'] as const).map(
    (permission): Endpoint => ({
      method: 'POST',
      url: (i) => `/api/meters/${i.meter}/readings`,
      permission,
      body: () => ({ values: ['2'] }),
      scoped: true,
    }),
  ),
  {
    method: 'DELETE',
    url: (i) => `/api/meter-readings/${i.reading}`,
    permission: 'meters.readings',
    scoped: true,
  },
  ...(['premises.view', 'export.meter_readings'] as const).map(
    (permission): Endpoint => ({
      method: 'GET',
      url: () => '/api/meter-readings/export.xlsx?period=2026-06',
      permission,
      scoped: false,
    }),
  ),
  { method: 'GET', url: () => '/api/settings/meters', permission: null, scoped: false },
  {
    method: 'PUT',
    url: () => '/api/settings/meters',
    permission: 'settings.manage',
    body: () => ({ windowFromDay: 15, windowToDay: 25, jumpFactor: 5 }),
    scoped: false,
  },
  // ACT-1..ACT-4: the «Активность» tab of both cards, and a call logged from it.
  ...(['premises.view', 'clients.activity'] as const).flatMap((permission): Endpoint[] => [
    { method: 'GET', url: (i) => `/api/premises/${i.premise}/activity`, permission, scoped: true },
    { method: 'GET', url: (i) => `/api/premises/${i.premise}/activity/counters`, permission, scoped: true },
  ]),
  ...(['clients.view', 'clients.activity'] as const).flatMap((permission): Endpoint[] => [
    { method: 'GET', url: (i) => `/api/clients/${i.client}/activity`, permission, scoped: true },
    { method: 'GET', url: (i) => `/api/clients/${i.client}/activity/counters`, permission, scoped: true },
  ]),
  {
    method: 'POST',
    url: () => '/api/activity/calls',
    permission: 'clients.activity',
    body: (i) => ({ premiseId: i.premise, clientId: i.client, note: 'Звонок матрицы' }),
    scoped: false,
  },
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
    method: 'GET',
    url: () => '/api/registration-requests/counters',
    permission: 'clients.view',
    scoped: false,
  },
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
  {
    method: 'POST',
    url: () => '/api/clients/bulk-tags',
    permission: 'clients.edit',
    body: (i) => ({ filter: { id: [i.client] }, add: ['Матрица'] }),
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
  { method: 'GET', url: (i) => `/api/clients/${i.client}/photo`, permission: 'clients.view', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/clients/${i.sessionClient}/sessions`,
    permission: 'clients.view',
    scoped: true,
  },
  {
    method: 'DELETE',
    url: (i) => `/api/clients/${i.sessionClient}/sessions/${i.session}`,
    permission: 'clients.edit',
    scoped: true,
  },
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
  // M-1, M-2: mailings; creating one needs the access to the list (here: the card) it comes from.
  ...(['mailings.create', 'clients.view'] as const).flatMap((permission): Endpoint[] => [
    {
      method: 'POST',
      url: () => '/api/mailings/preview',
      permission,
      body: (i) => ({ channel: 'sms', audience: { source: 'client', clientId: i.client } }),
      scoped: false,
    },
    {
      method: 'POST',
      url: () => '/api/mailings',
      permission,
      body: (i) => ({
        channel: 'sms',
        title: 'Рассылка матрицы',
        text: 'Текст рассылки матрицы',
        audience: { source: 'client', clientId: i.client },
      }),
      scoped: false,
    },
  ]),
  { method: 'GET', url: () => '/api/mailings', permission: 'mailings.view', scoped: false },
  { method: 'GET', url: () => '/api/mailings/initiators', permission: 'mailings.view', scoped: false },
  { method: 'GET', url: (i) => `/api/mailings/${i.mailing}`, permission: 'mailings.view', scoped: true },
  {
    method: 'GET',
    url: (i) => `/api/mailings/${i.mailing}/recipients`,
    permission: 'mailings.view',
    scoped: true,
  },
  {
    method: 'POST',
    url: (i) => `/api/mailings/${i.mailing}/cancel`,
    permission: 'mailings.create',
    scoped: true,
  },
];

/** Calls an endpoint as this staff member (or without a session), with these records' ids. */
export function callEndpoint(t: TestApp, client: Client | undefined, endpoint: Endpoint, ids: Ids) {
  const url = endpoint.url(ids);
  const isImage = /\/(image|brand-logo|logo|photos)$/.test(url);
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

export const endpointLabel = (e: Endpoint) => `${e.method} ${e.url({} as Ids).replace(/undefined/g, ':id')}`;
