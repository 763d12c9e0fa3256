import { NoticeBar } from 'antd-mobile';
import { useOnline } from './use-online';

/** Offline the app shows the last data the service worker kept, and says so. */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div role="status">
      <NoticeBar color="alert" content="Нет сети — показаны последние данные" />
    </div>
  );
}
