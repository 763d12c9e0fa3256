import type { ImportChange, ImportChanges } from '@domovoy/contract';
import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { historyFieldLabel, showHistoryValue } from '../../shared/HistoryTable';

/** One line: a record to be created, or one field of a record that changes. */
type Line = { key: string; change: ImportChange; field?: { field: string; old: unknown; new: unknown } };

const ENTITY: Record<ImportChange['entity'], string> = {
  premise: 'Помещение',
  account: 'Лицевой счёт',
  client: 'Клиент',
  link: 'Привязка к помещению',
};

function linesOf(items: ImportChange[]): Line[] {
  return items.flatMap((change, i) =>
    change.action === 'create'
      ? [{ key: `${i}`, change }]
      : change.changes.map((field) => ({ key: `${i}:${field.field}`, change, field })),
  );
}

/** The record as the operator knows it: its address, its client, its account number. */
function RecordName({ change }: { change: ImportChange }) {
  const premise = change.premiseAddress ? (
    change.premiseId ? (
      <Link to={`/premises/${change.premiseId}`}>{change.premiseAddress}</Link>
    ) : (
      change.premiseAddress
    )
  ) : null;
  const client = change.clientName ? (
    change.clientId ? (
      <Link to={`/clients/${change.clientId}`}>{change.clientName}</Link>
    ) : (
      change.clientName
    )
  ) : null;
  if (change.entity === 'account')
    return (
      <>
        № {change.accountNumber}
        {premise && <>, {premise}</>}
      </>
    );
  if (change.entity === 'link')
    return (
      <>
        {client} — {premise}
      </>
    );
  return change.entity === 'client' ? client : premise;
}

/**
 * Issue 15: which records the file creates or changes, and which fields, old → new (as the change
 * history will record them; personal data arrives masked for a role without it).
 */
export function ChangesTable({ changes }: { changes: ImportChanges }) {
  const lines = linesOf(changes.items);
  const records = changes.items.length;
  return (
    <Card size="small" title={`Что изменится: записей — ${changes.total.toLocaleString('ru-RU')}`}>
      <Table<Line>
        aria-label="Что изменится"
        rowKey="key"
        size="small"
        dataSource={lines}
        pagination={lines.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
        columns={[
          {
            key: 'entity',
            title: 'Что',
            width: 220,
            render: (_, { change }) => (
              <>
                {ENTITY[change.entity]}{' '}
                {change.action === 'create' ? (
                  <Tag color="green">новая запись</Tag>
                ) : (
                  <Tag color="blue">изменится</Tag>
                )}
              </>
            ),
          },
          { key: 'record', title: 'Запись', render: (_, { change }) => <RecordName change={change} /> },
          {
            key: 'field',
            title: 'Поле',
            width: 200,
            render: (_, { change, field }) =>
              field ? (
                historyFieldLabel(change.entity, field.field)
              ) : (
                <Typography.Text type="secondary">будет создана</Typography.Text>
              ),
          },
          {
            key: 'old',
            title: 'Было',
            width: 200,
            render: (_, { field }) => (field ? showHistoryValue(field.old) : null),
          },
          {
            key: 'new',
            title: 'Станет',
            width: 200,
            render: (_, { field }) =>
              field ? <Typography.Text strong>{showHistoryValue(field.new)}</Typography.Text> : null,
          },
        ]}
        footer={
          records < changes.total
            ? () =>
                `Показаны первые ${records.toLocaleString('ru-RU')} записей из ${changes.total.toLocaleString('ru-RU')}`
            : undefined
        }
      />
    </Card>
  );
}
