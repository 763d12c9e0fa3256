import { Badge, Space, Tooltip } from 'antd';
import { type ActivityOwner, useActivityCounters } from './api';

/** ACT-3: «Активность» with its open (green) and all (purple) requests beside it. */
export function ActivityLabel({ owner, enabled }: { owner: ActivityOwner; enabled: boolean }) {
  const counters = useActivityCounters(owner, enabled);
  return (
    <Space size={4}>
      Активность
      {counters.data && (
        <>
          <Tooltip title="Открытые заявки: Ожидание, В работе, Приостановлено, Согласование, Требует уточнения">
            <Badge
              count={counters.data.openRequests}
              showZero
              color="green"
              aria-label={`Открытые заявки: ${counters.data.openRequests}`}
              data-testid="activity-open"
            />
          </Tooltip>
          <Tooltip title="Все заявки">
            <Badge
              count={counters.data.requests}
              showZero
              color="purple"
              aria-label={`Все заявки: ${counters.data.requests}`}
              data-testid="activity-total"
            />
          </Tooltip>
        </>
      )}
    </Space>
  );
}
