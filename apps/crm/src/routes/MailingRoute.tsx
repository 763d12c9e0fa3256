import { Alert, Breadcrumb, Card, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useMailing } from '../features/mailings/api';
import { CancelMailingButton, MailingCard } from '../features/mailings/MailingCard';
import { RecipientsTable } from '../features/mailings/RecipientsTable';
import { errorText } from '../shared/errors';
import { useUrlState } from '../shared/use-url-state';

/** A mailing's card: what, to whom, how far it got, and each recipient's status (M-2). */
export function MailingRoute() {
  const { id = '' } = useParams();
  const state = useUrlState();
  const mailing = useMailing(id);
  if (mailing.error) return <Alert type="error" showIcon title={errorText(mailing.error)} />;
  if (!mailing.data) return <Skeleton active />;
  const title = `Рассылка № ${mailing.data.number}`;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/mailings">Рассылки</Link> }, { title }]}
      />
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}: {mailing.data.title}
        </Typography.Title>
        <CancelMailingButton mailing={mailing.data} />
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <MailingCard mailing={mailing.data} />
      </Card>
      <Card title="Получатели">
        <RecipientsTable mailing={mailing.data} state={state} />
      </Card>
    </>
  );
}
