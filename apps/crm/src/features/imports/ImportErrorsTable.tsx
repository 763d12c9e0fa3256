import type { ImportErrorLine, ImportJob } from '@domovoy/contract';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { errorText } from '../../shared/errors';
import { useUrlState } from '../../shared/use-url-state';
import { useImportErrors } from './api';

/** Where an XML file's error is: «строка 12, символ 5» (an attribute's error: its line alone). */
const positionText = ({ line, char }: ImportErrorLine) =>
  char === undefined ? `строка ${line}` : `строка ${line}, символ ${char}`;

/**
 * Issue 15: the file's row errors and the rows the data refused, a page at a time (the page in the
 * address: a link opens the same page, Back returns), as the downloadable report lists them.
 */
export function ImportErrorsTable({ job, extra }: { job: ImportJob; extra?: ReactNode }) {
  const state = useUrlState();
  const errors = useImportErrors(job, state.page, state.pageSize);
  return (
    <Card size="small" title="Ошибки в файле" extra={extra}>
      {errors.error ? (
        <Alert type="error" showIcon title={errorText(errors.error)} />
      ) : (
        <Table<ImportErrorLine & { key: string }>
          aria-label="Ошибки в файле"
          rowKey="key"
          size="small"
          loading={errors.isPending || (errors.isFetching && errors.isPlaceholderData)}
          // A row may have two lines alike (a cell too long twice): their place keys them.
          dataSource={(errors.data?.items ?? []).map((line, i) => ({ ...line, key: `${state.page}:${i}` }))}
          locale={{ emptyText: 'Ошибок нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: errors.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => `Всего: ${n.toLocaleString('ru-RU')}`,
          }}
          onChange={(pagination) => {
            const pageSize = pagination.pageSize ?? state.pageSize;
            const page = pagination.current ?? 1;
            state.set({
              page: pageSize === state.pageSize && page > 1 ? page : undefined,
              pageSize: pageSize !== 20 ? pageSize : undefined,
            });
          }}
          columns={[
            { key: 'row', title: 'Строка', dataIndex: 'row', width: 90 },
            // An XML file's row is its element: where in the file each error is, for a text editor.
            ...(job.kind === 'xml'
              ? [
                  {
                    key: 'position',
                    title: 'Место в файле',
                    width: 170,
                    render: (_: unknown, line: ImportErrorLine) =>
                      line.line === undefined ? (
                        <Typography.Text type="secondary">—</Typography.Text>
                      ) : (
                        positionText(line)
                      ),
                  },
                ]
              : []),
            {
              key: 'column',
              title: 'Колонка',
              width: 220,
              render: (_, line) => line.column || <Typography.Text type="secondary">—</Typography.Text>,
            },
            {
              key: 'value',
              title: 'Значение',
              width: 220,
              render: (_, line) =>
                line.value ? (
                  <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {line.value}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">пусто</Typography.Text>
                ),
            },
            {
              key: 'message',
              title: 'Что не так',
              render: (_, line) => (
                <>
                  {line.kind === 'refused' && (
                    <Tag color="orange" title="Строка прочитана без ошибок, но данные её не приняли">
                      не принята при загрузке
                    </Tag>
                  )}
                  {line.message}
                </>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
