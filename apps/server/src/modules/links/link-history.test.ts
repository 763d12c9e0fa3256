import { PII_MASK } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { historyOf, link, makeClient, premiseClients } from './link-fixtures';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

let families = 0;

/** A premise (ул. Мира, д. 3, кв. 11, 12…) with an owner and a resident depending on them. */
async function family() {
  families += 1;
  const flat = await makePremise(admin, objectId, {
    street: 'ул. Мира',
    house: '3',
    number: String(10 + families),
  });
  const owner = await makeClient(admin, 'Орлова Ольга', `+79035550${families}01`);
  const resident = await makeClient(admin, 'Орлов Олег', `+79035550${families}02`);
  const ownerLink = await link(admin, flat.id, owner.id, { share: '0,5' });
  const residentLink = await link(admin, flat.id, resident.id, { role: 'resident', ownerClientId: owner.id });
  return { flat, owner, resident, ownerLink, residentLink };
}

const clientHistory = async (staff: Client, clientId: string) => {
  const response = await staff.get(`/api/clients/${clientId}/history`);
  expect(response.status).toBe(200);
  return response.body as Array<{ entityType: string; entityId: string; action: string; changes: unknown[] }>;
};

describe('R-4: links in the change history', () => {
  it('records a new link on the premise card and the client card, with values as shown', async () => {
    const { flat, resident, ownerLink, residentLink } = await family();
    const [newest, older] = await historyOf(admin, flat.id);
    expect(newest).toMatchObject({
      entityType: 'link',
      entityId: residentLink.id,
      action: 'create',
      summary: 'Клиент привязан к помещению: Орлов Олег, Житель / член семьи',
      actor: { name: 'Администратор Тестовый' },
    });
    expect(newest?.changes).toEqual(
      expect.arrayContaining([
        { field: 'premise', old: null, new: 'ул. Мира, д. 3, кв. 11' },
        { field: 'client', old: null, new: 'Орлов Олег' },
        { field: 'role', old: null, new: 'Житель / член семьи' },
        { field: 'owner', old: null, new: 'Орлова Ольга' },
        { field: 'onlinePayment', old: null, new: true },
      ]),
    );
    expect(older?.entityId).toBe(ownerLink.id);
    expect(older?.changes).toContainEqual({ field: 'share', old: null, new: '1/2' });
    expect((await clientHistory(admin, resident.id)).map((e) => [e.entityId, e.action])).toContainEqual([
      residentLink.id,
      'create',
    ]);
  });

  it('records an edit field by field, and a removal with what the link was', async () => {
    const { flat, owner, ownerLink } = await family();
    await admin.patch(`/api/premise-links/${ownerLink.id}`, {
      role: 'unconfirmed_owner',
      share: '1/3',
      keepOnSync: true,
    });
    const [update] = await historyOf(admin, flat.id);
    expect(update).toMatchObject({ action: 'update', entityId: ownerLink.id });
    expect(update?.summary).toBe(
      'Изменена привязка к помещению: Основание, Доля в праве собственности, Не удалять клиента при интеграции',
    );
    expect(update?.changes).toEqual([
      { field: 'role', old: 'Собственник', new: 'Неподтверждённый собственник' },
      { field: 'share', old: '1/2', new: '1/3' },
      { field: 'keepOnSync', old: false, new: true },
    ]);
    expect((await admin.delete(`/api/premise-links/${ownerLink.id}?dependents=remove`)).status).toBe(204);
    const entries = await historyOf(admin, flat.id);
    const removals = entries.filter((e) => e.action === 'delete');
    expect(removals).toHaveLength(2);
    expect(removals.find((e) => e.entityId === ownerLink.id)?.changes).toContainEqual({
      field: 'client',
      old: 'Орлова Ольга',
      new: null,
    });
    const ownerEntries = await clientHistory(admin, owner.id);
    expect(ownerEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
  });
});

describe('R-3: personal data on the premise card and in the history', () => {
  it('a role without «ФИО» sees asterisks for the client’s and the owner’s names, but the phone', async () => {
    const { flat, residentLink } = await family();
    const staff = await makeStaff(t, admin, ['premises.view', 'clients.view', 'clients.pii.contacts']);
    const seen = (await premiseClients(staff, flat.id)).find((l) => l.id === residentLink.id);
    expect(seen).toMatchObject({
      clientName: PII_MASK,
      ownerName: PII_MASK,
      clientPhone: expect.stringMatching(/^\+7 903 555-0\d-02$/),
      masked: { name: true, contacts: false },
    });
    expect(JSON.stringify(await premiseClients(staff, flat.id))).not.toMatch(/Орлов/);
    const history = JSON.stringify(await historyOf(staff, flat.id));
    expect(history).not.toMatch(/Орлов/);
    expect(history).toContain('ул. Мира');
    expect(history).toContain(`"Клиент привязан к помещению: ${PII_MASK}, Житель / член семьи"`);
  });

  it('a role without «контактная информация» sees asterisks for the phone, but the names', async () => {
    const { flat, owner, residentLink } = await family();
    const staff = await makeStaff(t, admin, ['premises.view', 'clients.view', 'clients.pii.name']);
    const seen = (await premiseClients(staff, flat.id)).find((l) => l.id === residentLink.id);
    expect(seen).toMatchObject({
      clientName: 'Орлов Олег',
      ownerName: 'Орлова Ольга',
      clientPhone: PII_MASK,
      masked: { name: false, contacts: true },
    });
    const cardView = (await staff.get(`/api/clients/${owner.id}/premises`)).body;
    expect(cardView[0]).toMatchObject({ clientName: 'Орлова Ольга', clientPhone: PII_MASK });
    // The phones are +7 903 555-…; a bare «555» may be part of an id or a time.
    expect(JSON.stringify(cardView)).not.toMatch(/903[\s-]*555/);
  });

  it('does not order by a name the caller may not see', async () => {
    const flat = await makePremise(admin, objectId);
    const owner = await makeClient(admin, 'Яшин Ян');
    await link(admin, flat.id, owner.id);
    for (const name of ['Юрьев Юрий', 'Абрамов Антон']) {
      await link(admin, flat.id, (await makeClient(admin, name)).id, {
        role: 'tenant',
        ownerClientId: owner.id,
      });
    }
    const names = (await premiseClients(admin, flat.id)).map((l) => l.clientName);
    expect(names).toEqual(['Яшин Ян', 'Абрамов Антон', 'Юрьев Юрий']);
    const staff = await makeStaff(t, admin, ['premises.view']);
    const ids = (await premiseClients(staff, flat.id)).map((l) => l.clientId);
    const byAdmin = await premiseClients(admin, flat.id);
    const added = (name: string) => byAdmin.find((l) => l.clientName === name)?.clientId;
    expect(ids).toEqual([added('Яшин Ян'), added('Юрьев Юрий'), added('Абрамов Антон')]);
  });
});
