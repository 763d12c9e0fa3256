import { Typography } from 'antd';
import { formatDateTime } from './format';

type Actor = { id: string; name: string } | null;
type Props = { createdAt: string; updatedAt: string; createdBy: Actor; updatedBy: Actor };

/** «Создано … · Изменено …» under a card's form (P-6: created and updated are shown). */
export function ActorStamp({ createdAt, updatedAt, createdBy, updatedBy }: Props) {
  return (
    <Typography.Text type="secondary" data-testid="actor-stamp">
      Создано {formatDateTime(createdAt)}
      {createdBy ? ` (${createdBy.name})` : ''} · Изменено {formatDateTime(updatedAt)}
      {updatedBy ? ` (${updatedBy.name})` : ''}
    </Typography.Text>
  );
}
