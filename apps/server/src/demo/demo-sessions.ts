// The demo organisation's residents in the app (issue 11): devices signed in, their notification
// settings and when they changed, and the days they opened the app — so that the CRM's
// «Информирование» tab and, later, the monitor have something to show. The tokens are random and
// thrown away: nobody can sign in with a seeded session.
import { createHash, randomBytes } from 'node:crypto';
import { NOTIFICATION_TYPE_CODES } from '@domovoy/contract';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { clients, residentAppOpens, residentNotificationChanges, residentSessions } from '../db/schema';
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
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

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
      const lastSeen = new Date(seen - d * Math.floor(random() * 5) * DAY_MS - Math.floor(random() * DAY_MS));
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
      const changedAt = new Date(
        created.getTime() + Math.floor(random() * (lastSeen.getTime() - created.getTime())),
      );
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
        notificationsChangedAt: changedAt,
        createdAt: created,
        lastSeenAt: lastSeen,
      });
      changes.push({
        organizationId,
        accountId,
        sessionId: id,
        appVersion,
        osPermission,
        notificationTypes: types,
        changedAt,
      });
      for (let day = 0; day < 30; day++) {
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
