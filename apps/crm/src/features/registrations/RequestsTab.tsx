import type { RegistrationRequestListItem } from '@domovoy/contract';
import { Alert, Flex, Segmented, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { UrlSearch } from '../../shared/UrlFilters';
import type { UrlState } from '../../shared/use-url-state';
import { useRequests } from './api';

export const REQUEST_STATUS = {
  new: { label: 'Новая', color: 'blue' },
  approved: { label: 'Одобрена', color: 'green' },
  rejected: { label: 'Отклонена', color: 'red' },
} as const;

type Status = keyof typeof REQUEST_STATUS;

/** C-4, AUTH-2: «Заявки на регистрацию» sent from the resident app. */
export function RequestsTab({ state }: { state: UrlState }) {
  const raw = state.get('status');
  const status: Status | undefined = raw === 'all' ? undefined : ((raw as Status | undefined) ?? 'new');
  const requests = useRequests({
    status,
    search: state.get('search'),
    page: state.page,
    pageSize: state.pageSize,
  });
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Segmented
          value={raw ?? 'new'}
          onChange={(value) => state.set({ status: value === 'new' ? undefined : value })}
          options={[
            { value: 'new', label: 'Новые' },
            { value: 'approved', label: 'Одобренные' },
            { value: 'rejected', label: 'Отклонённые' },
            { value: 'all', label: 'Все' },
          ]}
        />
        <UrlSearch state={state} placeholder="ФИО или телефон" label="Поиск заявок" maxWidth={null} />
      </Flex>
      {requests.error ? (
        <Alert type="error" showIcon title={errorText(requests.error)} />
      ) : (
        <Table<RegistrationRequestListItem>
          rowKey="id"
          size="middle"
          loading={requests.isFetching}
          dataSource={requests.data?.items}
          locale={{ emptyText: 'Заявок нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: requests.data?.total ?? 0,
            showTotal: (n) => `Всего: ${n}`,
          }}
          onChange={(p) => state.set({ page: p.current && p.current > 1 ? p.current : undefined })}
          columns={[
            { key: 'created', title: 'Получена', width: 150, render: (_, r) => formatDateTime(r.createdAt) },
            {
              key: 'name',
              title: 'ФИО',
              render: (_, r) => <Link to={`/registration-requests/${r.id}`}>{r.fullName}</Link>,
            },
            { key: 'phone', title: 'Телефон', width: 170, dataIndex: 'phone' },
            { key: 'address', title: 'Адрес из заявки', dataIndex: 'addressText' },
            { key: 'premise', title: 'Помещение', render: (_, r) => r.premiseAddress ?? '—' },
            {
              key: 'status',
              title: 'Статус',
              width: 120,
              render: (_, r) => (
                <Tag color={REQUEST_STATUS[r.status].color}>{REQUEST_STATUS[r.status].label}</Tag>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
