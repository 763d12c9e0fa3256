import { NOTIFICATION_TYPE_CODES, type NotificationType } from '@domovoy/contract';
import type { Db } from '../../db/database';
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
 * change it tells about). Delivery by push or SMS comes later through the job runner. Answers the
 * new row's id, or undefined when the dedupe key was used before.
 */
export async function notifyResident(tx: Db, notice: ResidentNotice): Promise<string | undefined> {
  if (!NOTIFICATION_TYPE_CODES.includes(notice.type))
    throw new Error(`Unknown notification type ${notice.type}`);
  return repo.insertNotification(tx, {
    organizationId: notice.organizationId,
    accountId: notice.accountId,
    type: notice.type,
    title: notice.title,
    body: notice.body,
    link: notice.link ?? null,
    premiseId: notice.premiseId ?? null,
    dedupeKey: notice.dedupeKey ?? null,
  });
}
