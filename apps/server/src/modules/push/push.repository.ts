import type { NotificationType } from '@domovoy/contract';
import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { pushDeliveries, pushSubscriptions } from '../../db/schema';
import { deviceCanPush, typeOn } from './push-reach';

export type SubscriptionValues = typeof pushSubscriptions.$inferInsert;

/** One subscription per device session: a new one replaces the old (the browser renewed it). */
export async function saveSubscription(db: Db, values: SubscriptionValues) {
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.sessionId,
      set: {
        kind: values.kind,
        endpoint: values.endpoint,
        p256dh: values.p256dh ?? null,
        auth: values.auth ?? null,
        updatedAt: sql`now()`,
      },
    })
    .returning({ kind: pushSubscriptions.kind, updatedAt: pushSubscriptions.updatedAt });
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export async function deleteSubscription(db: Db, organizationId: string, sessionId: string) {
  await db
    .delete(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.organizationId, organizationId), eq(pushSubscriptions.sessionId, sessionId)),
    );
}

/** A push service said the subscription is gone: deleted unless the device gave a new one meanwhile. */
export async function dropSubscription(db: Db, organizationId: string, sessionId: string, endpoint: string) {
  await db
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.organizationId, organizationId),
        eq(pushSubscriptions.sessionId, sessionId),
        eq(pushSubscriptions.endpoint, endpoint),
      ),
    );
}

export type PushNotificationRow = {
  accountId: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  organizationName: string;
  slug: string;
  brandName: string | null;
  brandColor: string | null;
  brandLogoKey: string | null;
};

/** The in-app notification a push tells of, with its organisation's slug and brand. */
export async function findNotification(
  db: Db,
  organizationId: string,
  notificationId: string,
): Promise<PushNotificationRow | undefined> {
  const [row] = await queryRows<PushNotificationRow>(
    db,
    sql`select n.account_id as "accountId", n.type, n.title, n.body, n.link,
        o.name as "organizationName", o.slug, o.brand_name as "brandName",
        o.brand_color as "brandColor", o.brand_logo_key as "brandLogoKey"
      from resident_notifications n join organizations o on o.id = n.organization_id
      where n.organization_id = ${organizationId} and n.id = ${notificationId}`,
  );
  return row;
}

export type PushDevice = {
  sessionId: string;
  kind: string;
  endpoint: string;
  p256dh: string | null;
  auth: string | null;
};

/** The account's devices in the organisation that may get a push of this type (S-3, push-reach.ts). */
export async function pushDevices(
  db: Db,
  organizationId: string,
  accountId: string,
  type: NotificationType,
): Promise<PushDevice[]> {
  return queryRows<PushDevice>(
    db,
    sql`select s.id as "sessionId", p.kind, p.endpoint, p.p256dh, p.auth
      from resident_sessions s
      join push_subscriptions p on p.session_id = s.id and p.organization_id = s.organization_id
      where s.organization_id = ${organizationId} and s.account_id = ${accountId}
        and ${deviceCanPush} and ${typeOn(type)}
      order by s.created_at, s.id`,
  );
}

/** Whether any device of the account may get a push of this type: else no job is queued. */
export async function hasPushDevice(
  db: Db,
  organizationId: string,
  accountId: string,
  type: NotificationType,
): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from resident_sessions s
      join push_subscriptions p on p.session_id = s.id and p.organization_id = s.organization_id
      where s.organization_id = ${organizationId} and s.account_id = ${accountId}
        and ${deviceCanPush} and ${typeOn(type)}
      limit 1`,
  );
  return rows.length > 0;
}

/** Sessions this notification was already pushed to (or dropped for): a retry skips them. */
export async function settledSessions(db: Db, organizationId: string, notificationId: string) {
  const rows = await db
    .select({ sessionId: pushDeliveries.sessionId })
    .from(pushDeliveries)
    .where(
      and(
        eq(pushDeliveries.organizationId, organizationId),
        eq(pushDeliveries.notificationId, notificationId),
      ),
    );
  return new Set(rows.map((r) => r.sessionId));
}

export async function recordDelivery(db: Db, values: typeof pushDeliveries.$inferInsert) {
  await db.insert(pushDeliveries).values(values).onConflictDoNothing();
}

/** What became of a notification's pushes, per device (the mailings' recipients read it). */
export async function deliveriesOf(db: Db, organizationId: string, notificationId: string) {
  return db
    .select()
    .from(pushDeliveries)
    .where(
      and(
        eq(pushDeliveries.organizationId, organizationId),
        eq(pushDeliveries.notificationId, notificationId),
      ),
    );
}
