import type { ClientListItem, ClientSort } from '@domovoy/contract';
import { Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { CursorPager } from '../../shared/CursorPager';
import { type CursorPage, type PageTarget, pagesByCursor } from '../../shared/cursor-paging';
import { formatDateTime } from '../../shared/format';
import { type ListTotal, listPagination } from '../../shared/list-total';
import { Pii } from '../../shared/Pii';

type Props = {
  items: ClientListItem[];
  /** The server's count: exact, capped («более 10 000») or estimated («≈ 1 000 000»). */
  total: ListTotal;
  page: number;
  pageSize: number;
  sort: ClientSort;
  /** The order when no column is chosen (by name, or by last visit for a role without names). */
  defaultSort: ClientSort;
  /** a column the role sees masked cannot be sorted by (the server refuses it). */
  sortableBy: { name: boolean; phone: boolean };
  loading: boolean;
  /** Issue 16: the answer's page and cursors; past its count the list pages by them. */
  paging?: CursorPage;
  onPageTarget(target: PageTarget): void;
  onChange(change: { page: number; pageSize: number; sort: ClientSort }): void;
  /** The list's search, to say why a too short one finds nothing. */
  search?: string;
  /** Issue 17: the ticked rows, kept across pages; no checkboxes for a role with nothing to do with them. */
  selection?: { ids: string[]; onSelect(ids: string[]): void };
};

const COLUMN_SORT = { name: 'name', phone: 'phone', lastVisit: 'lastVisit' } as const;

const orderOf = (sort: ClientSort, field: keyof typeof COLUMN_SORT): SortOrder =>
  sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null;

const TOO_SHORT = 'Слишком короткий запрос: введите не меньше 3 цифр телефона или букву фамилии';

/** Digits alone, fewer than three: a phone search needs three at least (C-2), so nothing is found. */
export function tooShort(search: string | undefined): boolean {
  return !!search && !/\p{L}/u.test(search) && search.replace(/\D/g, '').length < 3;
}

/** C-1: row number, full name, phone, premises, last visit; sorting by client, phone, «Был(а) в ЛК». */
export function ClientsTable(props: Props) {
  const {
    items,
    total,
    page,
    pageSize,
    sort,
    defaultSort,
    sortableBy,
    loading,
    onChange,
    search,
    selection,
    paging,
    onPageTarget,
  } = props;
  const sortable = (field: keyof typeof COLUMN_SORT) => ({
    sorter: field === 'lastVisit' || sortableBy[field],
    sortOrder: orderOf(sort, field),
    sortDirections: ['ascend' as const, 'descend' as const, 'ascend' as const],
  });
  const byCursor = paging !== undefined && pagesByCursor(paging);
  return (
    <>
      <Table<ClientListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        rowSelection={
          selection && {
            selectedRowKeys: selection.ids,
            preserveSelectedRowKeys: true,
            onChange: (keys) => selection.onSelect(keys.map(String)),
          }
        }
        dataSource={items}
        locale={{ emptyText: tooShort(search) ? TOO_SHORT : 'Клиентов не найдено' }}
        pagination={byCursor ? false : listPagination(total, page, pageSize)}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.columnKey as keyof typeof COLUMN_SORT | undefined;
          const next: ClientSort =
            field && s?.order === 'descend' ? `-${field}` : field && s?.order ? field : defaultSort;
          onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? pageSize, sort: next });
        }}
        columns={[
          { key: 'n', title: '№', width: 60, render: (_, _c, index) => (page - 1) * pageSize + index + 1 },
          {
            key: 'name',
            title: 'Клиент',
            ...sortable('name'),
            render: (_, c) => (
              <>
                <Link to={`/clients/${c.id}`}>
                  <Pii value={c.fullName} kind="name" />
                </Link>
                {c.status === 'blocked' && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    Заблокирован
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'phone',
            title: 'Телефон',
            width: 180,
            ...sortable('phone'),
            render: (_, c) => <Pii value={c.phone} kind="contacts" />,
          },
          {
            key: 'premises',
            title: 'Помещения',
            render: (_, c) =>
              c.premises.length === 0 ? (
                <Typography.Text type="secondary">нет</Typography.Text>
              ) : (
                c.premises.slice(0, 3).map((p) => (
                  <div key={p.linkId}>
                    <Link to={`/premises/${p.premiseId}`}>{p.fullAddress}</Link>
                  </div>
                ))
              ),
          },
          {
            key: 'lastVisit',
            title: 'Был(а) в ЛК',
            width: 160,
            ...sortable('lastVisit'),
            render: (_, c) => (c.hasApp ? formatDateTime(c.lastVisitAt) : 'ни разу'),
          },
        ]}
      />
      {byCursor && paging && <CursorPager page={paging} onGo={onPageTarget} />}
    </>
  );
}
