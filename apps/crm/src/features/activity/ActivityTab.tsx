import {
  ACTIVITY_KIND_NAMES,
  ACTIVITY_KINDS,
  type ActivityItem,
  formatRequestNumber,
  SERVICE_REQUEST_STATUS_CODES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { Alert, Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { type ActivityFilters, type ActivityOwner, useActivityFeed } from './api';
import { CallModal, type Choice } from './CallModal';

const kindOptions = ACTIVITY_KIND_NAMES.map((kind) => ({ value: kind, label: ACTIVITY_KINDS[kind] }));
const statusOptions = SERVICE_REQUEST_STATUS_CODES.map((status) => ({
  value: status,
  label: SERVICE_REQUEST_STATUSES[status].label,
}));

function statusOf(item: ActivityItem, renderRequestStatus: (status: ServiceRequestStatus) => ReactNode) {
  if (!item.status) return '—';
  return item.kind === 'request' ? (
    renderRequestStatus(item.status as ServiceRequestStatus)
  ) : (
    <Tag>{item.status}</Tag>
  );
}

/**
 * ACT-1..ACT-4: the card's actions newest first, with search by subject, filters by type, by the
 * other side (a premise's clients, a client's premises) and by request status, «Загрузить ещё»,
 * and the card's actions: create a request and enter readings (given by the route), log a call.
 */
export function ActivityTab({
  owner,
  others,
  actions,
  renderRequestStatus,
}: {
  owner: ActivityOwner;
  /** The premise's clients (on a premise card) or the client's premises (on a client card). */
  others: Choice[];
  actions?: ReactNode;
  renderRequestStatus: (status: ServiceRequestStatus) => ReactNode;
}) {
  const can = useCan();
  const [filters, setFilters] = useState<ActivityFilters>({});
  const [calling, setCalling] = useState(false);
  const feed = useActivityFeed(owner, filters);
  const onPremise = owner.kind === 'premise';
  const otherLabel = onPremise ? 'Клиент' : 'Помещение';
  const set = (patch: ActivityFilters) => setFilters((current) => ({ ...current, ...patch }));
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {actions}
        {can('clients.activity') && <Button onClick={() => setCalling(true)}>Записать звонок</Button>}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="Поиск по теме"
          aria-label="Поиск по теме"
          style={{ width: 260 }}
          onSearch={(value) => set({ search: value.trim() || undefined })}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label="Тип"
          placeholder="Тип"
          style={{ minWidth: 200 }}
          options={kindOptions}
          optionFilterProp="label"
          value={filters.kind ?? []}
          onChange={(kind) => set({ kind: kind.length ? kind : undefined })}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={otherLabel}
          placeholder={otherLabel}
          style={{ minWidth: 220 }}
          options={others}
          optionFilterProp="label"
          value={(onPremise ? filters.clientId : filters.premiseId) ?? []}
          onChange={(ids) =>
            set(
              onPremise
                ? { clientId: ids.length ? ids : undefined }
                : { premiseId: ids.length ? ids : undefined },
            )
          }
        />
        <Select
          mode="multiple"
          allowClear
          aria-label="Статус заявки"
          placeholder="Статус заявки"
          style={{ minWidth: 200 }}
          options={statusOptions}
          optionFilterProp="label"
          value={filters.status ?? []}
          onChange={(status) => set({ status: status.length ? status : undefined })}
        />
      </Flex>
      {feed.error && (
        <Alert type="error" showIcon title={errorText(feed.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<ActivityItem>
        rowKey="id"
        size="small"
        loading={feed.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: 'Действий нет' }}
        columns={[
          { key: 'status', title: 'Статус', render: (_, item) => statusOf(item, renderRequestStatus) },
          {
            key: 'number',
            title: 'Номер',
            render: (_, item) => (item.number === null ? '—' : formatRequestNumber(item.number)),
          },
          {
            key: 'kind',
            title: 'Тип',
            render: (_, item) => (
              <>
                {ACTIVITY_KINDS[item.kind]}
                {item.requestType && (
                  <Typography.Text type="secondary">{` · ${item.requestType}`}</Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'subject',
            title: 'Тема',
            render: (_, item) => (
              <>
                {item.kind === 'request' && can('requests.view') ? (
                  <Link to={`/requests/${item.id}`}>{item.subject}</Link>
                ) : (
                  item.subject
                )}
                {(item.result || item.clientName) && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {[item.result && `Результат: ${item.result}`, item.clientName]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { key: 'address', title: 'Адрес', render: (_, item) => item.premiseAddress ?? '—' },
          { key: 'created', title: 'Создано', render: (_, item) => formatDateTime(item.occurredAt) },
          { key: 'updated', title: 'Обновлено', render: (_, item) => formatDateTime(item.updatedAt) },
        ]}
      />
      {feed.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => feed.fetchNextPage()} loading={feed.isFetchingNextPage}>
            Загрузить ещё
          </Button>
        </Flex>
      )}
      {calling && (
        <CallModal
          owner={onPremise ? { premiseId: owner.id } : { clientId: owner.id }}
          others={others}
          otherLabel={otherLabel}
          onClose={() => setCalling(false)}
        />
      )}
    </>
  );
}
