import { Alert, Breadcrumb, Card, Skeleton, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useRequest, useRequestHistory } from '../features/registrations/api';
import { RequestCard } from '../features/registrations/RequestCard';
import { errorText } from '../shared/errors';
import { HistoryTable } from '../shared/HistoryTable';

function RequestHistory({ requestId }: { requestId: string }) {
  const history = useRequestHistory(requestId);
  return <HistoryTable entries={history.data} loading={history.isPending} error={history.error} />;
}

export function RegistrationRequestRoute() {
  const { id = '' } = useParams();
  const request = useRequest(id);
  if (request.error) return <Alert type="error" showIcon title={errorText(request.error)} />;
  if (!request.data) return <Skeleton active />;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/clients?tab=requests">Заявки на регистрацию</Link> },
          { title: request.data.fullName },
        ]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Заявка на регистрацию: {request.data.fullName}
      </Typography.Title>
      <Card>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'request', label: 'Заявка', children: <RequestCard request={request.data} /> },
            { key: 'history', label: 'История', children: <RequestHistory requestId={id} /> },
          ]}
        />
      </Card>
    </>
  );
}
