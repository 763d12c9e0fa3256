import { Card, Typography } from 'antd';
import { MailingsList } from '../features/mailings/MailingsList';
import { useUrlState } from '../shared/use-url-state';

/** «Медиа сервисы → Рассылки» (M-2). */
export function MailingsRoute() {
  const state = useUrlState();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Рассылки
      </Typography.Title>
      <Card>
        <MailingsList state={state} />
      </Card>
    </>
  );
}
