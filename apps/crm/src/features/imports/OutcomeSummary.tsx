import type { ImportJob } from '@domovoy/contract';
import { Alert, Card, Flex, Statistic, Table, Typography } from 'antd';
import { ChangesTable } from './ChangesTable';
import { DeletionsTable } from './DeletionsTable';

export type FileOutcome = NonNullable<ImportJob['preview']>;

type CountName = 'created' | 'updated' | 'merged' | 'unchanged';
type Counts = Partial<Record<CountName, number>>;
type Line = { key: string; title: string; counts: Counts };

/** The preview speaks of the future, the result of the past. */
const WORDS: Record<'preview' | 'result', Record<CountName, string>> = {
  preview: { created: 'Новые', updated: 'Изменятся', merged: 'Объединятся', unchanged: 'Без изменений' },
  result: { created: 'Создано', updated: 'Изменено', merged: 'Объединено', unchanged: 'Без изменений' },
};

const GROUPS = [
  { key: 'premises', title: 'Помещения' },
  { key: 'accounts', title: 'Лицевые счета' },
  { key: 'clients', title: 'Клиенты' },
  { key: 'links', title: 'Привязки клиентов к помещениям' },
] as const;

const COUNT_NAMES: CountName[] = ['created', 'updated', 'merged', 'unchanged'];

type Props = {
  outcome: FileOutcome;
  mode: 'preview' | 'result';
  job: Pick<ImportJob, 'rowCount' | 'errorCount'> & Partial<Pick<ImportJob, 'changes'>>;
};

/**
 * I-3: what a file will do (its preview) or did (its result): counts, the records and fields that
 * change (a preview's), I-5 removals, refused rows.
 */
export function OutcomeSummary({ outcome, mode, job }: Props) {
  const words = WORDS[mode];
  const lines: Line[] = GROUPS.flatMap(({ key, title }) => {
    const counts: Counts | undefined = outcome[key];
    return counts ? [{ key, title, counts }] : [];
  });
  const hasMerged = lines.some((line) => line.counts.merged !== undefined);
  const deletions = outcome.deletions && !outcome.deletions.skipped ? outcome.deletions.total : 0;
  const red = { content: { color: '#cf1322' } };
  return (
    <Flex vertical gap={16}>
      <Flex gap={48} wrap>
        <Statistic title="Строк в файле" value={job.rowCount ?? 0} />
        <Statistic title="С ошибками" value={job.errorCount ?? 0} styles={job.errorCount ? red : undefined} />
        <Statistic
          title={mode === 'preview' ? 'Строк будет отклонено' : 'Строк отклонено'}
          value={outcome.refusedRows}
          styles={outcome.refusedRows ? red : undefined}
        />
        {outcome.deletions && (
          <Statistic
            title={mode === 'preview' ? 'Будет удалено привязок' : 'Удалено привязок'}
            value={deletions}
            styles={deletions ? red : undefined}
          />
        )}
      </Flex>
      <Table<Line>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        dataSource={lines}
        aria-label={mode === 'preview' ? 'Что сделает загрузка' : 'Что сделала загрузка'}
        columns={[
          {
            key: 'title',
            title: '',
            render: (_, line) => <Typography.Text strong>{line.title}</Typography.Text>,
          },
          ...COUNT_NAMES.filter((name) => name !== 'merged' || hasMerged).map((name) => ({
            key: name,
            title: words[name],
            width: 150,
            align: 'right' as const,
            render: (_: unknown, line: Line) => (
              <Figure value={line.counts[name]} strong={name !== 'unchanged'} />
            ),
          })),
        ]}
      />
      {mode === 'preview' && job.changes && job.changes.total > 0 && <ChangesTable changes={job.changes} />}
      {outcome.deletions && <DeletionsTable deletions={outcome.deletions} mode={mode} />}
      {outcome.refusedRows > 0 && (
        <Card
          size="small"
          title={`${mode === 'preview' ? 'Не будут загружены' : 'Не загружены'} строки: ${outcome.refusedRows}`}
        >
          <Table
            rowKey="row"
            size="small"
            dataSource={outcome.refused}
            pagination={outcome.refused.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { key: 'row', title: 'Строка', dataIndex: 'row', width: 100 },
              { key: 'message', title: 'Почему', dataIndex: 'message' },
            ]}
            footer={
              outcome.refusedRows > outcome.refused.length
                ? () => `Показаны первые ${outcome.refused.length} из ${outcome.refusedRows}`
                : undefined
            }
          />
        </Card>
      )}
      {outcome.notApplied.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="Эти колонки прочитаны и проверены, но пока не загружаются"
          description={outcome.notApplied.map((c) => `«${c}»`).join(', ')}
        />
      )}
    </Flex>
  );
}

/** A count; zero stays grey, so that what changes stands out. */
function Figure({ value, strong }: { value: number | undefined; strong: boolean }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return <Typography.Text strong={strong}>{value.toLocaleString('ru-RU')}</Typography.Text>;
}
