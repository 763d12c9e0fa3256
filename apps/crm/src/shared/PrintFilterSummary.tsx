import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from './api-client';
import { byId, filterLines } from './filter-lines';
import { type ListPageRows, pageRowsText } from './list-total';
import { useObjectGroups, useObjects, useQuarters } from './lookups';

type List = 'premises' | 'clients';

/** The URL parameters of each list's conditions, in the order the line names them. */
const PARAMS: Record<List, string[]> = {
  premises: ['search', 'objectGroupId', 'quarterId', 'objectId', 'type', 'clientId', 'tag'],
  clients: [
    'search',
    'objectGroupId',
    'quarterId',
    'objectId',
    'premiseType',
    'role',
    'status',
    'app',
    'source',
    'tag',
  ],
};

/**
 * Issue 17: a printed list says what it holds. A line «Фильтр: …» seen only on paper (print.css),
 * read from the list's URL in the words a mailing's «Кому» uses (filter-lines.ts), and — the pager
 * is not printed — which of its rows the paper holds: «Строки 21–40 из 1 234».
 */
export function PrintFilterSummary({ list, shown }: { list: List; shown: ListPageRows | undefined }) {
  const [params] = useSearchParams();
  const objects = useObjects();
  const groups = useObjectGroups();
  const quarters = useQuarters();
  const clientId = list === 'premises' ? params.get('clientId') : null;
  const client = useQuery({
    queryKey: ['clients', 'one', clientId],
    queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId ?? '' } } })),
    enabled: Boolean(clientId),
  });
  const conditions = Object.fromEntries(PARAMS[list].map((name) => [name, params.getAll(name)]));
  const lines = filterLines(conditions, {
    objects: byId(objects.data),
    groups: byId(groups.data),
    quarters: byId(quarters.data),
    client: (id) => (id === client.data?.id ? client.data.fullName : undefined),
  });
  const rows = shown && pageRowsText(shown);
  return (
    <div className="print-only" style={{ marginBottom: 8 }}>
      <div className="print-filter-summary">
        Фильтр:{' '}
        {lines.length > 0
          ? lines.map((line) => `${line.label}: ${line.value}`).join('; ')
          : 'нет, весь список'}
      </div>
      {rows && <div className="print-rows-summary">{rows}</div>}
    </div>
  );
}
