import { Badge } from 'antd';
import { useClientCounters } from './api';

/**
 * AUTH-2: the number of registration requests waiting for staff, next to «Клиенты» in the menu
 * and on the «Заявки на регистрацию» tab; nothing when there are none.
 */
export function NewRequestsBadge() {
  const counters = useClientCounters();
  const count = counters.data?.newRequests ?? 0;
  return (
    <Badge
      count={count}
      overflowCount={999}
      size="small"
      title={`Новых заявок на регистрацию: ${count}`}
      style={{ marginInlineStart: 8 }}
    />
  );
}
