import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  LINK_ROLES,
  type LinkRole,
  MAILING_SOURCES,
  type MailingSource,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';

/** Names of the organisation's objects, groups and quarters, by id. */
export type Names = {
  objects: Map<string, string>;
  groups: Map<string, string>;
  quarters: Map<string, string>;
};

const APP: Record<string, string> = { installed: 'был(а)', never: 'ни разу' };

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v) => v != null && v !== '').map(String);

/**
 * «Кому» on a mailing's card: the conditions of the list it was made from, as that list names
 * them («Объект: ЖК Северный», «Роль в помещении: Собственник»); an id no longer known shows as is.
 */
export function audienceLines(
  source: MailingSource,
  filter: Record<string, unknown>,
  names: Names,
): { label: string; value: string }[] {
  const byName = (map: Map<string, string>) => (id: string) => map.get(id) ?? id;
  const FIELDS: Record<string, { label: string; name: (value: string) => string }> = {
    search: { label: 'Поиск', name: (v) => `«${v}»` },
    objectGroupId: { label: 'Группа объектов', name: byName(names.groups) },
    quarterId: { label: 'Квартал', name: byName(names.quarters) },
    objectId: { label: 'Объект', name: byName(names.objects) },
    premiseType: { label: 'Тип помещения', name: (v) => PREMISE_TYPES[v as PremiseType]?.label ?? v },
    type: { label: 'Тип помещения', name: (v) => PREMISE_TYPES[v as PremiseType]?.label ?? v },
    role: { label: 'Роль в помещении', name: (v) => LINK_ROLES[v as LinkRole]?.label ?? v },
    tag: { label: 'Теги', name: (v) => v },
    status: { label: 'Статус клиента', name: (v) => CLIENT_STATUSES[v as keyof typeof CLIENT_STATUSES] ?? v },
    app: { label: 'Был(а) в ЛК', name: (v) => APP[v] ?? v },
    source: { label: 'Источник', name: (v) => CLIENT_SOURCES[v as keyof typeof CLIENT_SOURCES] ?? v },
  };
  const lines: { label: string; value: string }[] = [{ label: 'Откуда', value: MAILING_SOURCES[source] }];
  // The whole audience may be kept ({ source, clients: {…} }) or only its list's filters.
  const nested = filter.clients ?? filter.premises;
  const conditions = nested && typeof nested === 'object' ? (nested as Record<string, unknown>) : filter;
  for (const [key, value] of Object.entries(conditions)) {
    if (key === 'source' && typeof value === 'string') continue; // the audience's own source
    const values = asList(value);
    if (values.length === 0 || (source === 'client' && key === 'clientId')) continue;
    if (key === 'clientId') {
      lines.push({ label: 'Помещения клиентов', value: `выбрано клиентов: ${values.length}` });
      continue;
    }
    const field = FIELDS[key];
    lines.push(
      field
        ? { label: field.label, value: values.map(field.name).join(', ') }
        : { label: key, value: values.join(', ') },
    );
  }
  if (lines.length === 1 && source !== 'client')
    lines.push({ label: 'Условия', value: 'все клиенты списка' });
  return lines;
}
