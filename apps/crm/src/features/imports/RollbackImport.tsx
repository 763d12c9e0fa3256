import type { ImportJob } from '@domovoy/contract';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { errorText } from '../../shared/errors';
import { useCan } from '../../shared/session';
import { useRollbackImport } from './api';

/** I-3: an administrator («Настройки») can undo an applied file, unless its rows changed since. */
export function RollbackImport({ job }: { job: ImportJob }) {
  const can = useCan();
  const rollback = useRollbackImport(job.id);
  const { modal } = App.useApp();
  if (!job.batchId)
    return <Typography.Text type="secondary">Загрузка ничего не изменила: отменять нечего.</Typography.Text>;
  if (!can('settings.manage'))
    return (
      <Typography.Text type="secondary">
        Отменить загрузку может администратор (право «Настройки»).
      </Typography.Text>
    );
  return (
    <Flex vertical gap={12} align="flex-start">
      {rollback.error && (
        <Alert type="error" showIcon title={errorText(rollback.error)} style={{ alignSelf: 'stretch' }} />
      )}
      <Button
        danger
        loading={rollback.isPending}
        onClick={() =>
          modal.confirm({
            title: 'Отменить загрузку?',
            content:
              'Всё, что загрузка создала и изменила, вернётся к прежнему виду. ' +
              'Если эти записи уже меняли после загрузки, отмена не пройдёт.',
            okText: 'Отменить загрузку',
            okButtonProps: { danger: true },
            cancelText: 'Не отменять',
            // The refusal shows above the button; the dialog closes either way.
            onOk: () => rollback.mutateAsync().catch(() => undefined),
          })
        }
      >
        Отменить загрузку
      </Button>
    </Flex>
  );
}
