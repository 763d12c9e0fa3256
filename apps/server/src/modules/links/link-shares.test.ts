import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { premiseLinks } from '../../db/schema';
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

const flat = () => makePremise(admin, objectId);
const owner = async (premiseId: string, share: string | null, role = 'owner') =>
  link(admin, premiseId, (await makeClient(admin)).id, { role, share });

async function storedShare(linkId: string) {
  const [row] = await t.db
    .select({ n: premiseLinks.shareNumerator, d: premiseLinks.shareDenominator })
    .from(premiseLinks)
    .where(and(eq(premiseLinks.organizationId, admin.organizationId), eq(premiseLinks.id, linkId)));
  return row;
}

/** A share that must be refused: 400 with the code, the premise's links untouched. */
async function expectRefused(premiseId: string, body: Record<string, unknown>, code: string) {
  const before = await premiseState(admin, premiseId);
  const response = await addToPremise(admin, premiseId, { clientId: (await makeClient(admin)).id, ...body });
  expect(response.status).toBe(400);
  expect(response.body.errors[0]).toMatchObject({ field: 'share', code });
  expect(await premiseState(admin, premiseId)).toEqual(before);
  return response.body;
}

describe('L-2: ownership shares', () => {
  it('accepts «1/2», «0,5» and «50%», stores the reduced fraction exactly and shows «1/2»', async () => {
    for (const typed of ['1/2', '0,5', '50%', '2/4']) {
      const created = await owner((await flat()).id, typed);
      expect(created.share).toBe('1/2');
      expect(await storedShare(created.id)).toEqual({ n: 1, d: 2 });
    }
    const third = await owner((await flat()).id, '0,333');
    expect(third.share).toBe('333/1000');
  });

  it('refuses what is not a share, with the format in Russian', async () => {
    const premise = await flat();
    const unreadable = await expectRefused(premise.id, { share: 'половина' }, 'SHARE_FORMAT');
    expect(unreadable.errors[0].message).toContain('1/2');
    await expectRefused(premise.id, { share: '3/2' }, 'SHARE_RANGE');
    await expectRefused(premise.id, { share: '0' }, 'SHARE_RANGE');
  });

  it('«1/3» + «2/3» make the whole; nothing more fits', async () => {
    const premise = await flat();
    await owner(premise.id, '1/3');
    await owner(premise.id, '2/3');
    const body = await expectRefused(premise.id, { share: '1/1000' }, 'SHARES_EXCEED_WHOLE');
    expect(body.code).toBe('SHARES_EXCEED_WHOLE');
    expect(body.detail).toContain('Сейчас распределено 1, свободно 0');
    // An owner without a share still fits.
    expect((await owner(premise.id, null)).share).toBeNull();
  });

  it('«1/2» + «0,6» is refused, naming the current sum', async () => {
    const premise = await flat();
    await owner(premise.id, '1/2');
    const body = await expectRefused(premise.id, { share: '0,6' }, 'SHARES_EXCEED_WHOLE');
    expect(body.title).toBe('Сумма долей собственников помещения больше 1');
    expect(body.detail).toBe('Сумма долей собственников превысит 1. Сейчас распределено 1/2, свободно 1/2');
  });

  it('counts an unconfirmed owner’s share; refuses a share on any other role', async () => {
    const premise = await flat();
    const first = await owner(premise.id, '1/4');
    await owner(premise.id, '1/2', 'unconfirmed_owner');
    const body = await expectRefused(premise.id, { share: '30%' }, 'SHARES_EXCEED_WHOLE');
    expect(body.detail).toContain('Сейчас распределено 3/4');
    const resident = await expectRefused(
      premise.id,
      { role: 'resident', ownerClientId: first.clientId, share: '1/10' },
      'SHARE_NOT_ALLOWED',
    );
    expect(resident.errors[0].message).toContain('только собственнику');
  });

  it('re-checks an edited share without counting the link’s own old share', async () => {
    const premise = await flat();
    await owner(premise.id, '1/2');
    const second = await owner(premise.id, '1/4');
    const fits = await admin.patch(`/api/premise-links/${second.id}`, { share: '50%' });
    expect(fits.status).toBe(200);
    expect(fits.body.share).toBe('1/2');
    const over = await admin.patch(`/api/premise-links/${second.id}`, { share: '0,75' });
    expect(over.status).toBe(400);
    expect(over.body.detail).toContain('Сейчас распределено 1/2');
    expect(await storedShare(second.id)).toEqual({ n: 1, d: 2 });
    const cleared = await admin.patch(`/api/premise-links/${second.id}`, { share: '' });
    expect(cleared.body.share).toBeNull();
  });

  it('a share must be cleared before an owner becomes a resident: never silently dropped', async () => {
    const premise = await flat();
    const main = await owner(premise.id, null);
    const second = await owner(premise.id, '1/2');
    const kept = await admin.patch(`/api/premise-links/${second.id}`, {
      role: 'resident',
      ownerClientId: main.clientId,
    });
    expect(kept.status).toBe(400);
    expect(kept.body.errors[0]).toMatchObject({ field: 'share', code: 'SHARE_NOT_ALLOWED' });
    expect(await storedShare(second.id)).toEqual({ n: 1, d: 2 });
    const moved = await admin.patch(`/api/premise-links/${second.id}`, {
      role: 'resident',
      ownerClientId: main.clientId,
      share: null,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ role: 'resident', share: null });
  });

  it('lets only one of four concurrent requests take the last half (the premise is locked)', async () => {
    const premise = await flat();
    await owner(premise.id, '1/2');
    const clients = await Promise.all([1, 2, 3, 4].map(() => makeClient(admin)));
    const responses = await Promise.all(
      clients.map((client) => addToPremise(admin, premise.id, { clientId: client.id, share: '1/2' })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 400, 400, 400]);
    const shares = (await premiseState(admin, premise.id)).map((l) => l.share);
    expect(shares).toEqual(['1/2', '1/2']);
  });
});
