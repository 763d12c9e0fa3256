import type { ImportJob } from '@domovoy/contract';
import { Alert, App, Button, Checkbox, Flex } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { errorText } from '../../shared/errors';
import { useApplyImport } from './api';

type Props = { job: ImportJob; onUploadAgain?: () => void };

/**
 * I-3: «Применить» writes what the preview showed. A file with row errors goes in only when the
 * user ticks «только строки без ошибок» (else the server refuses it, and its reason is shown);
 * I-5 removals are confirmed with their count.
 */
export function ApplyImport({ job, onUploadAgain }: Props) {
  const apply = useApplyImport(job.id);
  const { modal } = App.useApp();
  const [validOnly, setValidOnly] = useState(false);
  const errors = job.errorCount ?? 0;
  const deletions = job.preview?.deletions;
  const deleting = deletions && !deletions.skipped ? deletions.total : 0;
  const run = () => apply.mutate({ validOnly: errors > 0 ? validOnly : undefined });
  const onApply = () => {
    if (deleting === 0) return run();
    modal.confirm({
      title: 'Применить загрузку?',
      content: `Будет удалено привязок клиентов к помещениям: ${deleting} — собственники, которых нет в файле, и зависящие от них клиенты.`,
      okText: 'Применить и удалить',
      okButtonProps: { danger: true },
      cancelText: 'Отмена',
      onOk: run,
    });
  };
  const stale = apply.error instanceof ApiError && apply.error.code === 'IMPORT_PREVIEW_STALE';
  return (
    <Flex vertical gap={12} align="flex-start">
      {apply.error && (
        <Alert
          type="error"
          showIcon
          title={errorText(apply.error)}
          action={
            stale &&
            onUploadAgain && (
              <Button size="small" onClick={onUploadAgain}>
                Загрузить файл снова
              </Button>
            )
          }
          style={{ alignSelf: 'stretch' }}
        />
      )}
      {errors > 0 && (
        <Checkbox checked={validOnly} onChange={(event) => setValidOnly(event.target.checked)}>
          Загрузить только строки без ошибок
        </Checkbox>
      )}
      <Button type="primary" disabled={job.status !== 'ready'} loading={apply.isPending} onClick={onApply}>
        Применить
      </Button>
    </Flex>
  );
}
