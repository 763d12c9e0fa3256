import {
  formatRequestNumber,
  SERVICE_REQUEST_STATUS_CODES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestListItem,
} from '@domovoy/contract';
import { Alert, DatePicker, Flex, Table } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useObjects } from '../../shared/lookups';
import { UrlMultiSelect, UrlSearch } from '../../shared/UrlFilters';
import type { UrlState } from '../../shared/use-url-state';
import { useAssignees, useRequestTypes, useServiceRequests } from './api';
import { requestFilterQuery } from './list-query';
import { StatusTag } from './StatusTag';

/** Issue 13: «Заявки» — search by number or subject, filters kept in the URL, newest first. */
export function ServiceRequestsList({ state }: { state: UrlState }) {
  const types = useRequestTypes(true);
  const objects = useObjects();
  const assignees = useAssignees();
  const from = state.get('createdFrom');
  const to = state.get('createdTo');
  const requests = useServiceRequests({
    ...requestFilterQuery(state),
    page: state.page,
    pageSize: state.pageSize,
  });
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <UrlSearch state={state} placeholder="Номер или тема" label="Поиск заявок" />
        <UrlMultiSelect
          state={state}
          name="status"
          placeholder="Статус"
          options={SERVICE_REQUEST_STATUS_CODES.map((s) => ({
            value: s,
            label: SERVICE_REQUEST_STATUSES[s].label,
          }))}
        />
        <UrlMultiSelect
          state={state}
          name="typeId"
          placeholder="Тип"
          options={types.data?.map((t) => ({ value: t.id, label: t.name }))}
        />
        <UrlMultiSelect
          state={state}
          name="objectId"
          placeholder="Объект"
          options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
        />
        <UrlMultiSelect
          state={state}
          name="assigneeId"
          placeholder="Исполнитель"
          options={assignees.data?.map((s) => ({ value: s.id, label: s.name }))}
        />
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          aria-label="Период"
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) =>
            state.set({
              createdFrom: range?.[0]?.format('YYYY-MM-DD'),
              createdTo: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
        />
      </Flex>
      {requests.error ? (
        <Alert type="error" showIcon title={errorText(requests.error)} />
      ) : (
        <Table<ServiceRequestListItem>
          rowKey="id"
          size="middle"
          loading={requests.isFetching}
          dataSource={requests.data?.items}
          locale={{ emptyText: 'Заявок нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: requests.data?.total ?? 0,
            showTotal: (n) => `Всего: ${n.toLocaleString('ru-RU')}${requests.data?.totalCapped ? '+' : ''}`,
          }}
          onChange={(p) =>
            state.set({
              page: p.current && p.current > 1 ? p.current : undefined,
              pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : undefined,
            })
          }
          columns={[
            { key: 'status', title: 'Статус', width: 160, render: (_, r) => <StatusTag status={r.status} /> },
            { key: 'number', title: 'Номер', width: 100, render: (_, r) => formatRequestNumber(r.number) },
            { key: 'type', title: 'Тип', width: 150, render: (_, r) => r.type.name },
            {
              key: 'subject',
              title: 'Тема',
              render: (_, r) => <Link to={`/requests/${r.id}`}>{r.subject}</Link>,
            },
            {
              key: 'address',
              title: 'Адрес',
              render: (_, r) => (r.premiseAddress ? `${r.premiseAddress} · ${r.objectName ?? ''}` : '—'),
            },
            { key: 'client', title: 'Клиент', render: (_, r) => r.clientName ?? '—' },
            { key: 'assignee', title: 'Исполнитель', render: (_, r) => r.assignee?.name ?? '—' },
            { key: 'created', title: 'Создана', width: 150, render: (_, r) => formatDateTime(r.createdAt) },
            { key: 'updated', title: 'Изменена', width: 150, render: (_, r) => formatDateTime(r.updatedAt) },
          ]}
        />
      )}
    </>
  );
}
