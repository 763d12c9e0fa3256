import type { MailingListItem } from '@domovoy/contract';
import { Flex, Progress, Typography } from 'antd';

type Props = { mailing: Pick<MailingListItem, 'status' | 'recipientsTotal' | 'counts'> };

/** How many of the recipients are done with, out of all: the bar fills as the queue empties. */
export function progressPercent({ recipientsTotal, counts }: Props['mailing']) {
  if (recipientsTotal === 0) return 100;
  return Math.floor(((recipientsTotal - counts.queued) * 100) / recipientsTotal);
}

const n = (value: number) => value.toLocaleString('ru-RU');

/** «Отправлено 5 · Доставлено 3 · Ошибка 1 · Пропущено 2 из 11»; `compact` names only what is not zero. */
export function countsText({ recipientsTotal, counts }: Props['mailing'], compact = false) {
  const parts = [
    ['Отправлено', counts.sent],
    ['Доставлено', counts.delivered],
    ['Ошибка', counts.failed],
    ['Пропущено', counts.skipped],
  ] as const;
  const shown = compact ? parts.filter(([, value]) => value > 0) : parts;
  if (shown.length === 0) return `В очереди ${n(counts.queued)} из ${n(recipientsTotal)}`;
  return `${shown.map(([label, value]) => `${label} ${n(value)}`).join(' · ')} из ${n(recipientsTotal)}`;
}

/** M-2: the mailing's counts, and a moving bar while it is being sent. */
export function MailingProgress({ mailing, compact = false }: Props & { compact?: boolean }) {
  return (
    <Flex vertical gap={2} data-testid="mailing-progress">
      <Typography.Text>{countsText(mailing, compact)}</Typography.Text>
      {mailing.status === 'sending' && (
        <Progress
          aria-label="Ход отправки"
          percent={progressPercent(mailing)}
          size="small"
          status="active"
          style={{ marginBottom: 0 }}
        />
      )}
    </Flex>
  );
}
