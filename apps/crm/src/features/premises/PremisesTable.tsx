import type { Premise, PremiseSort } from '@domovoy/contract';
import { Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { CursorPager } from '../../shared/CursorPager';
import { type CursorPage, type PageTarget, pagesByCursor } from '../../shared/cursor-paging';
import { formatArea } from '../../shared/format';
import { type ListTotal, listPagination } from '../../shared/list-total';

type Props = {
  items: Premise[];
  /** The server's count: exact, capped («более 10 000») or estimated («≈ 1 000 000»). */
  total: ListTotal;
  page: number;
  pageSize: number;
  sort: PremiseSort;
  loading: boolean;
  /** Issue 16: the answer's page and cursors; past its count the list pages by them. */
  paging?: CursorPage;
  onPageTarget(target: PageTarget): void;
  onChange(change: { page: number; pageSize: number; sort: PremiseSort }): void;
  /** Issue 17: the ticked rows, kept across pages. */
  selectedIds: string[];
  onSelect(ids: string[]): void;
};

const orderOf = (sort: PremiseSort, field: 'address' | 'area'): SortOrder =>
  sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;

/** P-1: the premises of the organisation, a page at a time, sorted by address or area (P-3). */
export function PremisesTable(props: Props) {
  const { items, total, page, pageSize, sort, loading, onChange, selectedIds, onSelect } = props;
  const { paging, onPageTarget } = props;
  const byCursor = paging !== undefined && pagesByCursor(paging);
  return (
    <>
      <Table<Premise>
        rowKey="id"
        size="middle"
        loading={loading}
        rowSelection={{
          selectedRowKeys: selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onSelect(keys.map(String)),
        }}
        dataSource={items}
        locale={{ emptyText: 'Помещений не найдено' }}
        pagination={byCursor ? false : listPagination(total, page, pageSize)}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.columnKey === 'area' ? 'area' : 'address';
          const next: PremiseSort = s?.order === 'descend' ? `-${field}` : s?.order ? field : 'address';
          onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? pageSize, sort: next });
        }}
        columns={[
          {
            key: 'address',
            title: 'Адрес',
            sorter: true,
            sortOrder: orderOf(sort, 'address'),
            sortDirections: ['ascend', 'descend', 'ascend'],
            render: (_, p) => <Link to={`/premises/${p.id}`}>{p.fullAddress || '(без адреса)'}</Link>,
          },
          { key: 'object', title: 'Объект', dataIndex: 'objectName' },
          { key: 'type', title: 'Тип', dataIndex: 'typeLabel', width: 150 },
          {
            key: 'entrance',
            title: 'Подъезд / этаж',
            width: 130,
            render: (_, p) => (p.entrance ? `${p.entrance} / ${p.floor}` : p.floor ? `— / ${p.floor}` : '—'),
          },
          {
            key: 'area',
            title: 'Площадь',
            sorter: true,
            sortOrder: orderOf(sort, 'area'),
            sortDirections: ['ascend', 'descend', 'ascend'],
            width: 120,
            align: 'right',
            render: (_, p) => formatArea(p.totalArea),
          },
          {
            key: 'accounts',
            title: 'Лицевые счета',
            render: (_, p) =>
              p.accountNumbers.length ? (
                p.accountNumbers.join(', ')
              ) : (
                <Typography.Text type="secondary">нет</Typography.Text>
              ),
          },
          {
            key: 'tags',
            title: 'Теги',
            render: (_, p) => p.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
          },
        ]}
      />
      {byCursor && paging && <CursorPager page={paging} onGo={onPageTarget} />}
    </>
  );
}
