import type { ResidentNotificationItem } from '@domovoy/contract';
import type { NotificationRow } from './resident-notifications.repository';

export function mapNotification(row: NotificationRow): ResidentNotificationItem {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    premiseId: row.premiseId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
