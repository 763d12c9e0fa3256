import { NOTIFICATION_TYPE_CODES, type NotificationType } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { queuePush, queuePushBatch } from '../push/queue-push';
import * as repo from './resident-notifications.repository';

export type ResidentNotice = {
  organizationId: string;
  accountId: string;
  /** The catalogue's type (S-3): what the device may mute. */
  type: NotificationType;
  title: string;
  body: string;
  /** Where tapping it leads in the app, e.g. `/people?premise=<id>`. */
  link?: string | null;
  premiseId?: string | null;
  /** Once per organisation and key (a scheduled reminder, a decided request): a repeat is a no-op. */
  dedupeKey?: string | null;
};

/**
 * APP-1: an in-app notification for one resident, written in the caller's transaction (with the
 * change it tells about), and (issue 14) pushed to the account's devices that allow its type: the
 * push job is queued in the same transaction (`push/queue-push.ts`). Answers the new row's id, or
 * undefined when the dedupe key was used before (then nothing is pushed again).
 */
export async function notifyResident(tx: Db, notice: ResidentNotice): Promise<string | undefined> {
  if (!NOTIFICATION_TYPE_CODES.includes(notice.type))
    throw new Error(`Unknown notification type ${notice.type}`);
  // Its own transaction when the caller has none (the rent reminders): never a notification
  // without its push, nor a push job without its notification.
  return tx.transaction(async (t) => {
    const id = await repo.insertNotification(t, {
      organizationId: notice.organizationId,
      accountId: notice.accountId,
      type: notice.type,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
      premiseId: notice.premiseId ?? null,
      dedupeKey: notice.dedupeKey ?? null,
    });
    if (id) await queuePush(t, { ...notice, id });
    return id;
  });
}

export type BulkNotice = Pick<ResidentNotice, 'organizationId' | 'type' | 'title' | 'body' | 'link'>;

/**
 * M-1: one notice to many residents at once (a batch of a push mailing), in the caller's
 * transaction, in a few statements whatever the number: the notifications, then a push job for
 * each whose account has a device that allows the type. No dedupe key: the caller keeps its own
 * idempotency (a mailing's recipient row). Answers, per account, the notification's id and
 * whether a push was queued for it.
 */
export async function notifyResidents(
  tx: Db,
  notice: BulkNotice,
  accountIds: readonly string[],
): Promise<Map<string, { notificationId: string; pushQueued: boolean }>> {
  if (!NOTIFICATION_TYPE_CODES.includes(notice.type))
    throw new Error(`Unknown notification type ${notice.type}`);
  const rows = await repo.insertNotifications(tx, notice, [...new Set(accountIds)]);
  const queued = await queuePushBatch(
    tx,
    notice.organizationId,
    notice.type,
    rows.map((r) => ({ id: r.id, accountId: r.accountId })),
  );
  return new Map(rows.map((r) => [r.accountId, { notificationId: r.id, pushQueued: queued.has(r.id) }]));
}
