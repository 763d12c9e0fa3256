import {
  type Mailing,
  type MailingRecipient,
  RECIPIENT_STATUSES,
  type RecipientStatus,
} from '@domovoy/contract';
import { Alert, Flex, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import type { UrlState } from '../../shared/use-url-state';
import { isInProgress, useMailingRecipients } from './api';
import { RecipientStatusTag } from './StatusTags';

/** M-2: who the mailing went to and what became of each message, filtered by status. */
export function RecipientsTable({ mailing, state }: { mailing: Mailing; state: UrlState }) {
  const status = state.getAll('status') as RecipientStatus[];
  const recipients = useMailingRecipients(mailing, {
    status: status.length > 0 ? status : undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder="Статус сообщения"
          aria-label="Статус сообщения"
          value={status}
          showSearch={{ optionFilterProp: 'label' }}
          options={Object.entries(RECIPIENT_STATUSES).map(([value, label]) => ({ value, label }))}
          onChange={(values: string[]) => state.set({ status: values })}
        />
      </Flex>
      {recipients.error ? (
        <Alert type="error" showIcon title={errorText(recipients.error)} />
      ) : (
        <Table<MailingRecipient>
          rowKey="clientId"
          size="middle"
          loading={recipients.isPending || (recipients.isPlaceholderData && !isInProgress(mailing))}
          dataSource={recipients.data?.items}
          locale={{ emptyText: 'Получателей нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: recipients.data?.total ?? 0,
            showTotal: (n) => `Всего: ${n.toLocaleString('ru-RU')}`,
          }}
          onChange={(p) =>
            state.set({
              page: p.current && p.current > 1 ? p.current : undefined,
              pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : undefined,
            })
          }
          columns={[
            {
              key: 'client',
              title: 'Клиент',
              render: (_, r) => <Link to={`/clients/${r.clientId}`}>{r.clientName}</Link>,
            },
            { key: 'phone', title: 'Телефон', width: 170, render: (_, r) => r.phone ?? '—' },
            {
              key: 'status',
              title: 'Статус',
              width: 140,
              render: (_, r) => <RecipientStatusTag status={r.status} />,
            },
            {
              key: 'reason',
              title: 'Причина',
              render: (_, r) =>
                r.reason ? <Typography.Text type="secondary">{r.reason}</Typography.Text> : '—',
            },
            { key: 'updated', title: 'Изменено', width: 150, render: (_, r) => formatDateTime(r.updatedAt) },
          ]}
        />
      )}
    </>
  );
}
