// Issue 17: the CRM header's search — each group by its section's own list rules, present only
// with the section's permission, names and phones masked and never searched by when hidden (R-3),
// and nothing of another organisation (T-1).
import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';

const NAME = 'Зайцева Мария Петровна';
const PHONE = '+7 916 404-77-31';

let t: TestApp;
let admin: Client;
let other: Client;
let flat: string;
let storage: string;
let account: string;
let clientId: string;
let requestId: string;
let requestNumber: number;

const search = (client: Client, q: string, limit?: number) =>
  client.get(`/api/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);

const ids = (items: { id: string }[] | undefined) => items?.map((item) => item.id);

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  ({ admin: other } = await makeOrganization(t));
  const object = await makeObject(admin, { name: 'ЖК Сосновый бор' });
  const street = { street: 'ул. Лиственная', house: '7' };
  flat = (await makePremise(admin, object.id, { ...street, number: '15' })).id;
  storage = (await makePremise(admin, object.id, { ...street, type: 'storage', number: '15' })).id;
  const legalEntity = await makeLegalEntity(admin);
  account = (await makeAccount(admin, flat, legalEntity.id, { number: '7731002244', els: '75ДА533315' })).id;
  const client = await admin.post('/api/clients', { fullName: NAME, phone: PHONE });
  expect(client.status).toBe(201);
  clientId = client.body.id;
  const [type] = (await admin.get('/api/request-types')).body;
  const request = await admin.post('/api/service-requests', {
    typeId: type.id,
    subject: 'Не работает домофон',
    premiseId: flat,
  });
  expect(request.status).toBe(201);
  ({ id: requestId, number: requestNumber } = request.body);
  // Another organisation with the same address, name and phone: never in our answers.
  const theirObject = await makeObject(other, { name: 'ЖК Сосновый бор' });
  await makePremise(other, theirObject.id, { ...street, number: '15' });
  expect((await other.post('/api/clients', { fullName: NAME, phone: PHONE })).status).toBe(201);
});
afterAll(() => t?.close());

describe('GET /api/search', () => {
  it('finds a premise by its address, with its type and object; a type word narrows the type', async () => {
    const found = await search(admin, 'Лиственная 7 15');
    expect(found.status).toBe(200);
    expect(ids(found.body.premises)?.sort()).toEqual([flat, storage].sort());
    expect(found.body.premises).toContainEqual({
      id: flat,
      fullAddress: 'ул. Лиственная, д. 7, кв. 15',
      type: 'flat',
      typeLabel: 'Квартира',
      objectName: 'ЖК Сосновый бор',
    });
    expect(ids((await search(admin, 'кв 15')).body.premises)).toEqual([flat]);
    expect(ids((await search(admin, 'кл 15')).body.premises)).toEqual([storage]);
    expect(ids((await search(admin, 'Сосновый 7 15')).body.premises)?.sort()).toEqual([flat, storage].sort());
  });

  it('finds a client by the beginning of the name, a word of it and the end of the phone', async () => {
    for (const q of ['Зайцева', 'Зайцева Ма', 'Мария', '4047731', '7731']) {
      const found = await search(admin, q);
      expect(ids(found.body.clients), q).toEqual([clientId]);
      expect(found.body.clients[0]).toMatchObject({ fullName: NAME, phone: PHONE });
    }
    // An address is not read as a client, and «55» is below where a phone search means anything.
    expect((await search(admin, 'Лиственная 7')).body.clients).toEqual([]);
    expect((await search(admin, '55')).body).toMatchObject({ clients: [], clientsHidden: false });
  });

  it('finds an account by its number and by its ЕЛС, with the premise it belongs to', async () => {
    for (const q of ['7731002244', '773100', '75ДА533315', '75да533315']) {
      const found = await search(admin, q);
      expect(found.body.accounts, q).toEqual([
        {
          id: account,
          number: '7731002244',
          els: '75ДА533315',
          premiseId: flat,
          premiseAddress: 'ул. Лиственная, д. 7, кв. 15',
          objectName: 'ЖК Сосновый бор',
        },
      ]);
    }
    expect((await search(admin, '7731')).body.accounts).toEqual([]);
  });

  it('finds a request by its number typed as «N», «№ N», «№N» or «#N»', async () => {
    for (const q of [`${requestNumber}`, `№ ${requestNumber}`, `№${requestNumber}`, `#${requestNumber}`]) {
      const found = await search(admin, q);
      expect(found.body.requests, q).toEqual([
        {
          id: requestId,
          number: requestNumber,
          status: 'waiting',
          typeName: expect.any(String),
          subject: 'Не работает домофон',
          premiseAddress: 'ул. Лиственная, д. 7, кв. 15',
        },
      ]);
    }
    expect((await search(admin, `№ ${requestNumber + 1000}`)).body.requests).toEqual([]);
    expect((await search(admin, 'домофон')).body.requests).toEqual([]);
  });

  it('returns a few rows per group: 5 unless asked for up to 20', async () => {
    const object = await makeObject(admin, { name: 'ЖК Много' });
    for (let n = 1; n <= 7; n++)
      await makePremise(admin, object.id, { street: 'ул. Многая', house: '1', number: `${n}` });
    expect((await search(admin, 'Многая 1')).body.premises).toHaveLength(5);
    expect((await search(admin, 'Многая 1', 6)).body.premises).toHaveLength(6);
    expect((await search(admin, 'Многая', 21)).status).toBe(400);
  });

  it('R-2: a group is there only with its section', async () => {
    const q = `${requestNumber}`;
    const requestsOnly = await search(await makeStaff(t, admin, ['requests.view']), q);
    expect(requestsOnly.status).toBe(200);
    expect(Object.keys(requestsOnly.body).sort()).toEqual(['clientsHidden', 'requests']);
    const premisesOnly = await search(await makeStaff(t, admin, ['premises.view']), 'кв 15');
    expect(Object.keys(premisesOnly.body).sort()).toEqual(['accounts', 'clientsHidden', 'premises']);
    expect(ids(premisesOnly.body.premises)).toEqual([flat]);
    const clientsOnly = await search(
      await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']),
      'Зайцева',
    );
    expect(Object.keys(clientsOnly.body).sort()).toEqual(['clients', 'clientsHidden']);
    const nothing = await search(await makeStaff(t, admin, []), 'Зайцева');
    expect(nothing.body).toEqual({ clientsHidden: false });
  });

  it('R-3: without «ФИО» and «контактная информация» no client is found by a name or a phone', async () => {
    const staff = await makeStaff(t, admin, ['premises.view', 'clients.view', 'requests.view']);
    for (const q of ['Зайцева', 'Мария', '7731', PHONE]) {
      const found = await search(staff, q);
      expect(found.status, q).toBe(200);
      expect(found.body, q).toMatchObject({ clients: [], clientsHidden: true });
      expect(JSON.stringify(found.body)).not.toContain('Зайцева');
    }
    // The addresses stay searchable, and an address is not a hidden client reading.
    const address = await search(staff, 'кв 15');
    expect(address.body).toMatchObject({ premises: [{ id: flat }], clients: [], clientsHidden: false });
  });

  it('R-3: a role with names only finds by name and sees the phone masked; by phone, nothing', async () => {
    const staff = await makeStaff(t, admin, ['clients.view', 'clients.pii.name']);
    const found = await search(staff, 'Зайцева');
    expect(found.body.clients).toEqual([
      {
        id: clientId,
        type: 'individual',
        fullName: NAME,
        phone: PII_MASK,
        masked: { name: false, contacts: true },
      },
    ]);
    expect((await search(staff, '4047731')).body).toMatchObject({ clients: [], clientsHidden: true });
    const contactsOnly = await makeStaff(t, admin, ['clients.view', 'clients.pii.contacts']);
    const byPhone = await search(contactsOnly, '4047731');
    expect(byPhone.body.clients).toEqual([
      {
        id: clientId,
        type: 'individual',
        fullName: PII_MASK,
        phone: PHONE,
        masked: { name: true, contacts: false },
      },
    ]);
    expect((await search(contactsOnly, 'Зайцева')).body).toMatchObject({ clients: [], clientsHidden: true });
  });

  it('T-1: another organisation finds only its own records', async () => {
    const theirs = await search(other, 'Лиственная 7 15');
    expect(theirs.body.premises).toHaveLength(1);
    expect(ids(theirs.body.premises)).not.toContain(flat);
    const client = await search(other, 'Зайцева');
    expect(client.body.clients).toHaveLength(1);
    expect(ids(client.body.clients)).not.toContain(clientId);
    expect((await search(other, '7731002244')).body.accounts).toEqual([]);
    expect((await search(other, '75ДА533315')).body.accounts).toEqual([]);
    expect(ids((await search(other, `№ ${requestNumber}`)).body.requests)).not.toContain(requestId);
  });

  it('a wildcard or a blank query finds nothing in any group', async () => {
    for (const q of ['%', '_', '\\', '%%', '*', ' ', '№', '-']) {
      const found = await search(admin, q);
      expect(found.status, q).toBe(200);
      expect(found.body, q).toEqual({
        premises: [],
        clients: [],
        clientsHidden: false,
        accounts: [],
        requests: [],
      });
    }
    expect((await search(admin, '')).status).toBe(400);
  });
});
