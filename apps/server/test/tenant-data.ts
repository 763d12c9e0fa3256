// One record of every kind in an organisation, made through the API: what the access matrix and
// the cross-tenant tests aim their requests at.
import { randomUUID } from 'node:crypto';
import { residentAccounts } from '../src/modules/resident-accounts/resident-accounts.service';
import type { TestApp } from './build-test-app';
import {
  fixturePhone,
  makeAccount,
  makeLead,
  makeLegalEntity,
  makeObject,
  makePremise,
  makeRegistrationRequest,
} from './fixtures';
import { type Client, send } from './helpers';
import { templateAsData } from './import-files';
import { multipart, PDF_BYTES } from './multipart';
import { makeResidentSession } from './resident-sessions';

export type TenantIds = Record<
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
  | 'sessionClient'
  | 'session'
  | 'link'
  | 'request'
  | 'lead'
  | 'mergeInto'
  | 'externalId'
  | 'apiKey'
  | 'importBatch'
  | 'importJob'
  | 'serviceRequest'
  | 'requestType'
  | 'requestPhoto'
  | 'meter'
  | 'reading'
  | 'mailing',
  string
>;

export const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/** A role, a staff member, a legal entity, … an import and an integration batch, each named by id. */
export async function makeTenantData(t: TestApp, admin: Client): Promise<TenantIds> {
  const role = (await admin.post('/api/roles', { name: 'Матрица', permissions: [] })).body;
  const staff = (
    await admin.post('/api/staff', {
      login: `matrix-staff-${randomUUID().slice(0, 8)}`,
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
  // T-3: brand logos of the organisation and the object (their GETs are in the matrix).
  for (const url of ['/api/settings/brand/logo', `/api/objects/${object.id}/brand-logo`])
    await admin.request({
      method: 'PUT',
      url,
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
  const meter = (
    await admin.post(`/api/premises/${premise.id}/meters`, {
      resource: 'cold_water',
      serialNumber: 'MATRIX-M',
      accountId: account.id,
    })
  ).body;
  const reading = (await admin.post(`/api/meters/${meter.id}/readings`, { values: ['1'] })).body;
  const client = (await admin.post('/api/clients', { fullName: 'Клиент Матрицы' })).body;
  const link = (await admin.post(`/api/premises/${premise.id}/clients`, { clientId: client.id })).body;
  // Issue 13: a request to the УО with a photo, of the organisation's first request type.
  const requestType = (await admin.get('/api/request-types')).body[0];
  const serviceRequest = (
    await admin.post('/api/service-requests', {
      typeId: requestType.id,
      subject: 'Заявка матрицы',
      premiseId: premise.id,
      clientId: client.id,
    })
  ).body;
  const requestPhoto = (
    await admin.request({
      method: 'POST',
      url: `/api/service-requests/${serviceRequest.id}/photos`,
      ...multipart({}, { name: 'i.png', type: 'image/png', data: png }),
    })
  ).body.photos[0];
  // M-1: a mailing to the client, due tomorrow (still cancellable).
  const mailing = (
    await admin.post('/api/mailings', {
      channel: 'sms',
      title: 'Рассылка матрицы',
      text: 'Текст рассылки',
      audience: { source: 'client', clientId: client.id },
      sendAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
  ).body;
  const apiKey = (await admin.post('/api/api-keys', { name: 'Матрица', scopes: ['import'] })).body;
  // S-1: a card whose resident is signed in on a device.
  const phone = fixturePhone();
  const sessionClient = (await admin.post('/api/clients', { fullName: 'Клиент С Телефоном', phone })).body;
  const resident = await residentAccounts.findByPhone(t.db, phone);
  const session = await makeResidentSession(t, admin.organizationId, resident?.id ?? '');
  return {
    role: role.id,
    staff: staff.id,
    legalEntity: legalEntity.id,
    group: group.id,
    quarter: quarter.id,
    object: object.id,
    premise: premise.id,
    account: account.id,
    meter: meter.id,
    reading: reading.id,
    document: document.id,
    client: client.id,
    sessionClient: sessionClient.id,
    session: session.id,
    link: link.id,
    serviceRequest: serviceRequest.id,
    requestType: requestType.id,
    requestPhoto: requestPhoto.id,
    mailing: mailing.id,
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
            data: await templateAsData((await admin.get('/api/imports/templates/premises.xlsx')).raw),
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
}
