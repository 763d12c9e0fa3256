import { MAILING_CHANNELS, type Mailing } from '@domovoy/contract';
import { App, Button, Descriptions } from 'antd';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { byId } from '../../shared/filter-lines';
import { formatDateTime } from '../../shared/format';
import { useObjectGroups, useObjects, useQuarters } from '../../shared/lookups';
import { useCan } from '../../shared/session';
import { useCancelMailing } from './api';
import { audienceLines } from './audience-summary';
import { MailingProgress } from './MailingProgress';
import { MailingStatusTag } from './StatusTags';

/** «Кому»: the list and its conditions, or the one client of a card. */
function Audience({ mailing }: { mailing: Mailing }) {
  const objects = useObjects();
  const groups = useObjectGroups();
  const quarters = useQuarters();
  const lines = audienceLines(mailing.source, mailing.filter, {
    objects: byId(objects.data),
    groups: byId(groups.data),
    quarters: byId(quarters.data),
  });
  const clientId = mailing.source === 'client' ? mailing.filter.clientId : undefined;
  return (
    <div data-testid="mailing-audience">
      {lines.map((line) => (
        <div key={line.label}>
          {line.label}: {line.value}
        </div>
      ))}
      {typeof clientId === 'string' && <Link to={`/clients/${clientId}`}>Карточка клиента</Link>}
    </div>
  );
}

/** «Отменить»: what is not sent yet is not sent (the rest is marked skipped by the server). */
export function CancelMailingButton({ mailing }: { mailing: Mailing }) {
  const can = useCan();
  const { modal, message } = App.useApp();
  const cancel = useCancelMailing(mailing.id);
  if (!can('mailings.create') || (mailing.status !== 'scheduled' && mailing.status !== 'sending'))
    return null;
  return (
    <Button
      danger
      loading={cancel.isPending}
      onClick={() =>
        modal.confirm({
          title: 'Отменить рассылку?',
          content:
            mailing.status === 'sending'
              ? 'Уже отправленные сообщения останутся у получателей, остальные не уйдут.'
              : 'Рассылка не будет отправлена.',
          okText: 'Отменить рассылку',
          okButtonProps: { danger: true },
          cancelText: 'Не отменять',
          onOk: () =>
            cancel.mutateAsync().then(
              () => message.success('Рассылка отменена'),
              (e: unknown) => message.error(errorText(e)),
            ),
        })
      }
    >
      Отменить
    </Button>
  );
}

/** M-2: the mailing's title, text, channel, status, initiator, times, «Кому» and its counts. */
export function MailingCard({ mailing }: { mailing: Mailing }) {
  return (
    <Descriptions
      column={2}
      size="small"
      bordered
      items={[
        { key: 'status', label: 'Статус', children: <MailingStatusTag status={mailing.status} /> },
        { key: 'channel', label: 'Тип', children: MAILING_CHANNELS[mailing.channel] },
        { key: 'title', label: 'Заголовок', span: 2, children: mailing.title },
        {
          key: 'text',
          label: 'Текст',
          span: 2,
          children: <div style={{ whiteSpace: 'pre-wrap' }}>{mailing.text}</div>,
        },
        { key: 'initiator', label: 'Инициатор', children: mailing.initiator?.name ?? '—' },
        { key: 'created', label: 'Создана', children: formatDateTime(mailing.createdAt) },
        { key: 'sendAt', label: 'Отправить', children: formatDateTime(mailing.sendAt) },
        {
          key: 'times',
          label: 'Начата · закончена',
          children: `${formatDateTime(mailing.startedAt)} · ${formatDateTime(mailing.finishedAt)}`,
        },
        { key: 'audience', label: 'Кому', span: 2, children: <Audience mailing={mailing} /> },
        { key: 'counts', label: 'Сообщения', span: 2, children: <MailingProgress mailing={mailing} /> },
      ]}
    />
  );
}
