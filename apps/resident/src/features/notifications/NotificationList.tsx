import { Badge, List } from 'antd-mobile';
import { ErrorBlock } from '../../shared/ErrorBlock';
import type { ResidentNotificationItem } from '../../shared/resident-types';

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

type Props = {
  items: readonly ResidentNotificationItem[];
  /** Those unread when the screen opened: still marked so while it is shown. */
  unreadIds: ReadonlySet<string>;
  /** Whether a tap leads somewhere (a link to a screen this build has). */
  canOpen(item: ResidentNotificationItem): boolean;
  onOpen(item: ResidentNotificationItem): void;
};

/** APP-1 «Уведомления»: newest first; unread ones carry a dot; one with a link leads there. */
export function NotificationList({ items, unreadIds, canOpen, onOpen }: Props) {
  if (items.length === 0) return <ErrorBlock status="empty" title="Уведомлений пока нет" description="" />;
  return (
    <section aria-label="Уведомления">
      <List>
        {items.map((item) => {
          const unread = unreadIds.has(item.id);
          return (
            <List.Item
              key={item.id}
              className={unread ? 'notification notification-unread' : 'notification'}
              prefix={unread ? <Badge content={Badge.dot} aria-label="Новое" /> : null}
              description={
                <>
                  <div>{item.body}</div>
                  <div className="hint">{dateTime.format(new Date(item.createdAt))}</div>
                </>
              }
              onClick={canOpen(item) ? () => onOpen(item) : undefined}
              arrowIcon={canOpen(item) ? undefined : false}
            >
              {item.title}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
