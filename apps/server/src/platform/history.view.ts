import {
  ACCOUNT_FIELD_LABELS,
  DOCUMENT_FIELD_LABELS,
  type HistoryEntry,
  PREMISE_FIELD_LABELS,
} from '@domovoy/contract';
import type { HistoryRow } from './history';

const LABELS: Record<string, Record<string, string>> = {
  premise: PREMISE_FIELD_LABELS,
  account: ACCOUNT_FIELD_LABELS,
  document: DOCUMENT_FIELD_LABELS,
};

const WHAT: Record<string, [string, string, string]> = {
  premise: ['Создано помещение', 'Изменено помещение', 'Удалено помещение'],
  account: ['Добавлен лицевой счёт', 'Изменён лицевой счёт', 'Удалён лицевой счёт'],
  document: ['Добавлен документ', 'Изменён документ', 'Удалён документ'],
};

function summary(row: HistoryRow): string {
  const [created, updated, deleted] = WHAT[row.entityType] ?? ['Создано', 'Изменено', 'Удалено'];
  const labels = LABELS[row.entityType] ?? {};
  const named = (field: string) => labels[field] ?? field;
  const ident = row.changes.find((c) => c.field === 'number' || c.field === 'title');
  const which = ident ? ` ${String(ident.new ?? ident.old)}` : '';
  if (row.action === 'create') return `${created}${row.entityType === 'premise' ? '' : which}`;
  if (row.action === 'delete') return `${deleted}${row.entityType === 'premise' ? '' : which}`;
  return `${updated}: ${row.changes.map((c) => named(c.field)).join(', ')}`;
}

export function mapHistory(row: HistoryRow): HistoryEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor: row.actorStaffId && row.actorName ? { id: row.actorStaffId, name: row.actorName } : null,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action as HistoryEntry['action'],
    summary: summary(row),
    changes: row.changes,
  };
}
