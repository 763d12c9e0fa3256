import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeAccount, makeLegalEntity, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { addToPremise, link, makeClient, premiseClients, premiseState } from './link-fixtures';

let t: TestApp;
let admin: Client;
let objectId: string;
let legalEntityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin, { name: 'ЖК «Северный»' })).id;
  legalEntityId = (await makeLegalEntity(admin, { name: 'ООО «УК Север»' })).id;
});
afterAll(() => t.close());

const premise = () => makePremise(admin, objectId, { street: 'ул. Ленина', house: '10' });

describe('L-1, L-2: adding a client to a premise and a premise to a client', () => {
  it('adds a client as an owner by default, with every L-2 field, shown on both cards', async () => {
    const flat = await premise();
    const account = await makeAccount(admin, flat.id, legalEntityId, {
      number: 'L1-100',
      hiddenFromResidents: true,
    });
    const client = await makeClient(admin, 'Петров Пётр Петрович', '+79161112233');
    const created = await link(admin, flat.id, client.id, {
      ddu: { number: ' ДДУ-15/2 ', date: '2021-03-01' },
      act: { number: 'АКТ-7', date: '2022-01-15' },
      certificate: { number: '77-АБ 123456', date: '2022-02-01' },
      contract: { number: 'ДУ-10', date: '2022-02-10' },
      share: '1/2',
      comment: 'Ключи у консьержа',
      keepOnSync: true,
    });
    expect(created).toMatchObject({
      premiseId: flat.id,
      premiseAddress: `ул. Ленина, д. 10, кв. ${flat.number}`,
      objectName: 'ЖК «Северный»',
      clientId: client.id,
      clientName: 'Петров Пётр Петрович',
      clientPhone: '+7 916 111-22-33',
      clientStatus: 'active',
      role: 'owner',
      roleLabel: 'Собственник',
      ownerClientId: null,
      ownerName: null,
      ddu: { number: 'ДДУ-15/2', date: '2021-03-01' },
      act: { number: 'АКТ-7', date: '2022-01-15' },
      certificate: { number: '77-АБ 123456', date: '2022-02-01' },
      contract: { number: 'ДУ-10', date: '2022-02-10' },
      share: '1/2',
      comment: 'Ключи у консьержа',
      onlinePayment: true,
      keepOnSync: true,
      // L-4: added by staff through the CRM, named.
      addedBy: { kind: 'staff', name: 'Администратор Тестовый' },
      masked: { name: false, contacts: false },
    });
    expect(await premiseClients(admin, flat.id)).toEqual([created]);
    const premises = (await admin.get(`/api/clients/${client.id}/premises`)).body;
    expect(premises).toEqual([
      {
        ...created,
        accounts: [
          { id: account.id, number: 'L1-100', legalEntityName: 'ООО «УК Север»', hiddenFromResidents: true },
        ],
      },
    ]);
  });

  it('adds a premise from the client card; online payment on and «Не удалять» off by default', async () => {
    const [first, second] = [await premise(), await premise()];
    const client = await makeClient(admin, 'Смирнова Анна');
    const response = await admin.post(`/api/clients/${client.id}/premises`, { premiseId: second.id });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      premiseId: second.id,
      role: 'owner',
      onlinePayment: true,
      keepOnSync: false,
    });
    await link(admin, first.id, client.id, { onlinePayment: false });
    const premises = (await admin.get(`/api/clients/${client.id}/premises`)).body;
    expect(premises.map((p: { premiseId: string }) => p.premiseId).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(premises.find((p: { premiseId: string }) => p.premiseId === first.id)).toMatchObject({
      onlinePayment: false,
      accounts: [],
    });
  });

  it('L-1: takes any number of people per premise, listed owners first, then by name', async () => {
    const flat = await premise();
    const owner = await makeClient(admin, 'Яковлев Яков');
    await link(admin, flat.id, owner.id);
    const names = Array.from({ length: 11 }, (_, i) => `Жилец ${String.fromCharCode(1040 + ((i * 7) % 11))}`);
    for (const name of names) {
      const resident = await makeClient(admin, name);
      await link(admin, flat.id, resident.id, { role: 'resident', ownerClientId: owner.id });
    }
    const listed = (await premiseClients(admin, flat.id)).map((l) => l.clientName);
    expect(listed).toEqual(['Яковлев Яков', ...[...names].sort()]);
  });

  it('L-1: links a client to a premise once, from either card', async () => {
    const flat = await premise();
    const client = await makeClient(admin);
    await link(admin, flat.id, client.id);
    const before = await premiseState(admin, flat.id);
    const again = await addToPremise(admin, flat.id, { clientId: client.id, role: 'unconfirmed_owner' });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      code: 'CLIENT_ALREADY_LINKED',
      title: 'Клиент уже привязан к этому помещению',
    });
    expect(again.body.errors).toEqual([
      expect.objectContaining({ field: 'clientId', code: 'CLIENT_ALREADY_LINKED' }),
    ]);
    const fromClient = await admin.post(`/api/clients/${client.id}/premises`, { premiseId: flat.id });
    expect(fromClient.status).toBe(400);
    expect(fromClient.body.errors[0]).toMatchObject({ field: 'premiseId', code: 'CLIENT_ALREADY_LINKED' });
    expect(await premiseState(admin, flat.id)).toEqual(before);
  });

  it('T-1: the client and the premise must be of the caller’s organisation', async () => {
    const flat = await premise();
    const ours = await makeClient(admin);
    const other = await makeOrganization(t);
    const theirClient = await makeClient(other.admin);
    const theirPremise = await makePremise(other.admin, (await makeObject(other.admin)).id);
    const foreignClient = await addToPremise(admin, flat.id, { clientId: theirClient.id });
    expect(foreignClient.status).toBe(400);
    expect(foreignClient.body.errors).toEqual([
      { field: 'clientId', code: 'REFERENCE_NOT_FOUND', message: 'Клиент не найден' },
    ]);
    const foreignPremise = await admin.post(`/api/clients/${ours.id}/premises`, {
      premiseId: theirPremise.id,
    });
    expect(foreignPremise.status).toBe(400);
    expect(foreignPremise.body.errors).toEqual([
      { field: 'premiseId', code: 'REFERENCE_NOT_FOUND', message: 'Помещение не найдено' },
    ]);
    expect((await addToPremise(admin, theirPremise.id, { clientId: ours.id })).status).toBe(404);
    expect((await admin.post(`/api/clients/${theirClient.id}/premises`, { premiseId: flat.id })).status).toBe(
      404,
    );
    expect(await premiseClients(admin, flat.id)).toEqual([]);
    expect(await premiseClients(other.admin, theirPremise.id)).toEqual([]);
  });

  it('refuses malformed input with a Russian message, adding nothing', async () => {
    const flat = await premise();
    const client = await makeClient(admin);
    const cases = [
      { body: { clientId: 'not-a-uuid' }, field: 'clientId' },
      { body: { clientId: client.id, role: 'landlord' }, field: 'role' },
      { body: { clientId: client.id, ddu: { number: 'Д-1', date: '01.02.2021' } }, field: 'ddu.date' },
    ];
    for (const { body, field } of cases) {
      const response = await addToPremise(admin, flat.id, body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors[0].field).toContain(field.split('.')[0]);
      expect(response.body.errors[0].message).toMatch(/[а-яё]/i);
    }
    expect(await premiseClients(admin, flat.id)).toEqual([]);
  });
});

describe('R-2: links are client data', () => {
  it('premises.view reads the premise card; clients.view the client card; writes need clients.edit', async () => {
    const flat = await premise();
    const client = await makeClient(admin);
    const created = await link(admin, flat.id, client.id);
    const premisesViewer = await makeStaff(t, admin, ['premises.view', 'premises.edit']);
    expect((await premisesViewer.get(`/api/premises/${flat.id}/clients`)).status).toBe(200);
    expect((await premisesViewer.get(`/api/clients/${client.id}/premises`)).status).toBe(403);
    const other = await makeClient(admin);
    const refused = await addToPremise(premisesViewer, flat.id, { clientId: other.id });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const clientsViewer = await makeStaff(t, admin, ['clients.view']);
    expect((await clientsViewer.get(`/api/clients/${client.id}/premises`)).status).toBe(200);
    expect((await clientsViewer.patch(`/api/premise-links/${created.id}`, { comment: 'x' })).status).toBe(
      403,
    );
    expect((await clientsViewer.delete(`/api/premise-links/${created.id}`)).status).toBe(403);
    expect(await premiseClients(admin, flat.id)).toEqual([created]);
  });
});

describe('T-1: another organisation', () => {
  it('gets 404 on every route and never the data; nothing changes', async () => {
    const flat = await premise();
    const client = await makeClient(admin, 'Тайный Клиент');
    const created = await link(admin, flat.id, client.id, { comment: 'Своё' });
    const { admin: stranger } = await makeOrganization(t);
    const strangerClient = await makeClient(stranger);
    const calls = [
      stranger.get(`/api/premises/${flat.id}/clients`),
      stranger.get(`/api/clients/${client.id}/premises`),
      stranger.post(`/api/premises/${flat.id}/clients`, { clientId: strangerClient.id }),
      stranger.post(`/api/clients/${client.id}/premises`, { premiseId: flat.id }),
      stranger.patch(`/api/premise-links/${created.id}`, { comment: 'Чужое' }),
      stranger.delete(`/api/premise-links/${created.id}?dependents=remove`),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(JSON.stringify(response.body)).not.toContain('Тайный');
    }
    expect(await premiseClients(admin, flat.id)).toEqual([created]);
  });
});
