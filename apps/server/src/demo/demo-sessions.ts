// The demo organisation's residents in the app (issue 11): devices signed in, their notification
// settings and when they changed, and the days they opened the app — so that the CRM's
// «Информирование» tab and the monitor (M-3) have something to show: about 60 days of app opens,
// and some devices whose push was switched off (and sometimes on again) in that time. The tokens
// are random and thrown away: nobody can sign in with a seeded session.
import { createHash, randomBytes } from 'node:crypto';
import { NOTIFICATION_TYPE_CODES } from '@domovoy/contract';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { clients, residentAppOpens, residentNotificationChanges, residentSessions } from '../db/schema';
import { moscowDay } from '../modules/resident-people/people-rules';
import { insertChunked } from './demo-clients';
import { DEMO_RESIDENT_PHONE } from './demo-people';
import { seededRandom } from './demo-premises';

const DEVICES = [
  { name: 'iPhone 15', platform: 'ios' },
  { name: 'iPhone 13 mini', platform: 'ios' },
  { name: 'iPad Air', platform: 'ios' },
  { name: 'Samsung Galaxy A54', platform: 'android' },
  { name: 'Xiaomi Redmi Note 12', platform: 'android' },
  { name: 'HONOR X8', platform: 'android' },
  { name: 'Chrome, Windows', platform: 'web' },
] as const;
const VERSIONS = ['4.5.2', '4.6.0', '4.7.1', '4.8.0', '4.8.0', '4.8.2'];

const DAY_MS = 86_400_000;
/** How far back the monitor's demo history goes. */
const HISTORY_DAYS = 60;
const dayOf = (time: number) => moscowDay(new Date(time));

type Types = Record<string, boolean>;
type Report = { at: Date; osPermission: boolean; types: Types };

const pushOn = (osPermission: boolean, types: Types) => osPermission && Object.values(types).some(Boolean);

/**
 * A device's notification reports ending in its current state: mostly one; some devices had
 * push on and switched it off in the last 60 days (the OS permission, or every type), a few of
 * them on again later.
 */
function reportsOf(random: () => number, final: Omit<Report, 'at'>, from: number, to: number): Report[] {
  const last = { ...final, at: new Date(from + Math.floor(random() * (to - from))) };
  const windowStart = Math.max(from, to - HISTORY_DAYS * DAY_MS);
  const finalOn = pushOn(final.osPermission, final.types);
  if (to - windowStart < 2 * DAY_MS || random() >= (finalOn ? 0.25 : 0.6)) return [last];
  const at = (share: number) => new Date(windowStart + Math.floor(share * (to - windowStart)));
  const allOn: Types = Object.fromEntries(Object.keys(final.types).map((code) => [code, true]));
  const on = { osPermission: true, types: finalOn ? final.types : allOn };
  const first = { ...on, at: new Date(from) };
  if (!finalOn) return [first, { ...final, at: at(0.1 + random() * 0.85) }];
  const off =
    random() < 0.6
      ? { osPermission: false, types: final.types }
      : { osPermission: true, types: Object.fromEntries(Object.keys(final.types).map((c) => [c, false])) };
  const share = 0.1 + random() * 0.6;
  return [first, { ...off, at: at(share) }, { ...final, at: at(share + 0.05 + random() * 0.2) }];
}

/** When the types last changed (the CRM's «Информирование» shows it); the OS permission alone does not count. */
function typesChangedAt(reports: Report[]): Date {
  let changed = reports[0] as Report;
  for (const [i, r] of reports.entries()) {
    const before = reports[i - 1];
    if (before && JSON.stringify(before.types) !== JSON.stringify(r.types)) changed = r;
  }
  return changed.at;
}

/**
 * Sessions for about half of the clients who have used the app (one or two devices each, some
 * from before devices were recorded), with notification settings and up to 30 days of app opens.
 */
export async function seedSessions(tx: Db, organizationId: string) {
  const random = seededRandom(11);
  const now = Date.now();
  const users = await tx
    .select({ accountId: clients.accountId, lastVisitAt: clients.lastVisitAt, phone: clients.phone })
    .from(clients)
    .where(
      and(
        eq(clients.organizationId, organizationId),
        isNotNull(clients.accountId),
        isNotNull(clients.firstLoginAt),
      ),
    )
    .orderBy(clients.nameNorm);
  const sessions: (typeof residentSessions.$inferInsert)[] = [];
  const changes: (typeof residentNotificationChanges.$inferInsert)[] = [];
  const opens: (typeof residentAppOpens.$inferInsert)[] = [];
  for (const user of users) {
    const accountId = user.accountId as string;
    const demoResident = user.phone === DEMO_RESIDENT_PHONE;
    if (!demoResident && random() < 0.5) continue;
    const seen = Math.min(now, user.lastVisitAt?.getTime() ?? now);
    const devices = demoResident ? 2 : random() < 0.25 ? 2 : 1;
    for (let d = 0; d < devices; d++) {
      const id = crypto.randomUUID();
      // A second device was last used a day or more before the first (the CRM lists the latest first).
      const lastSeen = new Date(
        seen - d * (1 + Math.floor(random() * 5)) * DAY_MS - Math.floor(random() * DAY_MS),
      );
      const created = new Date(lastSeen.getTime() - Math.floor(30 + random() * 300) * DAY_MS);
      // One session in eight is from before the app reported its device (S-1).
      if (!demoResident && random() < 0.125) {
        sessions.push({
          id,
          tokenHash: tokenHash(),
          accountId,
          organizationId,
          createdAt: created,
          lastSeenAt: lastSeen,
        });
        continue;
      }
      const device = DEVICES[demoResident ? d : Math.floor(random() * DEVICES.length)] ?? DEVICES[0];
      const appVersion = demoResident
        ? '4.8.2'
        : (VERSIONS[Math.floor(random() * VERSIONS.length)] ?? '4.8.0');
      const osPermission = demoResident ? d === 0 : random() < 0.7;
      const types = Object.fromEntries(
        NOTIFICATION_TYPE_CODES.map((code) => [code, demoResident ? code !== 'news' : random() < 0.8]),
      );
      const reports = demoResident
        ? reportsOf(() => 0.99, { osPermission, types }, created.getTime(), lastSeen.getTime())
        : reportsOf(random, { osPermission, types }, created.getTime(), lastSeen.getTime());
      sessions.push({
        id,
        tokenHash: tokenHash(),
        accountId,
        organizationId,
        deviceName: device.name,
        devicePlatform: device.platform,
        appVersion,
        osPermission,
        notificationTypes: types,
        notificationsChangedAt: typesChangedAt(reports),
        createdAt: created,
        lastSeenAt: lastSeen,
      });
      for (const report of reports)
        changes.push({
          organizationId,
          accountId,
          sessionId: id,
          appVersion,
          osPermission: report.osPermission,
          notificationTypes: report.types,
          changedAt: report.at,
        });
      for (let day = 0; day < HISTORY_DAYS; day++) {
        const time = lastSeen.getTime() - day * DAY_MS;
        if (time < created.getTime()) break;
        if (day === 0 || random() < 0.35)
          opens.push({ organizationId, sessionId: id, accountId, day: dayOf(time), appVersion });
      }
    }
  }
  await insertChunked(sessions, (chunk) => tx.insert(residentSessions).values(chunk));
  await insertChunked(changes, (chunk) => tx.insert(residentNotificationChanges).values(chunk));
  await insertChunked(opens, (chunk) => tx.insert(residentAppOpens).values(chunk));
  return { sessions: sessions.length };
}

function tokenHash(): string {
  return createHash('sha256').update(randomBytes(32)).digest('hex');
}
