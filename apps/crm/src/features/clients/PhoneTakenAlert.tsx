import { Alert, Button, Flex } from 'antd';
import { Link } from 'react-router';

type Props = { conflictId: string; onMerge?: () => void; merging?: boolean };

/** C-7: the phone belongs to another card — open it, or merge this card into it. */
export function PhoneTakenAlert({ conflictId, onMerge, merging }: Props) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="Этот номер телефона уже у другого клиента"
      description={
        <Flex gap={12} align="center" wrap>
          <Link to={`/clients/${conflictId}`} target="_blank">
            Открыть карточку клиента с этим номером
          </Link>
          {onMerge && (
            <Button size="small" onClick={onMerge} loading={merging}>
              Объединить
            </Button>
          )}
        </Flex>
      }
    />
  );
}
