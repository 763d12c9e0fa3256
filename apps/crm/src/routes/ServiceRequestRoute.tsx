import { formatRequestNumber } from '@domovoy/contract';
import { Alert, Breadcrumb, Card, Skeleton, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { requestVisitTitle, useRecordVisit } from '../features/search/recent-cards';
import { useServiceRequest, useServiceRequestHistory } from '../features/service-requests/api';
import { RequestCard } from '../features/service-requests/RequestCard';
import { RequestComments, RequestPhotos } from '../features/service-requests/RequestComments';
import { errorText } from '../shared/errors';
import { HistoryTable } from '../shared/HistoryTable';
import { knownTab } from '../shared/known-tab';

function RequestHistory({ requestId }: { requestId: string }) {
  const history = useServiceRequestHistory(requestId);
  return <HistoryTable entries={history.data} loading={history.isPending} error={history.error} />;
}

/** The request's card: fields and status, comments, photos, history. */
export function ServiceRequestRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const request = useServiceRequest(id);
  useRecordVisit('request', id, request.data && requestVisitTitle(request.data));
  if (request.error) return <Alert type="error" showIcon title={errorText(request.error)} />;
  if (!request.data) return <Skeleton active />;
  const title = `Заявка ${formatRequestNumber(request.data.number)}`;
  const tabs = [
    { key: 'request', label: 'Заявка', children: <RequestCard request={request.data} /> },
    {
      key: 'comments',
      label: `Комментарии (${request.data.comments.length})`,
      children: <RequestComments request={request.data} />,
    },
    {
      key: 'photos',
      label: `Фото (${request.data.photos.length})`,
      children: <RequestPhotos request={request.data} />,
    },
    { key: 'history', label: 'История', children: <RequestHistory requestId={id} /> },
  ];
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/requests">Заявки</Link> }, { title }]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {title}: {request.data.subject}
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={knownTab(tabs, params.get('tab'))}
          onChange={(tab) => setParams({ tab }, { replace: true })}
          destroyOnHidden
          items={tabs}
        />
      </Card>
    </>
  );
}
