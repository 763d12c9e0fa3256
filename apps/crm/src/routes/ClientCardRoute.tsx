import type { ClientPremiseRef } from '@domovoy/contract';
import { Alert, Breadcrumb, Card, Flex, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActivityLabel } from '../features/activity/ActivityLabel';
import { ActivityTab } from '../features/activity/ActivityTab';
import { NotificationsTab } from '../features/client-sessions/NotificationsTab';
import { useClient, useClientHistory } from '../features/clients/api';
import { ClientGeneralTab } from '../features/clients/ClientGeneralTab';
import { ClientPhoto } from '../features/clients/ClientPhoto';
import { ExternalIdsTab } from '../features/clients/ExternalIdsTab';
import { ClientPremisesTab } from '../features/links/ClientPremisesTab';
import { ClientMailingsTab } from '../features/mailings/ClientMailingsTab';
import { MailingButton } from '../features/mailings/MailingButton';
import { EnterReadingSelect } from '../features/meters/EnterReadingSelect';
import { useRecordVisit } from '../features/search/recent-cards';
import { CreateRequestButton } from '../features/service-requests/CreateRequestButton';
import { StatusTag } from '../features/service-requests/StatusTag';
import { errorText } from '../shared/errors';
import { HistoryTable } from '../shared/HistoryTable';
import { knownTab } from '../shared/known-tab';
import { useCan } from '../shared/session';

function ClientHistory({ clientId }: { clientId: string }) {
  const history = useClientHistory(clientId);
  return <HistoryTable entries={history.data} loading={history.isPending} error={history.error} />;
}

/**
 * ACT-4 on a client card: readings are entered on a premise's meters — the client's premise is
 * chosen first (at once when there is one), then the meter, and the reading is entered right here.
 */
function ReadingsOfPremise({ premises }: { premises: ClientPremiseRef[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const premiseId = premises.length === 1 ? (premises[0]?.premiseId ?? null) : chosen;
  if (premises.length === 0) return null;
  return (
    <Space wrap>
      {premises.length > 1 && (
        <Select
          aria-label="Помещение для показаний"
          placeholder="Показания: помещение…"
          style={{ minWidth: 260 }}
          value={chosen}
          options={premises.map((p) => ({ value: p.premiseId, label: p.fullAddress }))}
          onChange={setChosen}
        />
      )}
      {premiseId && <EnterReadingSelect key={premiseId} premiseId={premiseId} />}
    </Space>
  );
}

export function ClientCardRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const client = useClient(id);
  const can = useCan();
  const seesActivity = can('clients.activity');
  useRecordVisit('client', id, client.data?.fullName);
  if (client.error) return <Alert type="error" showIcon title={errorText(client.error)} />;
  if (!client.data) return <Skeleton active />;
  const c = client.data;
  const tabs = [
    { key: 'general', label: 'Общие сведения', children: <ClientGeneralTab client={c} /> },
    {
      key: 'premises',
      label: `Помещения (${c.premises.length})`,
      children: <ClientPremisesTab clientId={c.id} />,
    },
    ...(seesActivity
      ? [
          {
            key: 'activity',
            label: <ActivityLabel owner={{ kind: 'client', id: c.id }} enabled={seesActivity} />,
            children: (
              <ActivityTab
                owner={{ kind: 'client', id: c.id }}
                others={c.premises.map((p) => ({ value: p.premiseId, label: p.fullAddress }))}
                renderRequestStatus={(status) => <StatusTag status={status} />}
                actions={<ReadingsOfPremise premises={c.premises} />}
              />
            ),
          },
        ]
      : []),
    { key: 'other', label: 'Прочее', children: <ExternalIdsTab client={c} /> },
    { key: 'notifications', label: 'Информирование', children: <NotificationsTab clientId={c.id} /> },
    ...(can('mailings.view')
      ? [{ key: 'mailings', label: 'Рассылки', children: <ClientMailingsTab clientId={c.id} /> }]
      : []),
    { key: 'history', label: 'История', children: <ClientHistory clientId={c.id} /> },
  ];
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/clients">Клиенты</Link> }, { title: c.fullName }]}
      />
      <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
        <ClientPhoto client={c} />
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {c.fullName}
            {c.status === 'blocked' && (
              <Tag color="red" style={{ marginLeft: 12, verticalAlign: 'middle' }}>
                Заблокирован
              </Tag>
            )}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {c.phone ?? 'без телефона'} · {c.hasApp ? 'был(а) в ЛК' : 'ни разу не был(а) в ЛК'}
          </Typography.Paragraph>
        </div>
      </Flex>
      <Space>
        <CreateRequestButton
          prefill={{ clientId: c.id, clientLabel: c.phone ? `${c.fullName} · ${c.phone}` : c.fullName }}
        />
        <MailingButton
          audience={{ source: 'client', clientId: c.id }}
          audienceText={c.fullName}
          style={{ marginBottom: 16 }}
        />
      </Space>
      <Card>
        <Tabs
          activeKey={knownTab(tabs, params.get('tab'))}
          onChange={(key) => setParams(key === 'general' ? {} : { tab: key })}
          destroyOnHidden
          items={tabs}
        />
      </Card>
    </>
  );
}
