import { IMPORT_KINDS, type ImportJob } from '@domovoy/contract';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format';
import { ImportStatusTag } from './ImportStatusTag';

type Props = {
  items: ImportJob[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onChange(change: { page: number; pageSize: number }): void;
};

/** I-3: the organisation's uploaded files, newest first. */
export function ImportsTable({ items, total, page, pageSize, loading, onChange }: Props) {
  return (
    <Table<ImportJob>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: 'Файлов ещё не загружали' }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => `Всего: ${n}` }}
      onChange={(pagination) =>
        onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? pageSize })
      }
      columns={[
        {
          key: 'file',
          title: 'Файл',
          render: (_, job) => <Link to={`/imports/${job.id}`}>{job.fileName}</Link>,
        },
        { key: 'kind', title: 'Вид', width: 240, render: (_, job) => IMPORT_KINDS[job.kind] },
        { key: 'status', title: 'Состояние', width: 160, render: (_, job) => <ImportStatusTag job={job} /> },
        {
          key: 'rows',
          title: 'Строк',
          width: 90,
          align: 'right',
          render: (_, job) => job.rowCount ?? '—',
        },
        {
          key: 'errors',
          title: 'С ошибками',
          width: 120,
          align: 'right',
          render: (_, job) =>
            job.errorCount ? (
              <Typography.Text type="danger">{job.errorCount}</Typography.Text>
            ) : (
              (job.errorCount ?? '—')
            ),
        },
        { key: 'actor', title: 'Кто загрузил', width: 190, render: (_, job) => job.actorName },
        { key: 'createdAt', title: 'Когда', width: 150, render: (_, job) => formatDateTime(job.createdAt) },
      ]}
    />
  );
}
