import { DEFAULT_BRAND_COLOR } from '@domovoy/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization, send } from '../../../test/helpers';
import { signInResident } from '../../../test/residents';
import { LOGO, OTHER_LOGO, putFile, putJson } from './logo-fixtures';

type Org = { admin: Client; slug: string; id: string; name: string };

let t: TestApp;
let a: Org;
let b: Org;

async function org(name: string): Promise<Org> {
  const made = await makeOrganization(t, name);
  return { admin: made.admin, slug: made.organization.slug, id: made.organization.id, name };
}

/** The phone's card in the organisation, linked as owner to a new premise of the object. */
async function linkPremise(o: Org, phone: string, objectId: string) {
  const found = await o.admin.get(`/api/clients?search=${encodeURIComponent(phone)}`);
  const clientId =
    found.body.items?.[0]?.id ??
    (await o.admin.post('/api/clients', { fullName: 'Петров Пётр', phone })).body.id;
  const premise = await makePremise(o.admin, objectId);
  const link = await o.admin.post(`/api/premises/${premise.id}/clients`, { clientId, role: 'owner' });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  return premise.id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  a = await org('УК Альфа');
  b = await org('УК Бета');
});
afterAll(() => t?.close());

describe('the brand reaches the app (T-3, APP-2)', () => {
  it('me: organisations with their brands and products, premises with the object’s override', async () => {
    const phone = fixturePhone();
    await putJson(a.admin, '/api/settings/brand', {
      name: 'Альфа Дом',
      color: '#AA0000',
      products: ['events', 'requests'],
    });
    const logo = (await putFile(a.admin, '/api/settings/brand/logo', LOGO)).body.logoUrl;
    expect(logo).toBeTruthy();

    const plain = await makeObject(a.admin, { name: 'ЖК Обычный' });
    const ownColour = await makeObject(a.admin, { name: 'ЖК Зелёный', brandColor: '#00aa00' });
    const ownAll = await makeObject(a.admin, {
      name: 'ЖК Свой',
      brandName: 'Свой бренд',
      brandColor: '#0000aa',
    });
    await putFile(a.admin, `/api/objects/${ownAll.id}/brand-logo`, OTHER_LOGO);
    const premises = [
      await linkPremise(a, phone, plain.id),
      await linkPremise(a, phone, ownColour.id),
      await linkPremise(a, phone, ownAll.id),
    ];
    await linkPremise(b, phone, (await makeObject(b.admin)).id);

    const me = (await (await signInResident(t, phone, a.slug)).get('/me')).body;
    const orgLogo = `/api/resident/v1/brand-logos/${a.id}/`;
    expect(me.organization).toMatchObject({
      id: a.id,
      brand: { name: 'Альфа Дом', color: '#aa0000', logoUrl: expect.stringContaining(orgLogo) },
      products: ['requests', 'events'],
    });
    const orgBrand = me.organization.brand;
    const byId = (o: { id: string }) => o.id;
    const organizations = [...me.organizations].sort((x, y) => byId(x).localeCompare(byId(y)));
    expect(organizations).toEqual(
      [
        { ...me.organization },
        {
          id: b.id,
          slug: b.slug,
          name: b.name,
          brand: { name: 'УК Бета', color: DEFAULT_BRAND_COLOR, logoUrl: null },
          products: ['requests'],
        },
      ].sort((x, y) => byId(x).localeCompare(byId(y))),
    );

    const brandOf = (id: string) => me.premises.find((p: { id: string }) => p.id === id)?.brand;
    expect(brandOf(premises[0] as string)).toEqual(orgBrand);
    expect(brandOf(premises[1] as string)).toEqual({ ...orgBrand, color: '#00aa00' });
    const own = brandOf(premises[2] as string);
    expect(own).toMatchObject({ name: 'Свой бренд', color: '#0000aa' });
    expect(own.logoUrl).toContain(orgLogo);
    expect(own.logoUrl).not.toBe(orgBrand.logoUrl);

    // The addresses answer without a session, as an <img> asks them, and may be cached for good.
    for (const [url, bytes] of [
      [orgBrand.logoUrl, LOGO],
      [own.logoUrl, OTHER_LOGO],
    ] as const) {
      const served = await send(t, { method: 'GET', url });
      expect(served.status).toBe(200);
      expect(served.raw.equals(bytes)).toBe(true);
      expect(served.headers).toMatchObject({
        'content-type': 'image/png',
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
    }
  });

  it('a replaced or removed logo’s address is gone; an address never leads to another organisation’s file', async () => {
    await putFile(b.admin, '/api/settings/brand/logo', LOGO);
    const brandOf = async () => (await b.admin.get('/api/settings/brand')).body;
    const phone = fixturePhone();
    await linkPremise(b, phone, (await makeObject(b.admin)).id);
    const resident = await signInResident(t, phone, b.slug);
    const first = (await resident.get('/me')).body.organization.brand.logoUrl;
    expect((await send(t, { method: 'GET', url: first })).status).toBe(200);

    await putFile(b.admin, '/api/settings/brand/logo', OTHER_LOGO);
    const second = (await resident.get('/me')).body.organization.brand.logoUrl;
    expect(second).not.toBe(first);
    expect((await send(t, { method: 'GET', url: first })).status).toBe(404);
    // The file id of B's logo under A's id finds nothing.
    const fileId = second.split('/').pop();
    expect(
      (await send(t, { method: 'GET', url: `/api/resident/v1/brand-logos/${a.id}/${fileId}` })).status,
    ).toBe(404);

    await b.admin.delete('/api/settings/brand/logo');
    expect((await brandOf()).logoUrl).toBeNull();
    expect((await resident.get('/me')).body.organization.brand.logoUrl).toBeNull();
    expect((await send(t, { method: 'GET', url: second })).status).toBe(404);
  });

  it('the object’s picture is the premise’s background: public, immutable, only while the object shows it', async () => {
    const object = await makeObject(a.admin);
    const phone = fixturePhone();
    const premiseId = await linkPremise(a, phone, object.id);
    const resident = await signInResident(t, phone, a.slug);
    const premiseOf = async (path: string) => {
      const body = (await resident.get(path)).body;
      const listed = path === '/me' ? body.premises : body.organizations[0].premises;
      return listed.find((p: { id: string }) => p.id === premiseId);
    };
    expect((await premiseOf('/me')).imageUrl).toBeNull();

    await putFile(a.admin, `/api/objects/${object.id}/image`, LOGO);
    const url = (await premiseOf('/me')).imageUrl as string;
    expect(url).toMatch(new RegExp(`^/api/resident/v1/object-images/${a.id}/[0-9a-f-]{36}$`));
    expect((await premiseOf('/me/premises')).imageUrl).toBe(url);
    // No session needed: an <img> cannot send one.
    const image = await send(t, { method: 'GET', url });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(image.raw.equals(LOGO)).toBe(true);

    // The same file id under another organisation's id finds nothing.
    const fileId = url.split('/').pop();
    expect(
      (await send(t, { method: 'GET', url: `/api/resident/v1/object-images/${b.id}/${fileId}` })).status,
    ).toBe(404);

    await putFile(a.admin, `/api/objects/${object.id}/image`, OTHER_LOGO);
    const replaced = (await premiseOf('/me')).imageUrl;
    expect(replaced).not.toBe(url);
    expect((await send(t, { method: 'GET', url })).status).toBe(404);

    await a.admin.delete(`/api/objects/${object.id}/image`);
    expect((await premiseOf('/me')).imageUrl).toBeNull();
    expect((await send(t, { method: 'GET', url: replaced })).status).toBe(404);
  });
});
