import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  LINK_ROLES,
  type LinkRole,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';

/** Names of the organisation's objects, groups and quarters by id; a client's name where known. */
export type FilterNames = {
  objects: Map<string, string>;
  groups: Map<string, string>;
  quarters: Map<string, string>;
  client?: (id: string) => string | undefined;
};

export type FilterLine = { label: string; value: string };

const APP: Record<string, string> = { installed: 'был(а)', never: 'ни разу' };

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v) => v != null && v !== '').map(String);

/** Objects, groups and quarters as the lookups give them, by id. */
export const byId = (items: { id: string; name: string }[] | undefined) =>
  new Map((items ?? []).map((item) => [item.id, item.name]));

/**
 * The premises or clients list's conditions in words, as the lists name them («Объект: ЖК
 * Северный», «Роль в помещении: Собственник»): a mailing's «Кому» and a printed list's «Фильтр»
 * (issue 17). An id no longer known shows as is; a key no list has, by its name.
 */
export function filterLines(conditions: Record<string, unknown>, names: FilterNames): FilterLine[] {
  const byName = (map: Map<string, string>) => (id: string) => map.get(id) ?? id;
  const premiseType = (v: string) => PREMISE_TYPES[v as PremiseType]?.label ?? v;
  const FIELDS: Record<string, { label: string; name: (value: string) => string }> = {
    search: { label: 'Поиск', name: (v) => `«${v}»` },
    objectGroupId: { label: 'Группа объектов', name: byName(names.groups) },
    quarterId: { label: 'Квартал', name: byName(names.quarters) },
    objectId: { label: 'Объект', name: byName(names.objects) },
    premiseType: { label: 'Тип помещения', name: premiseType },
    type: { label: 'Тип помещения', name: premiseType },
    role: { label: 'Роль в помещении', name: (v) => LINK_ROLES[v as LinkRole]?.label ?? v },
    tag: { label: 'Теги', name: (v) => v },
    status: { label: 'Статус клиента', name: (v) => CLIENT_STATUSES[v as keyof typeof CLIENT_STATUSES] ?? v },
    app: { label: 'Был(а) в ЛК', name: (v) => APP[v] ?? v },
    source: { label: 'Источник', name: (v) => CLIENT_SOURCES[v as keyof typeof CLIENT_SOURCES] ?? v },
  };
  const lines: FilterLine[] = [];
  for (const [key, value] of Object.entries(conditions)) {
    const values = asList(value);
    if (values.length === 0) continue;
    if (key === 'clientId') {
      const named = names.client && values.map((id) => names.client?.(id) ?? id);
      lines.push(
        named
          ? { label: 'Клиент', value: named.join(', ') }
          : { label: 'Помещения клиентов', value: `выбрано клиентов: ${values.length}` },
      );
      continue;
    }
    // The rows ticked on the list (bulk actions): their count, not their ids.
    if (key === 'id') {
      lines.push({ label: 'Только отмеченные', value: `строк: ${values.length}` });
      continue;
    }
    const field = FIELDS[key];
    lines.push(
      field
        ? { label: field.label, value: values.map(field.name).join(', ') }
        : { label: key, value: values.join(', ') },
    );
  }
  return lines;
}
