import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  LINK_ROLES,
  type LinkRole,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from './api-client';
import { useObjectGroups, useObjects, useQuarters } from './lookups';

type List = 'premises' | 'clients';
/** A URL parameter, its title, and the name of one of its values. */
type Filter = [string, string, (value: string) => string];
type Named = { id: string; name: string }[] | undefined;

const nameOf = (items: Named) => (id: string) => items?.find((i) => i.id === id)?.name ?? id;
const labelOf =
  <K extends string>(labels: Record<K, string | { label: string }>) =>
  (value: string) => {
    const found = labels[value as K];
    return found === undefined ? value : typeof found === 'string' ? found : found.label;
  };
const APP = { installed: 'Был(а)', never: 'Ни разу' };

/**
 * Issue 17: a printed list says what it holds. A line «Фильтр: …» seen only on paper (print.css),
 * read from the list's URL — the search and each filter by its name and its values' names.
 */
export function PrintFilterSummary({ list }: { list: List }) {
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
  const filters: Filter[] = [
    ['objectGroupId', 'Группа объектов', nameOf(groups.data)],
    ['quarterId', 'Квартал', nameOf(quarters.data)],
    ['objectId', 'Объект', nameOf(objects.data)],
    ...(list === 'premises'
      ? ([
          ['type', 'Тип', labelOf(PREMISE_TYPES as Record<PremiseType, { label: string }>)],
          ['clientId', 'Клиент', (id: string) => client.data?.fullName ?? id],
        ] satisfies Filter[])
      : ([
          ['premiseType', 'Тип помещения', labelOf(PREMISE_TYPES as Record<PremiseType, { label: string }>)],
          ['role', 'Роль в помещении', labelOf(LINK_ROLES as Record<LinkRole, { label: string }>)],
          ['status', 'Статус', labelOf(CLIENT_STATUSES)],
          ['app', 'Был(а) в ЛК', labelOf(APP)],
          ['source', 'Источник', labelOf(CLIENT_SOURCES)],
        ] satisfies Filter[])),
    ['tag', 'Теги', (tag: string) => tag],
  ];
  const search = params.get('search');
  const parts = [
    ...(search ? [`поиск «${search}»`] : []),
    ...filters.flatMap(([name, title, label]) => {
      const values = params.getAll(name);
      return values.length > 0 ? [`${title}: ${values.map(label).join(', ')}`] : [];
    }),
  ];
  return (
    <div className="print-only print-filter-summary" style={{ marginBottom: 8 }}>
      Фильтр: {parts.length > 0 ? parts.join('; ') : 'нет, весь список'}
    </div>
  );
}
