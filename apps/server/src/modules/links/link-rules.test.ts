import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { addToPremise, link, makeClient, premiseState } from './link-fixtures';

let t: TestApp;
let admin: Client;
let objectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  ({ admin } = await makeOrganization(t));
  objectId = (await makeObject(admin)).id;
});
afterAll(() => t.close());

/** A premise with an owner; returns both. */
async function premiseWithOwner(ownerRole = 'owner') {
  const flat = await makePremise(admin, objectId);
  const owner = await makeClient(admin, 'Собственников Олег');
  const ownerLink = await link(admin, flat.id, owner.id, { role: ownerRole });
  return { flat, owner, ownerLink };
}

async function expectRefused(premiseId: string, body: Record<string, unknown>, field: string, code: string) {
  const before = await premiseState(admin, premiseId);
  const response = await addToPremise(admin, premiseId, body);
  expect(response.status).toBe(400);
  expect(response.body.code).toBe('VALIDATION_FAILED');
  expect(response.body.errors).toEqual([
    expect.objectContaining({ field, code, message: expect.stringMatching(/[а-я]/) }),
  ]);
  expect(await premiseState(admin, premiseId)).toEqual(before);
  return response.body.errors[0].message as string;
}

describe('L-2: every role but owner names the owner it depends on', () => {
  it('requires the owner for a representative, a resident and a tenant', async () => {
    const { flat } = await premiseWithOwner();
    for (const role of ['representative', 'resident', 'tenant']) {
      const client = await makeClient(admin);
      const message = await expectRefused(
        flat.id,
        { clientId: client.id, role },
        'ownerClientId',
        'OWNER_REQUIRED',
      );
      expect(message).toBe('Укажите собственника, от которого зависит клиент');
    }
  });

  it('lets an unconfirmed owner have no owner yet, or an owner', async () => {
    const { flat, owner } = await premiseWithOwner();
    const alone = await link(admin, flat.id, (await makeClient(admin)).id, { role: 'unconfirmed_owner' });
    expect(alone.ownerClientId).toBeNull();
    const dependent = await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'unconfirmed_owner',
      ownerClientId: owner.id,
    });
    expect(dependent).toMatchObject({ ownerClientId: owner.id, ownerName: 'Собственников Олег' });
  });

  it('refuses an owner named for an owner', async () => {
    const { flat, owner } = await premiseWithOwner();
    const client = await makeClient(admin);
    const body = { clientId: client.id, role: 'owner', ownerClientId: owner.id };
    await expectRefused(flat.id, body, 'ownerClientId', 'OWNER_NOT_ALLOWED');
  });

  it('refuses an owner who is not linked to this same premise', async () => {
    const { owner } = await premiseWithOwner();
    const elsewhere = await makePremise(admin, objectId);
    const client = await makeClient(admin);
    const body = { clientId: client.id, role: 'resident', ownerClientId: owner.id };
    const message = await expectRefused(elsewhere.id, body, 'ownerClientId', 'OWNER_NOT_LINKED');
    expect(message).toContain('не привязан к помещению');
    const unknown = { ...body, ownerClientId: '00000000-0000-4000-8000-000000000000' };
    await expectRefused(elsewhere.id, unknown, 'ownerClientId', 'OWNER_NOT_LINKED');
  });

  it('follows mayDependOn: only a resident or a tenant may depend on an unconfirmed owner', async () => {
    const { flat, owner } = await premiseWithOwner();
    const unconfirmed = await makeClient(admin);
    await link(admin, flat.id, unconfirmed.id, { role: 'unconfirmed_owner' });
    const body = async (role: string, ownerClientId: string) => ({
      clientId: (await makeClient(admin)).id,
      role,
      ownerClientId,
    });
    const representative = await body('representative', unconfirmed.id);
    const message = await expectRefused(flat.id, representative, 'ownerClientId', 'OWNER_ROLE_NOT_ALLOWED');
    expect(message).toBe(
      'Представитель может зависеть только от собственника, а выбранный клиент — неподтверждённый собственник',
    );
    await expectRefused(
      flat.id,
      await body('unconfirmed_owner', unconfirmed.id),
      'ownerClientId',
      'OWNER_ROLE_NOT_ALLOWED',
    );
    const resident = await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'resident',
      ownerClientId: unconfirmed.id,
    });
    await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'tenant',
      ownerClientId: unconfirmed.id,
    });
    await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'representative',
      ownerClientId: owner.id,
    });
    // Nobody depends on a resident.
    await expectRefused(
      flat.id,
      await body('tenant', resident.clientId),
      'ownerClientId',
      'OWNER_ROLE_NOT_ALLOWED',
    );
  });
});

describe('L-2: editing a link', () => {
  it('edits any field, the role included, re-checking the owner rules on the merged link', async () => {
    const { flat, owner } = await premiseWithOwner();
    const resident = await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'resident',
      ownerClientId: owner.id,
    });
    const becomesOwner = await admin.patch(`/api/premise-links/${resident.id}`, { role: 'owner' });
    expect(becomesOwner.status).toBe(400);
    expect(becomesOwner.body.errors[0]).toMatchObject({ field: 'ownerClientId', code: 'OWNER_NOT_ALLOWED' });
    const response = await admin.patch(`/api/premise-links/${resident.id}`, {
      role: 'owner',
      ownerClientId: null,
      contract: { number: 'ДУ-5' },
      onlinePayment: false,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      role: 'owner',
      roleLabel: 'Собственник',
      ownerClientId: null,
      ownerName: null,
      contract: { number: 'ДУ-5', date: null },
      onlinePayment: false,
    });
    const back = await admin.patch(`/api/premise-links/${resident.id}`, { role: 'tenant' });
    expect(back.status).toBe(400);
    expect(back.body.errors[0]).toMatchObject({ field: 'ownerClientId', code: 'OWNER_REQUIRED' });
  });

  it('keeps unchanged document parts when a patch names only one of them', async () => {
    const { flat } = await premiseWithOwner();
    const created = await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'unconfirmed_owner',
      ddu: { number: 'ДДУ-1', date: '2020-05-05' },
    });
    const response = await admin.patch(`/api/premise-links/${created.id}`, {
      ddu: { date: '2020-06-06' },
      comment: '  ',
    });
    expect(response.body.ddu).toEqual({ number: 'ДДУ-1', date: '2020-06-06' });
    expect(response.body.comment).toBeNull();
  });

  it('refuses a client depending on itself', async () => {
    const { flat } = await premiseWithOwner();
    const unconfirmed = await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'unconfirmed_owner',
    });
    const response = await admin.patch(`/api/premise-links/${unconfirmed.id}`, {
      ownerClientId: unconfirmed.clientId,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'ownerClientId', code: 'OWNER_SELF' });
  });

  it('refuses to change the role of an owner others depend on when it no longer suits them (409)', async () => {
    const { flat, owner, ownerLink } = await premiseWithOwner();
    const other = await makeClient(admin);
    await link(admin, flat.id, other.id);
    await link(admin, flat.id, (await makeClient(admin)).id, { role: 'resident', ownerClientId: owner.id });
    const before = await premiseState(admin, flat.id);
    const response = await admin.patch(`/api/premise-links/${ownerLink.id}`, {
      role: 'tenant',
      ownerClientId: other.id,
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('OWNER_HAS_DEPENDENTS');
    expect(response.body.detail).toContain('1 клиент');
    expect(await premiseState(admin, flat.id)).toEqual(before);
    // A resident may depend on an unconfirmed owner: that change is allowed…
    const unconfirm = await admin.patch(`/api/premise-links/${ownerLink.id}`, { role: 'unconfirmed_owner' });
    expect(unconfirm.status).toBe(200);
    // …but not once a representative depends on them too.
    await admin.patch(`/api/premise-links/${ownerLink.id}`, { role: 'owner' });
    await link(admin, flat.id, (await makeClient(admin)).id, {
      role: 'representative',
      ownerClientId: owner.id,
    });
    const again = await admin.patch(`/api/premise-links/${ownerLink.id}`, { role: 'unconfirmed_owner' });
    expect(again.status).toBe(409);
    const roles = (await premiseState(admin, flat.id)).map(({ id, role }) => ({ id, role }));
    expect(roles).toContainEqual({ id: ownerLink.id, role: 'owner' });
  });

  it('answers 404 for an unknown link', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.patch(`/api/premise-links/${unknown}`, { comment: 'x' })).status).toBe(404);
  });
});
