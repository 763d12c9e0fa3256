import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone, makeObject, makePremise } from '../../../test/fixtures';
import { type Client, makeOrganization } from '../../../test/helpers';
import { signInResident } from '../../../test/residents';
import { testClock } from '../../../test/test-clock';
import { residentNotifications } from '../../db/schema';
import { link, makeClient } from '../links/link-fixtures';
import { moscowDay } from './people-rules';
import { addDays, sendRentReminders } from './rent-reminders';

const HOUR_MS = 60 * 60_000;
/** The app's clock and its periodic tasks' timer: the job in app.ts runs only when this moves. */
const clock = testClock(new Date());
let t: TestApp;
let admin: Client;
let slug: string;

/** A flat with its owner and a tenant paying on `rentDate`; both with app accounts. */
async function tenancy(rentDate: string) {
  const object = await makeObject(admin);
  const premise = await makePremise(admin, object.id);
  const ownerPhone = fixturePhone();
  const tenantPhone = fixturePhone();
  const owner = await makeClient(admin, 'Хозяинов Харитон', ownerPhone);
  const tenant = await makeClient(admin, 'Съёмщиков Степан', tenantPhone);
  await link(admin, premise.id, owner.id, { role: 'owner' });
  const made = await link(admin, premise.id, tenant.id, {
    role: 'tenant',
    ownerClientId: owner.id,
    rentDate,
  });
  const ownerApp = await signInResident(t, ownerPhone, slug);
  const tenantApp = await signInResident(t, tenantPhone, slug);
  return {
    linkId: made.id as string,
    premiseId: premise.id as string,
    owner: ownerApp.signIn.account.id as string,
    tenant: tenantApp.signIn.account.id as string,
  };
}

const noticesOf = async (accountId: string) =>
  (
    await t.db.select().from(residentNotifications).where(eq(residentNotifications.accountId, accountId))
  ).filter((n) => n.dedupeKey?.startsWith('rent:'));

/** Noon in Moscow on the day. */
const moscowNoon = (day: string) => new Date(`${day}T09:00:00Z`);

beforeAll(async () => {
  t = await buildTestApp({}, clock);
  const made = await makeOrganization(t, 'УК Аренда');
  admin = made.admin;
  slug = made.organization.slug;
});
afterAll(() => t?.close());

describe('rent reminders (APP-8)', () => {
  it('the tenant 3 days before, the owner on the day, each once only', async () => {
    const r = await tenancy('2031-01-10');
    await sendRentReminders(t.db, moscowNoon('2031-01-06'));
    expect(await noticesOf(r.tenant)).toHaveLength(0);

    await sendRentReminders(t.db, moscowNoon('2031-01-07'));
    await sendRentReminders(t.db, new Date('2031-01-07T20:00:00Z'));
    const tenantNotices = await noticesOf(r.tenant);
    expect(tenantNotices).toEqual([
      expect.objectContaining({
        type: 'bills',
        dedupeKey: `rent:${r.linkId}:2031-01-10:tenant`,
        body: expect.stringContaining('10.01.2031'),
        link: `/people?premise=${r.premiseId}`,
      }),
    ]);
    expect(await noticesOf(r.owner)).toHaveLength(0);

    await sendRentReminders(t.db, moscowNoon('2031-01-10'));
    await sendRentReminders(t.db, moscowNoon('2031-01-10'));
    expect(await noticesOf(r.owner)).toEqual([
      expect.objectContaining({
        dedupeKey: `rent:${r.linkId}:2031-01-10:owner`,
        title: 'Сегодня день оплаты аренды',
      }),
    ]);
    // And the next month again.
    await sendRentReminders(t.db, moscowNoon('2031-02-07'));
    await sendRentReminders(t.db, moscowNoon('2031-02-10'));
    expect((await noticesOf(r.tenant)).map((n) => n.dedupeKey)).toContain(
      `rent:${r.linkId}:2031-02-10:tenant`,
    );
    expect(await noticesOf(r.owner)).toHaveLength(2);
  });

  it('the 31st falls due on the 28th, 29th or 30th of shorter months; days are Moscow days', async () => {
    const r = await tenancy('2031-01-31');
    // 2031-02-28 is February's last day: the tenant hears on the 25th.
    await sendRentReminders(t.db, moscowNoon('2031-02-25'));
    expect((await noticesOf(r.tenant)).map((n) => n.dedupeKey)).toEqual([
      `rent:${r.linkId}:2031-02-28:tenant`,
    ]);
    // 21:30 UTC on 27 February is already 28 February in Moscow: the owner's day.
    await sendRentReminders(t.db, new Date('2031-02-27T21:30:00Z'));
    expect((await noticesOf(r.owner)).map((n) => n.dedupeKey)).toEqual([`rent:${r.linkId}:2031-02-28:owner`]);
    await sendRentReminders(t.db, moscowNoon('2031-04-27'));
    await sendRentReminders(t.db, moscowNoon('2031-04-30'));
    expect((await noticesOf(r.owner)).map((n) => n.dedupeKey)).toContain(`rent:${r.linkId}:2031-04-30:owner`);

    const leap = await tenancy('2031-01-31');
    await sendRentReminders(t.db, moscowNoon('2032-02-26'));
    expect((await noticesOf(leap.tenant)).map((n) => n.dedupeKey)).toContain(
      `rent:${leap.linkId}:2032-02-29:tenant`,
    );
  });

  it('nothing for a rent date not yet reached, nor once the link is no longer a tenancy', async () => {
    const r = await tenancy('2033-05-05');
    await sendRentReminders(t.db, moscowNoon('2033-04-02'));
    await sendRentReminders(t.db, moscowNoon('2033-04-05'));
    expect(await noticesOf(r.tenant)).toHaveLength(0);
    expect(await noticesOf(r.owner)).toHaveLength(0);
    const changed = await admin.patch(`/api/premise-links/${r.linkId}`, { role: 'resident' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.rentDate).toBeNull();
    await sendRentReminders(t.db, moscowNoon('2033-05-05'));
    expect(await noticesOf(r.owner)).toHaveLength(0);
  });
});

describe('the scheduled job (app.ts, hourly)', () => {
  it('on the app’s clock: the tenant hears 3 days before the rent date, the owner on the day, each once', async () => {
    const rentDate = addDays(moscowDay(clock.now()), 5);
    const r = await tenancy(rentDate);
    await t.app.ready();
    const heard = { tenant: [] as string[], owner: [] as string[] };
    // A week of the server's hours, two at a time: the job runs at each step.
    for (let step = 0; step < 7 * 12; step++) {
      await clock.advance(2 * HOUR_MS);
      const day = moscowDay(clock.now());
      if ((await noticesOf(r.tenant)).length > heard.tenant.length) heard.tenant.push(day);
      if ((await noticesOf(r.owner)).length > heard.owner.length) heard.owner.push(day);
    }
    expect(heard).toEqual({ tenant: [addDays(rentDate, -3)], owner: [rentDate] });
    expect((await noticesOf(r.tenant)).map((n) => n.dedupeKey)).toEqual([
      `rent:${r.linkId}:${rentDate}:tenant`,
    ]);
    expect((await noticesOf(r.owner)).map((n) => n.dedupeKey)).toEqual([
      `rent:${r.linkId}:${rentDate}:owner`,
    ]);
  });
});
