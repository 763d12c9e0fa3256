import {
  MAILING_CHANNELS,
  MAILING_STATUSES,
  type MailingChannel,
  type MailingListItem,
  type MailingListQuery,
  type MailingStatus,
} from '@domovoy/contract';
import { Alert, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { UrlMultiSelect, UrlSearch } from '../../shared/UrlFilters';
import type { UrlState } from '../../shared/use-url-state';
import { useInitiatorOptions, useMailings } from './api';
import { MailingProgress } from './MailingProgress';
import { MailingStatusTag, RecipientStatusTag } from './StatusTags';

/** The list's search and filters as kept in the URL (M-2). */
export function mailingListQuery(state: UrlState, clientId?: string): MailingListQuery {
  const status = state.getAll('status') as MailingStatus[];
  const channel = state.getAll('channel') as MailingChannel[];
  const initiatorId = state.getAll('initiatorId');
  return {
    search: state.get('search'),
    status: status.length > 0 ? status : undefined,
    channel: channel.length > 0 ? channel : undefined,
    initiatorId: initiatorId.length > 0 ? initiatorId : undefined,
    from: state.get('from'),
    to: state.get('to'),
    clientId,
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** When it went, or is to go. */
const whenText = (m: MailingListItem) =>
  m.status === 'scheduled' ? `на ${formatDateTime(m.sendAt)}` : formatDateTime(m.startedAt ?? m.sendAt);

/**
 * M-2: «Рассылки» — search by title and text, filters by status, type, initiator and period, all in
 * the URL. On a client card (`clientId`) the same list of what was sent to that client, with what
 * became of their own message.
 */
export function MailingsList({ state, clientId }: { state: UrlState; clientId?: string }) {
  const mailings = useMailings(mailingListQuery(state, clientId));
  const initiators = useInitiatorOptions();
  const from = state.get('from');
  const to = state.get('to');
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <UrlSearch state={state} placeholder="Заголовок или текст" label="Поиск рассылок" maxWidth={300} />
        <UrlMultiSelect
          state={state}
          name="status"
          placeholder="Статус"
          minWidth={170}
          options={Object.entries(MAILING_STATUSES).map(([value, label]) => ({ value, label }))}
        />
        <UrlMultiSelect
          state={state}
          name="channel"
          placeholder="Тип"
          minWidth={170}
          options={Object.entries(MAILING_CHANNELS).map(([value, label]) => ({ value, label }))}
        />
        <UrlMultiSelect
          state={state}
          name="initiatorId"
          placeholder="Инициатор"
          minWidth={170}
          options={initiators.options}
          loading={initiators.loading}
        />
        <DatePicker.RangePicker
          format="DD.MM.YYYY"
          aria-label="Период"
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(range) =>
            state.set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </Flex>
      {mailings.error ? (
        <Alert type="error" showIcon title={errorText(mailings.error)} />
      ) : (
        <Table<MailingListItem>
          rowKey="id"
          size="middle"
          loading={mailings.isPending || mailings.isPlaceholderData}
          dataSource={mailings.data?.items}
          locale={{ emptyText: 'Рассылок нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: mailings.data?.total ?? 0,
            showTotal: (n) => `Всего: ${n.toLocaleString('ru-RU')}`,
          }}
          onChange={(p) =>
            state.set({
              page: p.current && p.current > 1 ? p.current : undefined,
              pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : undefined,
            })
          }
          columns={[
            { key: 'number', title: '№', width: 64, render: (_, m) => m.number },
            {
              key: 'status',
              title: 'Статус',
              width: 130,
              render: (_, m) => <MailingStatusTag status={m.status} />,
            },
            { key: 'channel', title: 'Тип', width: 70, render: (_, m) => MAILING_CHANNELS[m.channel] },
            {
              key: 'title',
              title: 'Заголовок и текст',
              render: (_, m) => (
                <Flex vertical>
                  <Link to={`/mailings/${m.id}`}>{m.title}</Link>
                  <Typography.Text type="secondary" ellipsis={{ tooltip: m.text }} style={{ maxWidth: 320 }}>
                    {m.text}
                  </Typography.Text>
                </Flex>
              ),
            },
            ...(clientId
              ? [
                  {
                    key: 'recipient',
                    title: 'Клиенту',
                    width: 170,
                    render: (_: unknown, m: MailingListItem) =>
                      m.recipient ? (
                        <Flex vertical>
                          <span>
                            <RecipientStatusTag status={m.recipient.status} />
                          </span>
                          {m.recipient.reason && (
                            <Typography.Text type="secondary">{m.recipient.reason}</Typography.Text>
                          )}
                        </Flex>
                      ) : (
                        '—'
                      ),
                  },
                ]
              : []),
            { key: 'initiator', title: 'Инициатор', width: 150, render: (_, m) => m.initiator?.name ?? '—' },
            { key: 'when', title: 'Отправка', width: 140, render: (_, m) => whenText(m) },
            {
              key: 'progress',
              title: 'Ход',
              width: 220,
              render: (_, m) => <MailingProgress mailing={m} compact />,
            },
          ]}
        />
      )}
    </>
  );
}
