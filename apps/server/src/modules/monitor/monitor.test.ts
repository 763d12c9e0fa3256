import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { fixturePhone } from '../../../test/fixtures';
import { type Client, loginAs, makeOrganization, makeStaff, TEST_PASSWORD } from '../../../test/helpers';
import { type Resident, signInResident } from '../../../test/residents';
import { monitorMetrics } from '../../db/schema';
import { refreshMonitor } from './compute-monitor';

// M-3 from a known week of device events, on a test clock: seven residents' sign-ins, app opens
// and notification reports in Moscow time, then the aggregates as the scheduled job computes them.

let t: TestApp;
let clock = new Date('2031-03-03T07:00:00Z');
let admin: Client;
let adminLogin: string;
let slug: string;

/** The clock to a Moscow wall-clock time («2031-03-05 12:00»). */
const at = (moscow: string) => {
  clock = new Date(`${moscow.replace(' ', 'T')}:00+03:00`);
};
const device = (appVersion: string, pushPermission: boolean) => ({
  name: 'Телефон',
  platform: 'android',
  appVersion,
  pushPermission,
});
const report = (r: Resident, osPermission: boolean, types: Record<string, boolean>) =>
  r.put('/devices/current/notifications', { osPermission, types }).then((res) => {
    if (res.status !== 200) throw new Error(`report: ${JSON.stringify(res.body)}`);
  });
const open = (r: Resident) => r.get('/me');

type Point = { startsOn: string; activeUsers: number; pushUsers: number; pushDisables: number };
const point = (startsOn: string, activeUsers: number, pushUsers: number, pushDisables: number): Point => ({
  startsOn,
  activeUsers,
  pushUsers,
  pushDisables,
});

async function monitor(client: Client, from: string, to: string, period = 'day') {
  const response = await client.get(`/api/monitor?from=${from}&to=${to}&period=${period}`);
  expect(response.status).toBe(200);
  return response.body;
}

/** Another organisation's resident, whose events never reach the first one's figures. */
async function otherOrganization() {
  const saved = clock;
  const other = await makeOrganization(t, 'УК Соседняя');
  at('2031-03-04 10:00');
  const r = await signInResident(t, fixturePhone(), other.organization.slug, device('4.8.0', true));
  await report(r, true, { requests: true });
  at('2031-03-05 10:00');
  await report(r, false, { requests: true });
  clock = saved;
  return loginAs(t, other.adminLogin, TEST_PASSWORD);
}

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  const made = await makeOrganization(t, 'УК Монитор');
  adminLogin = made.adminLogin;
  slug = made.organization.slug;
  const sign = (version: string, push: boolean, phone = fixturePhone()) =>
    signInResident(t, phone, slug, device(version, push));

  at('2031-03-03 10:00');
  const r1 = await sign('4.8.0', true);
  await report(r1, true, { requests: true, news: false });
  at('2031-03-03 10:05');
  const r2 = await sign('4.6.0', true);
  await report(r2, true, { requests: true });
  at('2031-03-03 10:10');
  // A version that is no number never counts; nor does a device from before versions were sent.
  const beta = await sign('beta', true);
  await report(beta, true, { requests: true });
  await signInResident(t, fixturePhone(), slug, {});

  at('2031-03-04 09:00');
  await open(r1);
  at('2031-03-04 11:00');
  const r3Phone = fixturePhone();
  const r3a = await sign('4.10.0', true, r3Phone);
  await report(r3a, true, { meters: true });
  at('2031-03-04 11:02');
  const r3b = await sign('4.10.0', false, r3Phone);
  // The first report of a device is no disable, even when it is «off».
  await report(r3b, false, { meters: true });
  at('2031-03-04 11:05');
  const r5 = await sign('4.7.0', true);
  await report(r5, true, { events: true });

  at('2031-03-05 12:00');
  await report(r1, false, { requests: true, news: false });
  at('2031-03-06 13:00');
  await report(r2, true, { requests: false });
  at('2031-03-07 14:00');
  await report(r3a, false, { meters: true });
  at('2031-03-08 15:00');
  await report(r3a, true, { meters: true });
  at('2031-03-09 16:00');
  await report(r3a, true, { meters: false });
  // 00:30 on Monday in Moscow is still Sunday in UTC: it counts on Monday, in the next week.
  clock = new Date('2031-03-09T21:30:00Z');
  await open(r1);
  await refreshMonitor(t.db, clock);
  // Staff sessions run on the same clock: signed in now.
  admin = await loginAs(t, adminLogin, TEST_PASSWORD);
});
afterAll(() => t?.close());

describe('monitor of key metrics (M-3)', () => {
  it('counts each day: who opened the app, who of them had push on at its end, who switched it off', async () => {
    const body = await monitor(admin, '2031-03-02', '2031-03-11');
    expect(body.points).toEqual([
      point('2031-03-02', 0, 0, 0),
      point('2031-03-03', 2, 2, 0),
      point('2031-03-04', 3, 3, 0),
      point('2031-03-05', 1, 0, 1),
      point('2031-03-06', 1, 0, 1),
      point('2031-03-07', 1, 0, 1),
      point('2031-03-08', 1, 1, 0),
      point('2031-03-09', 1, 0, 1),
      point('2031-03-10', 1, 0, 0),
      point('2031-03-11', 0, 0, 0),
    ]);
    expect(body).toMatchObject({ period: 'day', minAppVersion: '0.1.0', recomputing: false });
    // R3 switched push off twice in the week: once in the total, not the sum of the days (4).
    expect((await monitor(admin, '2031-03-03', '2031-03-09')).pushDisablesTotal).toBe(3);
    expect((await monitor(admin, '2031-03-07', '2031-03-09')).pushDisablesTotal).toBe(1);
    expect((await monitor(admin, '2031-03-10', '2031-03-10')).pushDisablesTotal).toBe(0);
  });

  it('by week from Monday: distinct residents in the week, push at the week’s end', async () => {
    const body = await monitor(admin, '2031-03-05', '2031-03-12', 'week');
    expect(body.points).toEqual([point('2031-03-03', 4, 1, 3), point('2031-03-10', 1, 0, 0)]);
    expect(body.pushDisablesTotal).toBe(3);
  });

  it('counts versions from the minimum, compared as numbers (4.10 is above 4.9); recomputes on change', async () => {
    const viewer = await makeStaff(t, admin, ['monitor.view']);
    const refused = await viewer.request({
      method: 'PUT',
      url: '/api/settings/monitor',
      payload: { minAppVersion: '4.7' },
    });
    expect(refused.status).toBe(403);
    const bad = await admin.request({
      method: 'PUT',
      url: '/api/settings/monitor',
      payload: { minAppVersion: '4,9' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'minAppVersion', message: 'Введите версию в виде 4.7 или 4.7.1' }),
    ]);

    const put = (minAppVersion: string | null) =>
      admin.request({ method: 'PUT', url: '/api/settings/monitor', payload: { minAppVersion } });
    expect((await put(' 4.9 ')).body).toEqual({ minAppVersion: '4.9', defaultMinAppVersion: '0.1.0' });
    await t.app.jobs.wake();
    const week = await monitor(viewer, '2031-03-03', '2031-03-09', 'week');
    expect(week).toMatchObject({ minAppVersion: '4.9', pushDisablesTotal: 1, recomputing: false });
    expect(week.points).toEqual([point('2031-03-03', 1, 0, 1)]);
    const days = await monitor(viewer, '2031-03-03', '2031-03-05');
    expect(days.points).toEqual([
      point('2031-03-03', 0, 0, 0),
      point('2031-03-04', 1, 1, 0),
      point('2031-03-05', 0, 0, 0),
    ]);

    // 4.6.0 counts from 4.6: R2's «all types off» on Thursday is a disable again.
    await put('4.6');
    await t.app.jobs.wake();
    expect((await monitor(admin, '2031-03-06', '2031-03-06')).points).toEqual([point('2031-03-06', 1, 0, 1)]);
    expect((await admin.get('/api/settings/monitor')).body.minAppVersion).toBe('4.6');
    await put(null);
    await t.app.jobs.wake();
    expect((await monitor(admin, '2031-03-03', '2031-03-09', 'week')).points).toEqual([
      point('2031-03-03', 4, 1, 3),
    ]);
  });

  it('recomputes only the recent days on a schedule, and idempotently', async () => {
    const computedAt = async (day: string) => {
      const [row] = await t.db
        .select()
        .from(monitorMetrics)
        .where(and(eq(monitorMetrics.startsOn, day), eq(monitorMetrics.period, 'day')));
      return row?.computedAt.getTime();
    };
    const before = await computedAt('2031-03-04');
    at('2031-03-11 09:00');
    admin = await loginAs(t, adminLogin, TEST_PASSWORD);
    await refreshMonitor(t.db, clock);
    await refreshMonitor(t.db, clock);
    expect(await computedAt('2031-03-04')).toBe(before);
    expect(await computedAt('2031-03-11')).toBe(clock.getTime());
    const body = await monitor(admin, '2031-03-03', '2031-03-11');
    expect(body.points.at(-1)).toEqual(point('2031-03-11', 0, 0, 0));
    expect(body.points[1]).toEqual(point('2031-03-04', 3, 3, 0));
  });

  it('keeps to the organisation and its permission; refuses a reversed or too long period', async () => {
    const otherAdmin = await otherOrganization();
    await refreshMonitor(t.db, clock);
    const other = await monitor(otherAdmin, '2031-03-03', '2031-03-09');
    expect(other.points.filter((p: Point) => p.activeUsers > 0)).toEqual([
      point('2031-03-04', 1, 1, 0),
      point('2031-03-05', 1, 0, 1),
    ]);
    expect((await monitor(admin, '2031-03-03', '2031-03-09', 'week')).points).toEqual([
      point('2031-03-03', 4, 1, 3),
    ]);

    const clerk = await makeStaff(t, admin, ['clients.view']);
    expect((await clerk.get('/api/monitor?from=2031-03-03&to=2031-03-09')).status).toBe(403);
    expect((await clerk.get('/api/settings/monitor')).status).toBe(200);
    const reversed = await admin.get('/api/monitor?from=2031-03-09&to=2031-03-03');
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0]).toMatchObject({ field: 'to', message: 'Конец периода раньше начала' });
    expect((await admin.get('/api/monitor?from=2020-01-01&to=2031-03-03')).status).toBe(400);
    expect((await admin.get('/api/monitor?from=2031-03-01&to=2031-03-03&period=month')).status).toBe(400);
  });
});
