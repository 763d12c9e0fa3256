// Deleting a client card: its links go as L-5 says, its history stays.
import { PII_MASK } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, makeStaff } from '../../../test/helpers';
import { queryRows } from '../../db/database';
import { link, makeClient, premiseClients, premiseState, uniquePhone } from '../links/link-fixtures';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

const accounts = async (phone: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from resident_accounts where phone = ${phone}`,
    )
  )[0]?.n;

const clientHistory = async (id: string, staff = admin) => {
  const response = await staff.get(`/api/clients/${id}/history`);
  expect(response.status).toBe(200);
  return response.body as Array<{
    entityType: string;
    entityId: string;
    action: string;
    summary: string;
    changes: Array<{ field: string; old: unknown; new: unknown }>;
  }>;
};

/** A premise with an owner, and a resident and a tenant depending on them. */
async function household() {
  const premise = await makePremise(admin, objectId);
  const owner = await makeClient(admin, 'Андреев Андрей');
  const ownerLink = await link(admin, premise.id, owner.id);
  const resident = await link(admin, premise.id, (await makeClient(admin, 'Андреева Анна')).id, {
    role: 'resident',
    ownerClientId: owner.id,
  });
  const tenant = await link(admin, premise.id, (await makeClient(admin, 'Борисов Борис')).id, {
    role: 'tenant',
    ownerClientId: owner.id,
  });
  return { premise, owner, ownerLink, resident, tenant };
}

describe('deleting a client', () => {
  it('deletes the card with its links, external ids and orphaned resident account; the history stays', async () => {
    const { premise, owner, tenant } = await household();
    const phone = uniquePhone();
    const client = (
      await admin.post('/api/clients', { fullName: 'Удалов Устин', phone, tags: ['Удаляемый'] })
    ).body;
    const own = await link(admin, premise.id, client.id, { role: 'representative', ownerClientId: owner.id });
    expect((await admin.post(`/api/clients/${client.id}/external-ids`, { externalId: 'DEL-1' })).status).toBe(
      201,
    );

    expect((await admin.delete(`/api/clients/${client.id}`)).status).toBe(204);
    expect((await admin.get(`/api/clients/${client.id}`)).status).toBe(404);
    expect((await premiseClients(admin, premise.id)).map((l) => l.id)).not.toContain(own.id);
    expect((await premiseClients(admin, premise.id)).map((l) => l.id)).toContain(tenant.id);
    expect(await accounts(phone)).toBe(0);
    // The external id is free again.
    expect((await admin.post(`/api/clients/${owner.id}/external-ids`, { externalId: 'DEL-1' })).status).toBe(
      201,
    );

    const [deleted, unlinked] = await clientHistory(client.id);
    expect(deleted).toMatchObject({
      entityType: 'client',
      entityId: client.id,
      action: 'delete',
      summary: 'Удалён клиент',
    });
    expect(deleted?.changes).toEqual([{ field: 'fullName', old: 'Удалов Устин', new: null }]);
    expect(unlinked).toMatchObject({ entityType: 'link', entityId: own.id, action: 'delete' });
    const viewer = await makeStaff(t, admin, ['clients.view']);
    expect((await clientHistory(client.id, viewer))[0]?.changes).toEqual([
      { field: 'fullName', old: PII_MASK, new: null },
    ]);
    expect((await admin.delete(`/api/clients/${client.id}`)).status).toBe(404);
  });

  it('refuses to delete an owner others depend on (409 OWNER_HAS_DEPENDENTS), changing nothing', async () => {
    const { premise, owner } = await household();
    const before = await premiseState(admin, premise.id);
    for (const query of ['', '?dependents=refuse']) {
      const response = await admin.delete(`/api/clients/${owner.id}${query}`);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'OWNER_HAS_DEPENDENTS',
        detail:
          'От этого клиента зависят 2 клиента. Удалите их вместе с ним или выберите им другого собственника',
      });
    }
    expect((await admin.get(`/api/clients/${owner.id}`)).status).toBe(200);
    expect(await premiseState(admin, premise.id)).toEqual(before);
  });

  it('«dependents=remove» takes the links depending on the owner along; their cards stay', async () => {
    const { premise, owner, ownerLink, resident, tenant } = await household();
    expect((await admin.delete(`/api/clients/${owner.id}?dependents=remove`)).status).toBe(204);
    expect(await premiseClients(admin, premise.id)).toEqual([]);
    expect((await admin.get(`/api/clients/${resident.clientId}`)).status).toBe(200);
    const removed = (await clientHistory(owner.id))
      .filter((e) => e.entityType === 'link')
      .map((e) => e.entityId);
    expect(removed).toContain(ownerLink.id);
    const residentHistory = await clientHistory(tenant.clientId);
    expect(residentHistory[0]).toMatchObject({ entityId: tenant.id, action: 'delete' });
  });

  it('keeps the resident account of a person who has logged in to the app (T-3)', async () => {
    const phone = uniquePhone();
    const client = await makeClient(admin, 'Вошедший Виктор', phone);
    await t.db.execute(sql`update resident_accounts set first_login_at = now() where phone = ${phone}`);
    expect((await admin.delete(`/api/clients/${client.id}`)).status).toBe(204);
    expect(await accounts(phone)).toBe(1);
  });

  it('needs «Редактирование» (403); another organisation gets 404; a bad mode is 400', async () => {
    const client = await makeClient(admin, 'Оставшийся Олег');
    const viewer = await makeStaff(t, admin, ['clients.view', 'clients.pii.name', 'clients.pii.contacts']);
    expect((await viewer.delete(`/api/clients/${client.id}`)).status).toBe(403);
    const other = await makeOrganization(t);
    expect((await other.admin.delete(`/api/clients/${client.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/clients/${client.id}?dependents=reassign`)).status).toBe(400);
    expect((await admin.get(`/api/clients/${client.id}`)).status).toBe(200);
  });
});
