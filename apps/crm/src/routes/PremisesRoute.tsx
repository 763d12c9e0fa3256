import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import type { PremiseListQuery, PremiseSort, PremiseType } from '@domovoy/contract';
import { Alert, Badge, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ImportButton } from '../features/imports/ImportButton';
import { MailingButton } from '../features/mailings/MailingButton';
import { listFilters } from '../features/mailings/mailing-form';
import { ReadingsExportButton } from '../features/meters/ReadingsExportButton';
import { useBulkPremiseTags, usePremises } from '../features/premises/api';
import { CreatePremiseModal } from '../features/premises/CreatePremiseModal';
import { activePremiseFilterCount, PremiseFilters } from '../features/premises/PremiseFilters';
import { PremisesTable } from '../features/premises/PremisesTable';
import { BulkActions, type Noun, selectionQuery, useListSelection } from '../shared/BulkActions';
import { targetParams } from '../shared/cursor-paging';
import { errorText } from '../shared/errors';
import { type ListTotal, totalText } from '../shared/list-total';
import { PrintFilterSummary } from '../shared/PrintFilterSummary';
import { useCan } from '../shared/session';
import { UrlSearch } from '../shared/UrlFilters';
import { useUrlState } from '../shared/use-url-state';

const SORTS: PremiseSort[] = ['address', '-address', 'area', '-area'];
const PREMISES: Noun = ['помещение', 'помещения', 'помещений'];

export function PremisesRoute() {
  const state = useUrlState();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(activePremiseFilterCount(state) > 0);
  const sort = SORTS.find((s) => s === state.get('sort')) ?? 'address';
  const query: PremiseListQuery = {
    search: state.get('search'),
    objectId: state.getAll('objectId'),
    objectGroupId: state.getAll('objectGroupId'),
    quarterId: state.getAll('quarterId'),
    type: state.getAll('type') as PremiseType[],
    clientId: state.getAll('clientId'),
    tag: state.getAll('tag'),
    sort,
    // Issue 16: past its count the list pages by cursor (kept in the URL with the page number).
    ...(state.get('cursor') ? { cursor: state.get('cursor') } : { page: state.page }),
    pageSize: state.pageSize,
  };
  const premises = usePremises(query);
  // P-8: the export takes the list's own filters (the export endpoint lands with its own issue).
  const exportQuery = new URLSearchParams(window.location.search);
  exportQuery.delete('page');
  exportQuery.delete('pageSize');
  exportQuery.delete('cursor');
  // Issue 17: rows ticked across pages, or «все найденные»; a new filter starts a new selection.
  const filters = listFilters(query);
  const { selection, tick, selectAll, clear } = useListSelection(JSON.stringify(filters));
  const selected = selection.all || selection.ids.length > 0;
  const target = selection.all ? filters : { id: selection.ids };
  const counted: ListTotal = premises.data ?? { total: 0 };
  const bulkTags = useBulkPremiseTags();

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Помещения
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<DownloadOutlined />} href={`/api/premises/export.xlsx?${exportQuery}`} download>
            Экспорт
          </Button>
          <ImportButton kind="premises" />
          <ReadingsExportButton />
          {can('premises.edit') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Добавить
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <UrlSearch
          state={state}
          placeholder={
            can('clients.pii.name') && can('clients.pii.contacts')
              ? 'Адрес («Ленина 10 15», «кв 15»), лицевой счёт, ФИО или телефон клиента'
              : 'Адрес («Ленина 10 15», «кв 15») или лицевой счёт'
          }
          label="Поиск помещений"
          maxWidth={null}
        />
        <Badge count={activePremiseFilterCount(state)}>
          <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(!filtersOpen)}>
            Фильтры
          </Button>
        </Badge>
        {/* With rows selected, the mailing goes to them: its button is in the selection's bar. */}
        {!selected && (
          <MailingButton
            audience={{ source: 'premises', premises: filters }}
            audienceText={`клиенты помещений списка с текущими поиском и фильтрами (помещений: ${premises.data ? totalText(premises.data) : '…'})`}
          />
        )}
      </Flex>
      {filtersOpen && <PremiseFilters state={state} />}
      <BulkActions
        selection={selection}
        total={counted}
        noun={PREMISES}
        onSelectAll={selectAll}
        onClear={clear}
        tags={
          can('premises.edit')
            ? {
                mayCreate: can('tags.create'),
                apply: (change) => bulkTags.mutateAsync({ filter: target, all: selection.all, ...change }),
              }
            : undefined
        }
        exportHref={`/api/premises/export.xlsx?${selectionQuery(selection, exportQuery)}`}
      >
        <MailingButton
          audience={{ source: 'premises', premises: target }}
          audienceText={
            selection.all
              ? `клиенты всех найденных помещений (${totalText(counted)})`
              : `клиенты отмеченных помещений (${selection.ids.length})`
          }
        />
      </BulkActions>
      <PrintFilterSummary list="premises" shown={premises.data} />
      {premises.error ? (
        <Alert type="error" showIcon title={errorText(premises.error)} />
      ) : (
        <PremisesTable
          items={premises.data?.items ?? []}
          total={counted}
          page={state.page}
          pageSize={state.pageSize}
          sort={sort}
          loading={premises.isFetching}
          paging={premises.data}
          onPageTarget={(target) => state.set(targetParams(target))}
          selectedIds={selection.all ? (premises.data?.items ?? []).map((p) => p.id) : selection.ids}
          onSelect={tick}
          onChange={({ page, pageSize, sort: nextSort }) =>
            state.set({
              // A new sort or page size starts from the first page.
              page: nextSort === sort && pageSize === state.pageSize && page > 1 ? page : undefined,
              pageSize: pageSize !== 20 ? pageSize : undefined,
              sort: nextSort !== 'address' ? nextSort : undefined,
            })
          }
        />
      )}
      <CreatePremiseModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(`/premises/${id}`);
        }}
      />
    </>
  );
}
