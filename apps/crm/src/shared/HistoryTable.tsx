import {
  ACCOUNT_FIELD_LABELS,
  CLIENT_FIELD_LABELS,
  DOCUMENT_FIELD_LABELS,
  LINK_FIELD_LABELS,
  PII_MASK,
  PREMISE_FIELD_LABELS,
  REQUEST_FIELD_LABELS,
  SERVICE_REQUEST_FIELD_LABELS,
  SESSION_FIELD_LABELS,
} from '@domovoy/contract';
import { Alert, Table, Typography } from 'antd';
import { errorText } from './errors';
import { formatDateTime } from './format';
import { Pii } from './Pii';

const LABELS: Record<string, Record<string, string>> = {
  premise: PREMISE_FIELD_LABELS,
  account: ACCOUNT_FIELD_LABELS,
  document: DOCUMENT_FIELD_LABELS,
  client: CLIENT_FIELD_LABELS,
  link: LINK_FIELD_LABELS,
  external_id: CLIENT_FIELD_LABELS,
  registration_request: REQUEST_FIELD_LABELS,
  lead: REQUEST_FIELD_LABELS,
  resident_session: SESSION_FIELD_LABELS,
  service_request: SERVICE_REQUEST_FIELD_LABELS,
};

/** The part of a history entry this table shows (the same shape on every card). */
type HistoryEntry = {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  /** Who made it: the staff member, «Интеграция: <ключ>» or «Клиент в приложении: <ФИО>». */
  actorName: string | null;
  entityType: string;
  action: 'create' | 'update' | 'delete';
  summary: string;
  changes: { field: string; old?: unknown; new?: unknown }[];
};

/** A field's Russian name in an entity's history (the key itself when it has none). */
export const historyFieldLabel = (entityType: string, field: string): string =>
  LABELS[entityType]?.[field] ?? field;

/** An old or new value of a change as text: «—» for none, «да»/«нет», lists with commas. */
export const showHistoryValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (Array.isArray(value)) return value.map(showHistoryValue).join(', ') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/**
 * The author of an entry: a staff member, an integration key, a resident in the app (whose name
 * the server masks for a role without «ФИО», R-3: the asterisks say why), or «Система».
 */
function Author({ entry }: { entry: HistoryEntry }) {
  const name = entry.actorName ?? entry.actor?.name;
  if (!name) return <>Система</>;
  const masked = `: ${PII_MASK}`;
  if (!name.endsWith(masked)) return <>{name}</>;
  return (
    <>
      {name.slice(0, -PII_MASK.length)}
      <Pii value={PII_MASK} kind="name" />
    </>
  );
}

type Props = { entries: HistoryEntry[] | undefined; loading: boolean; error: unknown };

/** who, when, what — field, old → new (masked values arrive as asterisks). */
export function HistoryTable({ entries, loading, error }: Props) {
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  return (
    <Table<HistoryEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: 'Изменений пока нет' }}
      columns={[
        { key: 'at', title: 'Когда', width: 150, render: (_, e) => formatDateTime(e.at) },
        { key: 'actor', title: 'Кто', width: 200, render: (_, e) => <Author entry={e} /> },
        { key: 'summary', title: 'Что', dataIndex: 'summary', width: 280 },
        {
          key: 'changes',
          title: 'Изменения',
          render: (_, e) =>
            e.action === 'update'
              ? e.changes.map((c) => (
                  <div key={c.field}>
                    <Typography.Text type="secondary">
                      {historyFieldLabel(e.entityType, c.field)}:
                    </Typography.Text>{' '}
                    {showHistoryValue(c.old)} → {showHistoryValue(c.new)}
                  </div>
                ))
              : null,
        },
      ]}
    />
  );
}
