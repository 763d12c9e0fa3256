import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import type { ClientListQuery, ClientSort } from '@domovoy/contract';
import { Alert, Badge, Button, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useBulkClientTags, useClients } from '../features/clients/api';
import { activeClientFilterCount, ClientFilters } from '../features/clients/ClientFilters';
import { ClientsTable } from '../features/clients/ClientsTable';
import { CreateClientModal } from '../features/clients/CreateClientModal';
import { LeadsTab } from '../features/clients/LeadsTab';
import { ImportButton } from '../features/imports/ImportButton';
import { MailingButton } from '../features/mailings/MailingButton';
import { listFilters } from '../features/mailings/mailing-form';
import { NewRequestsBadge } from '../features/registrations/NewRequestsBadge';
import { RequestsTab } from '../features/registrations/RequestsTab';
import { BulkActions, type Noun, selectionQuery, useListSelection } from '../shared/BulkActions';
import { clientSearchAccess, clientSearchText } from '../shared/client-search-text';
import { targetParams } from '../shared/cursor-paging';
import { errorText } from '../shared/errors';
import { knownTab } from '../shared/known-tab';
import { type ListTotal, totalText } from '../shared/list-total';
import { PrintFilterSummary } from '../shared/PrintFilterSummary';
import { useCan } from '../shared/session';
import { UrlSearch } from '../shared/UrlFilters';
import { type UrlState, useUrlState } from '../shared/use-url-state';

const SORTS: ClientSort[] = ['name', '-name', 'phone', '-phone', 'lastVisit', '-lastVisit'];
const CLIENTS: Noun = ['клиент', 'клиента', 'клиентов'];

function UsersTab({ state }: { state: UrlState }) {
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(activeClientFilterCount(state) > 0);
  const sortableBy = clientSearchAccess(can);
  const defaultSort: ClientSort = sortableBy.name ? 'name' : '-lastVisit';
  // A shared link may carry a sort this role may not use: the default order then.
  const allowed = (s: ClientSort) =>
    (!s.endsWith('name') || sortableBy.name) && (!s.endsWith('phone') || sortableBy.phone);
  const sort = SORTS.find((s) => s === state.get('sort') && allowed(s)) ?? defaultSort;
  const query = {
    search: state.get('search'),
    objectGroupId: state.getAll('objectGroupId'),
    quarterId: state.getAll('quarterId'),
    objectId: state.getAll('objectId'),
    premiseType: state.getAll('premiseType'),
    role: state.getAll('role'),
    tag: state.getAll('tag'),
    source: state.getAll('source'),
    status: state.get('status'),
    app: state.get('app'),
    sort,
    // Issue 16: past its count the list pages by cursor (kept in the URL with the page number).
    ...(state.get('cursor') ? { cursor: state.get('cursor') } : { page: state.page }),
    pageSize: state.pageSize,
  } as ClientListQuery;
  const clients = useClients(query);
  const exportQuery = new URLSearchParams(window.location.search);
  for (const name of ['tab', 'page', 'pageSize', 'cursor']) exportQuery.delete(name);
  // Issue 17: rows ticked across pages, or «все найденные»; a new filter starts a new selection.
  const filters = listFilters(query);
  const { selection, tick, selectAll, clear } = useListSelection(JSON.stringify(filters));
  const selected = selection.all || selection.ids.length > 0;
  const target = selection.all ? filters : { id: selection.ids };
  const counted: ListTotal = clients.data ?? { total: 0 };
  const bulkTags = useBulkClientTags();
  // No checkboxes for a role that could do nothing with the ticked rows.
  const selectable = can('clients.edit') || can('export.clients') || can('mailings.create');
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <UrlSearch
          state={state}
          placeholder={clientSearchText(sortableBy, 'list')}
          label="Поиск клиентов"
          maxWidth={null}
        />
        <Badge count={activeClientFilterCount(state)}>
          <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(!filtersOpen)}>
            Фильтры
          </Button>
        </Badge>
        {can('export.clients') && (
          <Button icon={<DownloadOutlined />} href={`/api/clients/export.xlsx?${exportQuery}`} download>
            Экспорт
          </Button>
        )}
        <ImportButton kind="consolidated" />
        {/* With rows selected, the mailing goes to them: its button is in the selection's bar. */}
        {!selected && (
          <MailingButton
            audience={{ source: 'clients', clients: filters }}
            audienceText={`клиенты списка с текущими поиском и фильтрами (${clients.data ? totalText(clients.data) : '…'})`}
          />
        )}
        {can('clients.edit') && can('clients.pii.name') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Добавить
          </Button>
        )}
      </Flex>
      {filtersOpen && <ClientFilters state={state} />}
      <BulkActions
        selection={selection}
        total={counted}
        noun={CLIENTS}
        onSelectAll={selectAll}
        onClear={clear}
        tags={
          can('clients.edit')
            ? {
                mayCreate: can('tags.create'),
                apply: (change) => bulkTags.mutateAsync({ filter: target, all: selection.all, ...change }),
              }
            : undefined
        }
        exportHref={
          can('export.clients')
            ? `/api/clients/export.xlsx?${selectionQuery(selection, exportQuery)}`
            : undefined
        }
      >
        <MailingButton
          audience={{ source: 'clients', clients: target }}
          audienceText={
            selection.all
              ? `все найденные клиенты (${totalText(counted)})`
              : `отмеченные клиенты (${selection.ids.length})`
          }
        />
      </BulkActions>
      <PrintFilterSummary list="clients" shown={clients.data} />
      {clients.error ? (
        <Alert type="error" showIcon title={errorText(clients.error)} />
      ) : (
        <ClientsTable
          search={query.search}
          items={clients.data?.items ?? []}
          total={counted}
          page={state.page}
          pageSize={state.pageSize}
          sort={sort}
          defaultSort={defaultSort}
          sortableBy={sortableBy}
          loading={clients.isFetching}
          paging={clients.data}
          onPageTarget={(target) => state.set(targetParams(target))}
          selection={
            selectable
              ? {
                  ids: selection.all ? (clients.data?.items ?? []).map((c) => c.id) : selection.ids,
                  onSelect: tick,
                }
              : undefined
          }
          onChange={({ page, pageSize, sort: nextSort }) =>
            state.set({
              page: nextSort === sort && pageSize === state.pageSize && page > 1 ? page : undefined,
              pageSize: pageSize !== 20 ? pageSize : undefined,
              sort: nextSort !== defaultSort ? nextSort : undefined,
            })
          }
        />
      )}
      <CreateClientModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(`/clients/${id}`);
        }}
      />
    </>
  );
}

/** C-1…C-4: «Пользователи», «Заявки на регистрацию», «Неидентифицированные». */
export function ClientsRoute() {
  const state = useUrlState();
  const [, setParams] = useSearchParams();
  const tabs = [
    { key: 'users', label: 'Пользователи', children: <UsersTab state={state} /> },
    {
      key: 'requests',
      label: (
        <>
          Заявки на регистрацию
          <NewRequestsBadge />
        </>
      ),
      children: <RequestsTab state={state} />,
    },
    { key: 'leads', label: 'Неидентифицированные', children: <LeadsTab state={state} /> },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Клиенты
      </Typography.Title>
      <Tabs
        activeKey={knownTab(tabs, state.get('tab'))}
        // Each tab has its own search and filters: switching starts clean.
        onChange={(key) => setParams(key === 'users' ? {} : { tab: key })}
        destroyOnHidden
        items={tabs}
      />
    </>
  );
}
