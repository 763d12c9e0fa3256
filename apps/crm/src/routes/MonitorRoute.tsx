import { Typography } from 'antd';
import { MonitorPanel } from '../features/monitor/MonitorPanel';
import { useUrlState } from '../shared/use-url-state';

/** «Медиа сервисы → Монитор»: the monitor of key metrics (M-3); its chart library loads with this screen only. */
export function MonitorRoute() {
  const state = useUrlState();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Монитор основных метрик
      </Typography.Title>
      <MonitorPanel state={state} />
    </>
  );
}
