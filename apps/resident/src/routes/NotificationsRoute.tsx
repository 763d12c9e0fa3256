import { Button } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMarkRead, useNotifications } from '../features/notifications/api';
import { NotificationList } from '../features/notifications/NotificationList';
import { leadsSomewhere } from '../features/notifications/notification-link';
import { LoadFailed } from '../shared/LoadFailed';
import { Loading } from '../shared/Loading';
import { Screen } from '../shared/Screen';

/** APP-1 «Уведомления»: opening the screen marks what it shows read. */
export function NotificationsRoute() {
  const navigate = useNavigate();
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const [unreadIds, setUnreadIds] = useState<ReadonlySet<string> | null>(null);
  const marked = useRef(false);
  const items = notifications.data?.items;
  const { mutate } = markRead;

  // Once per opening: what was unread stays marked on screen while the server records it read.
  useEffect(() => {
    if (!items || marked.current) return;
    marked.current = true;
    const unread = items.filter((item) => !item.readAt).map((item) => item.id);
    setUnreadIds(new Set(unread));
    if (unread.length > 0) mutate(unread);
  }, [items, mutate]);

  return (
    <Screen
      title="Уведомления"
      back="/profile"
      right={
        <Button fill="none" size="small" color="primary" onClick={() => navigate('/notifications/settings')}>
          Настройки
        </Button>
      }
    >
      {items ? (
        <NotificationList
          items={items}
          unreadIds={unreadIds ?? new Set()}
          canOpen={(item) => leadsSomewhere(item.link)}
          onOpen={(item) => {
            if (leadsSomewhere(item.link)) navigate(item.link);
          }}
        />
      ) : notifications.isError ? (
        <LoadFailed error={notifications.error} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
