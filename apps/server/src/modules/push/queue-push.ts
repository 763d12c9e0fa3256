import type { NotificationType } from '@domovoy/contract';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { enqueueJob } from '../../platform/jobs';
import { hasPushDevice } from './push.repository';
import { deviceCanPush, typeOn } from './push-reach';

export const PUSH_SEND_JOB = 'push.notification';

export type PushedNotification = {
  organizationId: string;
  accountId: string;
  type: NotificationType;
  /** The in-app notification's id. */
  id: string;
};

/**
 * Issue 14: an in-app notification is also pushed to the account's devices that allow its type —
 * a job queued in the caller's transaction (with the notification), only when such a device exists
 * now; the job reads the devices again when it runs.
 */
export async function queuePush(tx: Db, notification: PushedNotification): Promise<boolean> {
  const { organizationId, accountId, type, id } = notification;
  if (!(await hasPushDevice(tx, organizationId, accountId, type))) return false;
  await enqueueJob(tx, PUSH_SEND_JOB, { organizationId, notificationId: id });
  return true;
}

/**
 * Many notifications of one type at once (M-1: a batch of a mailing): one statement queues a job
 * for each whose account has a device that may get it. Answers the ids it queued a push for.
 */
export async function queuePushBatch(
  tx: Db,
  organizationId: string,
  type: NotificationType,
  notifications: { id: string; accountId: string }[],
): Promise<Set<string>> {
  if (notifications.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`insert into jobs (kind, payload)
      select ${PUSH_SEND_JOB}, jsonb_build_object('organizationId', ${organizationId}::text, 'notificationId', n.id::text)
      from unnest(${sql.param(notifications.map((n) => n.id))}::uuid[],
                  ${sql.param(notifications.map((n) => n.accountId))}::uuid[]) as n(id, account_id)
      where exists (
        select 1 from resident_sessions s
        join push_subscriptions p on p.session_id = s.id and p.organization_id = s.organization_id
        where s.organization_id = ${organizationId} and s.account_id = n.account_id
          and ${deviceCanPush} and ${typeOn(type)})
      returning payload ->> 'notificationId' as id`,
  );
  return new Set(rows.map((r) => r.id));
}
