import type { Permission } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { historyOf, link, makeClient, premiseClients, premiseState } from './link-fixtures';
import { deleteClientLinks, premiseLinksDeletion } from './links.service';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

/**
 * A premise with two owners, an unconfirmed owner depending on the first, a resident depending
 * on the unconfirmed owner, and a representative and a tenant depending on the first owner.
 */
async function household() {
  const premise = await makePremise(admin, objectId);
  const add = async (name: string, body: Record<string, unknown>) =>
    link(admin, premise.id, (await makeClient(admin, name)).id, body);
  const owner = await add('Андреев Андрей', {});
  const second = await add('Борисов Борис', {});
  const unconfirmed = await add('Васильев Василий', {
    role: 'unconfirmed_owner',
    ownerClientId: owner.clientId,
  });
  const resident = await add('Григорьев Григорий', { role: 'resident', ownerClientId: unconfirmed.clientId });
  const representative = await add('Дмитриев Дмитрий', {
    role: 'representative',
    ownerClientId: owner.clientId,
  });
  const tenant = await add('Егоров Егор', { role: 'tenant', ownerClientId: owner.clientId });
  return { premise, owner, second, unconfirmed, resident, representative, tenant };
}

/** The administrator as the services see them, for the functions other services call. */
async function actor(): Promise<Actor> {
  const me = (await admin.get('/api/auth/me')).body;
  return {
    organizationId: me.organization.id,
    staffId: me.staff.id,
    name: me.staff.fullName,
    roleId: me.role.id,
    permissions: new Set<Permission>(me.permissions),
  };
}

const remove = (id: string, query = '') => admin.delete(`/api/premise-links/${id}${query}`);
const ids = async (premiseId: string) => (await premiseClients(admin, premiseId)).map((l) => l.id).sort();

describe('L-5: removing a link', () => {
  it('removes a link nobody depends on, from both cards, and records it', async () => {
    const { premise, tenant } = await household();
    expect((await remove(tenant.id)).status).toBe(204);
    expect(await ids(premise.id)).not.toContain(tenant.id);
    expect((await admin.get(`/api/clients/${tenant.clientId}/premises`)).body).toEqual([]);
    const [entry] = await historyOf(admin, premise.id);
    expect(entry).toMatchObject({
      entityId: tenant.id,
      action: 'delete',
      summary: 'Клиент отвязан от помещения: Егоров Егор, Арендатор',
    });
    expect((await remove(tenant.id)).status).toBe(404);
  });

  it('refuses by default to remove an owner others depend on, naming how many (409)', async () => {
    const { premise, owner } = await household();
    const before = await premiseState(admin, premise.id);
    for (const query of ['', '?dependents=refuse']) {
      const response = await remove(owner.id, query);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('OWNER_HAS_DEPENDENTS');
      expect(response.body.detail).toBe(
        'От этого собственника зависят 3 клиента. Удалите их вместе с ним или выберите им другого собственника',
      );
    }
    expect(await premiseState(admin, premise.id)).toEqual(before);
  });

  it('«remove» takes the dependents along, and theirs in turn, with a history entry each', async () => {
    const { premise, owner, second, unconfirmed, resident, representative, tenant } = await household();
    expect((await remove(owner.id, '?dependents=remove')).status).toBe(204);
    expect(await ids(premise.id)).toEqual([second.id]);
    const removed = (await historyOf(admin, premise.id))
      .filter((e) => e.action === 'delete')
      .map((e) => e.entityId);
    expect(removed.sort()).toEqual(
      [owner.id, unconfirmed.id, resident.id, representative.id, tenant.id].sort(),
    );
  });

  it('«reassign» hands the dependents to another owner of the premise, then removes the link', async () => {
    const { premise, owner, second, unconfirmed, representative, tenant } = await household();
    const response = await remove(owner.id, `?dependents=reassign&reassignTo=${second.id}`);
    expect(response.status).toBe(204);
    const links = await premiseClients(admin, premise.id);
    expect(links.map((l) => l.id)).not.toContain(owner.id);
    for (const moved of [unconfirmed, representative, tenant]) {
      expect(links.find((l) => l.id === moved.id)).toMatchObject({
        ownerClientId: second.clientId,
        ownerName: 'Борисов Борис',
      });
    }
    const updates = (await historyOf(admin, premise.id)).filter((e) => e.action === 'update');
    expect(updates.map((e) => e.entityId).sort()).toEqual(
      [unconfirmed.id, representative.id, tenant.id].sort(),
    );
    expect(updates[0]?.changes).toEqual([{ field: 'owner', old: 'Андреев Андрей', new: 'Борисов Борис' }]);
  });

  it('«reassign» refuses a target that does not suit every dependent, changing nothing', async () => {
    const { premise, owner, second, unconfirmed, tenant } = await household();
    const other = await makePremise(admin, objectId);
    const elsewhere = await link(admin, other.id, (await makeClient(admin)).id);
    const looseUnconfirmed = await link(admin, premise.id, (await makeClient(admin)).id, {
      role: 'unconfirmed_owner',
    });
    const othersResident = await link(admin, premise.id, (await makeClient(admin)).id, {
      role: 'resident',
      ownerClientId: second.clientId,
    });
    const before = await premiseState(admin, premise.id);
    const targets = [
      '', // none chosen
      `&reassignTo=${owner.id}`, // the link being removed
      `&reassignTo=${unconfirmed.id}`, // one of the dependents themselves
      `&reassignTo=${tenant.id}`, // one of the dependents, and nobody depends on a tenant
      `&reassignTo=${looseUnconfirmed.id}`, // a representative may not depend on an unconfirmed owner
      `&reassignTo=${othersResident.id}`, // nobody depends on a resident
      `&reassignTo=${elsewhere.id}`, // another premise
    ];
    for (const target of targets) {
      const response = await remove(owner.id, `?dependents=reassign${target}`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('reassignTo');
      expect(response.body.errors[0].message).toMatch(/^Выберите/);
    }
    expect(await premiseState(admin, premise.id)).toEqual(before);
  });

  it('«reassign» may hand residents and tenants to an unconfirmed owner', async () => {
    const premise = await makePremise(admin, objectId);
    const owner = await link(admin, premise.id, (await makeClient(admin)).id);
    const unconfirmed = await link(admin, premise.id, (await makeClient(admin)).id, {
      role: 'unconfirmed_owner',
    });
    const tenant = await link(admin, premise.id, (await makeClient(admin)).id, {
      role: 'tenant',
      ownerClientId: owner.clientId,
    });
    expect((await remove(owner.id, `?dependents=reassign&reassignTo=${unconfirmed.id}`)).status).toBe(204);
    const links = await premiseClients(admin, premise.id);
    expect(links.find((l) => l.id === tenant.id)?.ownerClientId).toBe(unconfirmed.clientId);
    expect(links).toHaveLength(2);
  });

  it('refuses an unknown mode', async () => {
    const { owner } = await household();
    const response = await remove(owner.id, '?dependents=all');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('L-5 for the clients service: deleting all links of a client', () => {
  it('refuses while others depend on the client, and removes everything with history otherwise', async () => {
    const { premise, owner, second } = await household();
    const alone = await makePremise(admin, objectId);
    const ownLink = await link(admin, alone.id, owner.clientId);
    const who = await actor();
    const before = await premiseState(admin, premise.id);
    const refused = await t.db
      .transaction((tx) => deleteClientLinks(tx, who, owner.clientId, 'refuse'))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'OWNER_HAS_DEPENDENTS',
      options: { detail: expect.stringContaining('3 клиента') },
    });
    expect(await premiseState(admin, premise.id)).toEqual(before);
    expect(await ids(alone.id)).toEqual([ownLink.id]);

    await t.db.transaction((tx) => deleteClientLinks(tx, who, owner.clientId, 'remove'));
    expect(await ids(premise.id)).toEqual([second.id]);
    expect(await ids(alone.id)).toEqual([]);
    expect((await historyOf(admin, alone.id))[0]).toMatchObject({ entityId: ownLink.id, action: 'delete' });
    expect((await admin.get(`/api/clients/${owner.clientId}/history`)).body[0]).toMatchObject({
      action: 'delete',
    });
  });
});

describe('P-7 with R-4: the links a premise deletion takes with it', () => {
  it('gives a deletion entry per link, for both cards, as the premises service records them', async () => {
    const { premise, owner, tenant } = await household();
    const entries = await premiseLinksDeletion(t.db, await actor(), premise.id);
    expect(entries).toHaveLength(6);
    expect(entries.every((e) => e.action === 'delete' && e.premiseId === premise.id)).toBe(true);
    expect(entries.find((e) => e.entityId === tenant.id)).toMatchObject({
      clientId: tenant.clientId,
      changes: expect.arrayContaining([{ field: 'owner', old: 'Андреев Андрей', new: null }]),
    });
    expect(entries.map((e) => e.clientId)).toContain(owner.clientId);
  });
});
