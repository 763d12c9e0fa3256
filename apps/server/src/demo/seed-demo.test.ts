import path from 'node:path';
import {
  CLIENT_SOURCES,
  LINK_ROLE_NAMES,
  PREMISE_TYPE_NAMES,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { type Client, loginAs, send } from '../../test/helpers';
import { ageCodes, lastCode, requestCode, residentFor, verifyCode } from '../../test/residents';
import { loadConfig } from '../config';
import { type Database, queryRows } from '../db/database';
import { parseAddressQuery } from '../modules/premises/parse-address-query';
import { localFileStorage } from '../platform/storage';
import { DEMO_SPOUSE_PHONE } from './demo-resident-home';
import { ensureDemo } from './ensure-demo';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await buildTestApp();
  const database: Database = { db: t.db, kind: 'pglite', migrate: async () => {}, close: async () => {} };
  // The app's own storage (as `npm start` passes it): the demo's documents are served from it.
  const storage = localFileStorage(path.join(t.config.dataDir, 'files'));
  const outcome = await ensureDemo(database, loadConfig({ ADMIN_PASSWORD: 'demo-password' }), storage);
  expect(outcome).toMatchObject({
    created: true,
    login: 'admin',
    secondLogin: 'sever',
    passwordFromEnv: true,
  });
  admin = await loginAs(t, 'admin', 'demo-password');
});
afterAll(() => t.close());

describe('demo organisation «УК Демо» (issue 2, item 10)', () => {
  it('has two legal entities, object groups and quarters, and objects in them', async () => {
    expect((await admin.get('/api/auth/me')).body.organization.name).toBe('УК Демо');
    expect((await admin.get('/api/legal-entities')).body).toHaveLength(2);
    expect((await admin.get('/api/object-groups')).body).toHaveLength(2);
    expect((await admin.get('/api/quarters')).body).toHaveLength(2);
    const objects = (await admin.get('/api/objects')).body;
    expect(objects.length).toBeGreaterThanOrEqual(4);
    expect(
      objects.every((o: { groupId: string | null; quarterId: string | null }) => o.groupId && o.quarterId),
    ).toBe(true);
  });

  it('has at least 1,000 premises of every type, with accounts and tags', async () => {
    const all = (await admin.get('/api/premises?pageSize=1')).body;
    expect(all.total).toBeGreaterThanOrEqual(1000);
    for (const type of PREMISE_TYPE_NAMES) {
      expect((await admin.get(`/api/premises?type=${type}&pageSize=1`)).body.total, type).toBeGreaterThan(0);
    }
    const page = (await admin.get('/api/premises?pageSize=200')).body.items;
    expect(page.every((p: { accountNumbers: string[] }) => p.accountNumbers.length > 0)).toBe(true);
    const tags = (await admin.get('/api/tags')).body;
    expect(tags.length).toBeGreaterThanOrEqual(3);
    expect(
      (await admin.get(`/api/premises?tag=${encodeURIComponent(tags[0].name)}&pageSize=1`)).body.total,
    ).toBeGreaterThan(0);
  });

  it('is searchable like real data', async () => {
    const found = (await admin.get(`/api/premises?search=${encodeURIComponent('Северная 1 к2 15')}`)).body;
    expect(found.items.map((p: { fullAddress: string }) => p.fullAddress)).toContain(
      'ул. Северная, д. 1, корп. 2, кв. 15',
    );
  });

  it('is created once: a second start leaves the database alone', async () => {
    const database: Database = { db: t.db, kind: 'pglite', migrate: async () => {}, close: async () => {} };
    expect(await ensureDemo(database, loadConfig({}))).toEqual({ created: false, reason: 'exists' });
    expect(await ensureDemo({ ...database, kind: 'postgres' }, loadConfig({}))).toEqual({
      created: false,
      reason: 'disabled',
    });
    expect(await ensureDemo(database, loadConfig({ DEMO: '0' }))).toEqual({
      created: false,
      reason: 'disabled',
    });
  });
});

type Item = { id: string; fullName: string; phone: string | null; type: string; premises: Ref[] };
type Ref = { premiseId: string; role: string };
type Link = {
  id: string;
  clientId: string;
  role: string;
  ownerClientId: string | null;
  share: string | null;
};

describe('demo clients of «УК Демо» (issue 3, item 10)', () => {
  const total = async (query: string) =>
    (await admin.get(`/api/clients?pageSize=1&${query}`)).body.total as number;
  const list = async (query: string): Promise<Item[]> =>
    (await admin.get(`/api/clients?pageSize=100&${query}`)).body.items;
  const premiseLinks = async (premiseId: string): Promise<Link[]> =>
    (await admin.get(`/api/premises/${premiseId}/clients`)).body;
  const count = async (query: string) => Number((await queryRows<{ n: number }>(t.db, sql.raw(query)))[0]?.n);

  it('has at least 1,500 clients: ~1% blocked, ~30% in the app, every source, companies and ИП', async () => {
    const all = await total('');
    expect(all).toBeGreaterThanOrEqual(1500);
    const blocked = await total('status=blocked');
    expect(blocked / all).toBeGreaterThan(0.003);
    expect(blocked / all).toBeLessThan(0.02);
    const app = await total('app=installed');
    expect(app / all).toBeGreaterThan(0.25);
    expect(app / all).toBeLessThan(0.35);
    for (const source of Object.keys(CLIENT_SOURCES)) {
      expect(await total(`source=${source}`), source).toBeGreaterThan(0);
    }
    const commercial = await list('premiseType=commercial');
    const types = commercial.map((c) => c.type);
    expect(types).toContain('legal');
    expect(types).toContain('entrepreneur');
    expect(commercial.find((c) => c.type === 'legal')?.fullName).toMatch(/^(ООО|АО) «.+»$/);
    expect(await total(`tag=${encodeURIComponent('Старший по дому')}`)).toBeGreaterThan(0);
  });

  it('links clients in every role; a dependant names an owner of the same premise', async () => {
    for (const role of LINK_ROLE_NAMES) expect(await total(`role=${role}`), role).toBeGreaterThan(0);
    for (const role of ['resident', 'tenant', 'representative']) {
      for (const client of (await list(`role=${role}`)).slice(0, 5)) {
        const ref = client.premises.find((p) => p.role === role) as Ref;
        const links = await premiseLinks(ref.premiseId);
        const own = links.find((l) => l.clientId === client.id);
        const owner = links.find((l) => l.clientId === own?.ownerClientId);
        expect(role === 'representative' ? ['owner'] : ['owner', 'unconfirmed_owner']).toContain(owner?.role);
      }
    }
  });

  it('gives a premise one owner with the whole share, or two with ½ each', async () => {
    const seen = new Set<string>();
    for (const client of (await list('role=owner&premiseType=flat')).slice(0, 30)) {
      for (const ref of client.premises.filter((p) => p.role === 'owner')) seen.add(ref.premiseId);
    }
    const shares = new Set<string>();
    for (const premiseId of seen) {
      const owners = (await premiseLinks(premiseId)).filter((l) => l.role === 'owner');
      shares.add(owners.map((l) => l.share).join(' + '));
    }
    expect(shares).toEqual(new Set(['1', '1/2 + 1/2']));
  });

  it('finds demo clients by a surname and by a phone typed as «8 (9xx) …»', async () => {
    const [someone] = await list('sort=-name&role=owner&premiseType=flat');
    const { fullName, phone } = someone as Item;
    const surname = fullName.split(' ')[0] ?? '';
    expect((await list(`search=${encodeURIComponent(surname)}`)).map((c) => c.id)).toContain(someone?.id);
    const digits = (phone ?? '').replace(/\D/g, '').slice(1);
    const typed = `8 (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
    expect((await list(`search=${encodeURIComponent(typed)}`)).map((c) => c.id)).toEqual([someone?.id]);
  });

  it('keeps app logins on the client and on its resident account; ~10% have 2–3 external ids', async () => {
    expect(
      await count(`select count(*)::int n from clients c join resident_accounts a on a.id = c.account_id
        where (c.first_login_at is null) <> (a.first_login_at is null) or c.last_visit_at is null <> (a.last_seen_at is null)`),
    ).toBe(0);
    const [inApp] = await list('app=installed');
    const card = (await admin.get(`/api/clients/${inApp?.id}`)).body;
    expect(card).toMatchObject({ hasApp: true, phoneEditable: false });
    const several = await count(`select count(*)::int n from (select client_id from client_external_ids
      group by client_id having count(distinct source) between 2 and 3) x`);
    expect(several / (await total(''))).toBeGreaterThan(0.07);
    expect(several / (await total(''))).toBeLessThan(0.13);
    const [withIds] = await queryRows<{ id: string }>(
      t.db,
      sql`select client_id id from client_external_ids group by client_id having count(*) = 3 limit 1`,
    );
    const ids = (await admin.get(`/api/clients/${withIds?.id}/external-ids`)).body;
    expect(ids.map((e: { source: string }) => e.source).sort()).toEqual([
      '1С:Бухгалтерия',
      'Доминанта',
      'Строительство',
    ]);
  });

  it('has 20 registration requests (most new, some approved or rejected, with comments) and 15 leads', async () => {
    type Request = {
      id: string;
      status: string;
      premiseId: string;
      clientId: string;
      linkId: string;
      rejectReason: string | null;
      addressText: string;
    };
    const requests = (await admin.get('/api/registration-requests?pageSize=100')).body;
    expect(requests.total).toBe(20);
    const by = (status: string): Request[] => requests.items.filter((r: Request) => r.status === status);
    expect(by('new').length).toBeGreaterThan(10);
    expect(by('approved').length).toBeGreaterThan(0);
    expect(by('rejected').length).toBeGreaterThan(0);
    expect(by('rejected').every((r) => r.rejectReason)).toBe(true);
    // An approved request points at the client and the link made on approval.
    for (const request of by('approved')) {
      const link = (await premiseLinks(request.premiseId)).find((l) => l.clientId === request.clientId);
      expect(link?.id).toBe(request.linkId);
    }
    // The address the resident typed names the type of the premise it is matched to: «кв 32» is a
    // flat, not the parking space «м/м 32» (issue 17).
    for (const request of requests.items.filter((r: Request) => r.premiseId)) {
      const premise = (await admin.get(`/api/premises/${request.premiseId}`)).body;
      const word = PREMISE_TYPES[premise.type as PremiseType].numberPrefix.replace(/\.$/, '');
      const words = request.addressText.toLowerCase().replace(/[.,]/g, '').split(' ');
      const pairs = words.map((w: string, i: number) => `${w} ${words[i + 1]}`);
      if (word) expect(pairs, request.addressText).toContain(`${word} ${premise.number.toLowerCase()}`);
      const named = parseAddressQuery(request.addressText).types;
      if (named) expect(named, request.addressText).toContain(premise.type);
    }
    const cards = await Promise.all(
      requests.items.map((r: Request) => admin.get(`/api/registration-requests/${r.id}`)),
    );
    expect(cards.filter((c) => c.body.comments.length > 0).length).toBeGreaterThan(3);

    const leads = (await admin.get('/api/leads?pageSize=100')).body;
    expect(leads.total).toBe(15);
    const converted = leads.items.filter((l: { convertedClientId: string | null }) => l.convertedClientId);
    expect(converted).toHaveLength(3);
    const digits = (phone: string) => phone.replace(/\D/g, '');
    for (const lead of converted) {
      const client = (await admin.get(`/api/clients/${lead.convertedClientId}`)).body;
      expect(digits(client.phone)).toBe(digits(lead.phone));
    }
  });

  it('has the README resident (+7 999 000-00-01, an owner) and devices signed in with notification settings', async () => {
    const found = (await admin.get(`/api/clients?search=${encodeURIComponent('+7 999 000-00-01')}`)).body;
    expect(found.items).toHaveLength(1);
    const resident = found.items[0];
    const links = (await admin.get(`/api/clients/${resident.id}/premises`)).body;
    expect(links.some((l: { role: string }) => l.role === 'owner')).toBe(true);
    const [mine] = await queryRows<{ devices: number; allowed: number }>(
      t.db,
      sql`select count(*)::int as devices, count(*) filter (where s.os_permission)::int as allowed
          from resident_sessions s join clients c on c.account_id = s.account_id and c.organization_id = s.organization_id
          where c.id = ${resident.id}`,
    );
    expect(mine).toEqual({ devices: 2, allowed: 1 });
    const [all] = await queryRows<{ sessions: number; unknown: number; changes: number; opens: number }>(
      t.db,
      sql`select (select count(*)::int from resident_sessions) as sessions,
                 (select count(*)::int from resident_sessions where device_name is null) as unknown,
                 (select count(*)::int from resident_notification_changes) as changes,
                 (select count(*)::int from resident_app_opens) as opens`,
    );
    expect(all?.sessions).toBeGreaterThan(100);
    expect(all?.unknown).toBeGreaterThan(0);
    // Every device that reports has its first report; some switched push off and on since.
    expect(all?.changes).toBeGreaterThan((all?.sessions ?? 0) - (all?.unknown ?? 0));
    expect(all?.opens).toBeGreaterThan(all?.sessions ?? 0);
  });

  it('M-3: the monitor shows app opens and push disables over the last 30 days, computed at once', async () => {
    const day = (daysAgo: number) =>
      new Date(Date.now() + 3 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const monitor = (await admin.get(`/api/monitor?from=${day(29)}&to=${day(0)}`)).body;
    expect(monitor.points).toHaveLength(30);
    const days = (figure: 'activeUsers' | 'pushUsers' | 'pushDisables') =>
      monitor.points.filter((p: Record<string, number>) => (p[figure] ?? 0) > 0).length;
    expect(days('activeUsers')).toBeGreaterThan(20);
    expect(days('pushUsers')).toBeGreaterThan(20);
    expect(days('pushDisables')).toBeGreaterThan(3);
    expect(monitor.pushDisablesTotal).toBeGreaterThan(3);
  });

  it('APP-2, APP-3: sums due on the accounts, payment pages, and a policy on the README resident’s flat', async () => {
    const entities = (await admin.get('/api/legal-entities')).body;
    expect(
      entities.every((e: { paymentUrlTemplate: string | null }) =>
        e.paymentUrlTemplate?.startsWith('https://'),
      ),
    ).toBe(true);
    const [counts] = await queryRows<{ accounts: number; balances: number; due: number; policies: number }>(
      t.db,
      sql`select (select count(*)::int from personal_accounts) as accounts,
                 (select count(*)::int from account_balances) as balances,
                 (select count(*)::int from account_balances where amount > 0) as due,
                 (select count(*)::int from insurance_policies p join premise_links l on l.premise_id = p.premise_id
                    join clients c on c.id = l.client_id where c.phone = '+79990000001') as policies`,
    );
    expect(counts?.balances).toBe(counts?.accounts);
    expect(counts?.due).toBeGreaterThan((counts?.accounts ?? 0) / 2);
    expect(counts?.policies).toBe(1);
  });
});

/** The README resident signed in with a code from the outbox. */
async function signIn(organization: string) {
  const phone = '+79990000001';
  const sent = await requestCode(t, phone, organization);
  expect(sent.status).toBe(200);
  const verified = await verifyCode(t, { phone, organization, code: await lastCode(t, phone) });
  expect(verified.status).toBe(200);
  await ageCodes(t, phone, 61);
  return residentFor(t, verified.body.token, verified.body);
}

describe('several УО in the app (issue 12, T-3)', () => {
  it('has «УК Северный берег» (`sever`, its own brand and products) with its administrator `sever`', async () => {
    const chief = await loginAs(t, 'sever', 'demo-password');
    expect((await chief.get('/api/auth/me')).body.organization.name).toBe('УК Северный берег');
    expect((await chief.get('/api/settings/brand')).body).toMatchObject({
      name: 'Северный берег',
      color: '#00838f',
      products: ['requests', 'events'],
    });
    expect((await chief.get('/api/premises?pageSize=1')).body.total).toBeGreaterThan(40);
    const [entity] = (await chief.get('/api/legal-entities')).body;
    expect(entity.paymentUrlTemplate).toMatch(/^https:/);
  });

  it('the README resident has several premises in «УК Демо», the home first with a policy and documents, and one in «УК Северный берег»; pictures of objects; the spouse in both', async () => {
    const resident = await signIn('demo');
    const all = (await resident.get('/me/premises')).body.organizations;
    expect(all.map((o: { slug: string; current: boolean }) => [o.slug, o.current])).toEqual([
      ['demo', true],
      ['sever', false],
    ]);
    const [demo, sever] = all;
    expect(demo.premises.length).toBeGreaterThanOrEqual(2);
    expect(demo.premises.some((p: { type: string }) => p.type === 'apartment')).toBe(true);
    expect(demo.premises.every((p: { brand: { color: string } }) => p.brand.color === '#2e7d32')).toBe(true);
    expect(sever.premises).toEqual([
      expect.objectContaining({
        type: 'flat',
        brand: { name: 'Северный берег', color: '#00838f', logoUrl: null },
      }),
    ]);
    expect(sever.premises[0].due).toMatch(/^\d+\.\d{2}$|^$/);
    const flat = (await resident.get(`/premises/${demo.premises[0].id}`)).body;
    expect(flat.insurance).not.toBeNull();
    expect(flat.documents.map((d: { title: string }) => d.title).sort()).toEqual([
      'Поэтажный план',
      'Правила проживания в ЖК',
    ]);
    const file = await resident.get(flat.documents[0].fileUrl.replace('/api/resident/v1', ''));
    expect(file.status).toBe(200);
    expect(file.raw.subarray(0, 5).toString()).toBe('%PDF-');
    // APP-2: the objects' pictures behind the premises (the Moscow objects' and the second УО's house).
    expect(sever.premises[0].imageUrl).toMatch(/^\/api\/resident\/v1\/object-images\//);
    expect(demo.premises.some((p: { imageUrl: string | null }) => p.imageUrl)).toBe(true);
    const picture = await send(t, { method: 'GET', url: sever.premises[0].imageUrl });
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/webp');
    expect(picture.raw.subarray(8, 12).toString()).toBe('WEBP');
    // APP-5: and their photo, on the card of each organisation.
    const profile = (await resident.get('/me/profile')).body;
    expect(profile.photoUrl).toMatch(/^\/api\/resident\/v1\/me\/photo/);
    const photo = await resident.request({ method: 'GET', url: profile.photoUrl });
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/webp');
    // T-3, APP-7: the spouse lives in the home flat and in the flat of the second УО.
    const [spouse] = await queryRows<{ id: string }>(
      t.db,
      sql`select c.id from clients c join organizations o on o.id = c.organization_id
          where o.slug = 'demo' and c.phone = ${DEMO_SPOUSE_PHONE}`,
    );
    const card = (await resident.get(`/people/${spouse?.id}`)).body;
    expect(card.premises.map((p: { premiseId: string }) => p.premiseId)).toEqual([demo.premises[0].id]);
    expect(card.otherPremises).toEqual([
      expect.objectContaining({
        organization: expect.objectContaining({ slug: 'sever', name: 'Северный берег' }),
        premiseId: sever.premises[0].id,
        role: 'resident',
      }),
    ]);
    const switched = await resident.post('/auth/switch', { organization: 'sever' });
    expect(switched.status).toBe(200);
    const there = (await residentFor(t, switched.body.token).get('/me')).body;
    expect(there.organization.brand.color).toBe('#00838f');
    expect(there.premises).toHaveLength(1);
  });

  it('the people the README resident added in the app: a child and a tenant with a rent date, and a guest', async () => {
    const people = await queryRows<{
      role: string | null;
      rent_date: string | null;
      guest: boolean;
      kind: string | null;
    }>(
      t.db,
      sql`select l.role, l.rent_date::text, p.guest, l.added_by_kind as kind
          from resident_people p
          join clients c on c.organization_id = p.organization_id and c.id = p.client_id
          left join premise_links l on l.organization_id = p.organization_id and l.client_id = p.person_client_id
            and l.added_by_client_id = c.id
          where c.phone = '+79990000001' order by p.guest, l.role`,
    );
    expect(people.map((p) => [p.role, p.guest, p.kind])).toEqual([
      ['resident', false, 'resident'],
      ['tenant', false, 'resident'],
      [null, true, null],
    ]);
    expect(people[1]?.rent_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('requests, meters and activity in the demo (issue 13)', () => {
  it('the README resident’s flat: meters with readings, a request in work with an unseen comment first, one done and rated', async () => {
    const resident = await signIn('demo');
    const home = (await resident.get('/me')).body.premises[0].id;
    const meters = (await resident.get(`/premises/${home}/meters`)).body.meters;
    expect(meters.map((m: { resource: string }) => m.resource).sort()).toEqual([
      'cold_water',
      'electricity',
      'hot_water',
    ]);
    expect(meters.every((m: { lastReading: unknown }) => m.lastReading !== null)).toBe(true);
    const active = (await resident.get(`/orders?premiseId=${home}`)).body.items;
    expect(active.map((o: { subject: string; unseen: boolean }) => [o.subject, o.unseen])).toEqual([
      ['Течёт смеситель на кухне', true],
      ['Заменить лампу на лестничной площадке 7 этажа', false],
    ]);
    const archived = (await resident.get(`/orders?premiseId=${home}&state=archived`)).body.items;
    expect(archived).toEqual([
      expect.objectContaining({ subject: 'Не работает лифт во 2 подъезде', rating: 5 }),
    ]);
    const counters = (await admin.get(`/api/premises/${home}/activity/counters`)).body;
    expect(counters).toEqual({ openRequests: 2, requests: 3 });
    const feed = (await admin.get(`/api/premises/${home}/activity`)).body.items;
    const kinds = new Set(feed.map((item: { kind: string }) => item.kind));
    expect([...kinds].sort()).toEqual(['bill_payment', 'call', 'meter_reading', 'request']);
  });

  it('«Заявки» has some fifty requests of every status, numbered from 1, and the next one continues the numbering', async () => {
    const list = (await admin.get('/api/service-requests?pageSize=100')).body;
    expect(list.total).toBeGreaterThanOrEqual(40);
    const numbers = list.items.map((r: { number: number }) => r.number).sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: list.total }, (_, i) => i + 1));
    const statuses = new Set(list.items.map((r: { status: string }) => r.status));
    expect(statuses.size).toBe(7);
    const types = (await admin.get('/api/request-types')).body;
    const created = await admin.post('/api/service-requests', {
      typeId: types[0].id,
      subject: 'Проверка нумерации',
      source: 'crm',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.number).toBe(list.total + 1);
  });
});
