import { SMS_PURPOSES, SMS_STATUSES, type SmsMessage, type SmsStatus } from '@domovoy/contract';
import { Alert, Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useSmsMessages } from './api';

const STATUS_COLORS: Record<SmsStatus, string> = { queued: 'processing', sent: 'success', failed: 'error' };
const PROVIDERS: Record<string, string> = { outbox: 'не отправлялось (outbox)', smsru: 'SMS.ru' };

/**
 * Issue 11: «Настройки → SMS» — every SMS the organisation sent, newest first. With the default
 * provider nothing leaves the server and the text is read here (a demo resident's sign-in code).
 */
export function SmsOutboxTab() {
  const can = useCan();
  const allowed = can('settings.manage');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const messages = useSmsMessages(page, pageSize, allowed);
  if (!allowed) return <Alert type="info" showIcon title="SMS видит только роль с правом на настройки" />;
  if (messages.error) return <Alert type="error" showIcon title={errorText(messages.error)} />;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          Коды входа и другие SMS жителям. Провайдер «outbox» — сообщение не покидало сервер (так работает
          демо): текст можно прочитать здесь.
        </Typography.Text>
        <Button onClick={() => messages.refetch()} loading={messages.isFetching}>
          Обновить
        </Button>
      </Flex>
      <Table<SmsMessage>
        rowKey="id"
        size="middle"
        loading={messages.isPending}
        dataSource={messages.data?.items}
        locale={{ emptyText: 'SMS ещё не отправлялись' }}
        pagination={{
          current: page,
          pageSize,
          total: messages.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => `Всего: ${n}`,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { key: 'created', title: 'Время', width: 130, render: (_, m) => formatDateTime(m.createdAt) },
          { key: 'phone', title: 'Получатель', width: 140, dataIndex: 'phone' },
          {
            key: 'text',
            title: 'Текст',
            render: (_, m) => (
              <>
                <Typography.Text>{m.text}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{SMS_PURPOSES[m.purpose] ?? m.purpose}</Typography.Text>
              </>
            ),
          },
          {
            key: 'status',
            title: 'Статус',
            width: 130,
            render: (_, m) => (
              <>
                <Tag color={STATUS_COLORS[m.status]}>{SMS_STATUSES[m.status]}</Tag>
                {m.sentAt && <div>{formatDateTime(m.sentAt)}</div>}
              </>
            ),
          },
          {
            key: 'provider',
            title: 'Провайдер',
            width: 140,
            render: (_, m) => (
              <Tooltip title={m.providerMessageId ? `ID у провайдера: ${m.providerMessageId}` : undefined}>
                <span>{m.provider ? (PROVIDERS[m.provider] ?? m.provider) : '—'}</span>
              </Tooltip>
            ),
          },
          { key: 'attempts', title: 'Попыток', width: 80, dataIndex: 'attempts' },
          {
            key: 'error',
            title: 'Последняя ошибка',
            render: (_, m) =>
              m.lastError ? <Typography.Text type="danger">{m.lastError}</Typography.Text> : '—',
          },
        ]}
      />
    </>
  );
}
