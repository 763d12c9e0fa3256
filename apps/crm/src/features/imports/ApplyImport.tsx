import type { ImportJob } from '@domovoy/contract';
import { Alert, App, Button, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { errorText } from '../../shared/errors';
import { useApplyImport } from './api';

type Props = { job: ImportJob; onUploadAgain?: () => void };

/**
 * I-3: «Применить» asks the server to write what the preview showed (it does so in the background,
 * and the page shows its progress). A file with row errors goes in only when the user ticks «только
 * строки без ошибок» (else the server refuses it, and its reason is shown); I-5 removals are
 * confirmed with their count. An apply the server could not do is shown with its reason.
 */
const WHAT = [
  { key: 'premises', title: 'Помещения' },
  { key: 'accounts', title: 'Лицевые счета' },
  { key: 'clients', title: 'Клиенты' },
  { key: 'links', title: 'Привязки к помещениям' },
] as const;

/** «Помещения: новых — 3, изменится — 1» for each kind the file changes. */
function changeLines(preview: NonNullable<ImportJob['preview']>): string[] {
  return WHAT.flatMap(({ key, title }) => {
    const counts: Partial<Record<'created' | 'updated' | 'merged', number>> | undefined = preview[key];
    const parts = [
      counts?.created ? `новых — ${counts.created}` : '',
      counts?.updated ? `изменится — ${counts.updated}` : '',
      counts?.merged ? `объединится — ${counts.merged}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? [`${title}: ${parts.join(', ')}`] : [];
  });
}

export function ApplyImport({ job, onUploadAgain }: Props) {
  const apply = useApplyImport(job.id);
  const { modal } = App.useApp();
  const [validOnly, setValidOnly] = useState(false);
  const errors = job.errorCount ?? 0;
  const deletions = job.preview?.deletions;
  const deleting = deletions && !deletions.skipped ? deletions.total : 0;
  const run = () => apply.mutate({ validOnly: errors > 0 ? validOnly : undefined });
  // Issue 17: «Применить» names what will change before it changes (a role with section access may
  // import premises, R-2, so the confirmation is the last look at it).
  const onApply = () => {
    const lines = job.preview ? changeLines(job.preview) : [];
    if (errors > 0 && validOnly) lines.push(`Строки с ошибками (${errors}) не загрузятся.`);
    modal.confirm({
      title: 'Применить загрузку?',
      content: (
        <Flex vertical gap={4}>
          {lines.length > 0
            ? lines.map((line) => <span key={line}>{line}</span>)
            : 'Изменений в данных не будет.'}
          {deleting > 0 && (
            <Typography.Text type="danger">
              Будет удалено привязок клиентов к помещениям: {deleting} — собственники, которых нет в файле, и
              зависящие от них клиенты.
            </Typography.Text>
          )}
        </Flex>
      ),
      okText: deleting > 0 ? 'Применить и удалить' : 'Применить',
      okButtonProps: { danger: deleting > 0 },
      cancelText: 'Отмена',
      onOk: run,
    });
  };
  // Refused at once (the answer to «Применить»), or by the background apply (the file is ready again).
  const failure = apply.error
    ? { code: apply.error instanceof ApiError ? apply.error.code : undefined, title: errorText(apply.error) }
    : job.applyProblem && {
        code: job.applyProblem.code,
        title: `Файл не загружен: ${job.applyProblem.message}`,
        detail: job.applyProblem.detail,
      };
  const stale = failure?.code === 'IMPORT_PREVIEW_STALE';
  return (
    <Flex vertical gap={12} align="flex-start">
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.title}
          description={'detail' in failure ? failure.detail : undefined}
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
