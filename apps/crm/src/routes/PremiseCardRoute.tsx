import { Alert, Breadcrumb, Card, Skeleton, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ActivityLabel } from '../features/activity/ActivityLabel';
import { ActivityTab } from '../features/activity/ActivityTab';
import { usePremiseLinks } from '../features/links/api';
import { PremiseClientsTab } from '../features/links/PremiseClientsTab';
import { EnterReadingSelect } from '../features/meters/EnterReadingSelect';
import { MetersTab } from '../features/meters/MetersTab';
import { AccountsTab } from '../features/premises/AccountsTab';
import { usePremise, usePremiseHistory } from '../features/premises/api';
import { DocumentsTab } from '../features/premises/DocumentsTab';
import { PremiseGeneralTab } from '../features/premises/PremiseGeneralTab';
import { useRecordVisit } from '../features/search/recent-cards';
import { CreateRequestButton } from '../features/service-requests/CreateRequestButton';
import { StatusTag } from '../features/service-requests/StatusTag';
import { errorText } from '../shared/errors';
import { HistoryTable } from '../shared/HistoryTable';
import { knownTab } from '../shared/known-tab';
import { useCan } from '../shared/session';

function PremiseHistory({ premiseId }: { premiseId: string }) {
  const history = usePremiseHistory(premiseId);
  return <HistoryTable entries={history.data} loading={history.isPending} error={history.error} />;
}

export function PremiseCardRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const premise = usePremise(id);
  const links = usePremiseLinks(id);
  const tab = params.get('tab') ?? 'general';
  const can = useCan();
  const seesActivity = can('clients.activity');
  useRecordVisit('premise', id, premise.data?.fullAddress);

  if (premise.error) return <Alert type="error" showIcon title={errorText(premise.error)} />;
  if (!premise.data) return <Skeleton active />;
  const p = premise.data;
  const tabs = [
    {
      key: 'general',
      label: 'Общие сведения',
      children: (
        <PremiseGeneralTab
          premise={p}
          linkCount={links.data?.length}
          onDeleted={() => navigate('/premises', { replace: true })}
        />
      ),
    },
    {
      key: 'clients',
      label: `Клиенты${links.data ? ` (${links.data.length})` : ''}`,
      children: <PremiseClientsTab premiseId={id} />,
    },
    { key: 'accounts', label: 'Лицевые счета', children: <AccountsTab premiseId={id} /> },
    { key: 'meters', label: 'Счётчики', children: <MetersTab premiseId={id} /> },
    { key: 'documents', label: 'Документы', children: <DocumentsTab premiseId={id} /> },
    ...(seesActivity
      ? [
          {
            key: 'activity',
            label: <ActivityLabel owner={{ kind: 'premise', id }} enabled={seesActivity} />,
            children: (
              <ActivityTab
                owner={{ kind: 'premise', id }}
                others={(links.data ?? []).map((link) => ({
                  value: link.clientId,
                  label: link.clientName,
                }))}
                renderRequestStatus={(status) => <StatusTag status={status} />}
                actions={<EnterReadingSelect premiseId={id} />}
              />
            ),
          },
        ]
      : []),
    { key: 'history', label: 'История', children: <PremiseHistory premiseId={id} /> },
  ];
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/premises">Помещения</Link> }, { title: p.fullAddress }]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {p.fullAddress}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {p.typeLabel} · {p.objectName}
      </Typography.Paragraph>
      <CreateRequestButton
        prefill={{ premiseId: p.id, premiseLabel: `${p.fullAddress} · ${p.objectName}` }}
      />
      <Card>
        <Tabs
          activeKey={knownTab(tabs, tab)}
          onChange={(key) => setParams(key === 'general' ? {} : { tab: key })}
          destroyOnHidden
          items={tabs}
        />
      </Card>
    </>
  );
}
