import type { ImportJob } from '@domovoy/contract';
import { Alert, Card, Col, Flex, Row, Statistic, Table } from 'antd';
import { DeletionsTable } from './DeletionsTable';

export type FileOutcome = NonNullable<ImportJob['preview']>;

type CountName = 'created' | 'updated' | 'merged' | 'unchanged';

/** The preview speaks of the future, the result of the past. */
const WORDS: Record<'preview' | 'result', Record<CountName, string>> = {
  preview: { created: 'Новые', updated: 'Изменятся', merged: 'Объединятся', unchanged: 'Без изменений' },
  result: { created: 'Создано', updated: 'Изменено', merged: 'Объединено', unchanged: 'Без изменений' },
};

const GROUPS = [
  { key: 'premises', title: 'Помещения' },
  { key: 'accounts', title: 'Лицевые счета' },
  { key: 'clients', title: 'Клиенты' },
  { key: 'links', title: 'Привязки клиентов к помещениям' },
] as const;

type Props = { outcome: FileOutcome; mode: 'preview' | 'result' };

/** I-3: what a file will do (its preview) or did (its result): counts, refused rows, I-5 removals. */
export function OutcomeSummary({ outcome, mode }: Props) {
  const words = WORDS[mode];
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {GROUPS.map(({ key, title }) => {
          const counts: Partial<Record<CountName, number>> | undefined = outcome[key];
          if (!counts) return null;
          return (
            <Col key={key} xs={24} md={12} xl={6}>
              <Card size="small" title={title} style={{ height: '100%' }}>
                <Flex gap={24} wrap>
                  {(['created', 'updated', 'merged', 'unchanged'] as const).map((name) =>
                    counts[name] === undefined ? null : (
                      <Statistic key={name} title={words[name]} value={counts[name]} />
                    ),
                  )}
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
      {outcome.deletions && <DeletionsTable deletions={outcome.deletions} mode={mode} />}
      {outcome.refusedRows > 0 && (
        <Card
          size="small"
          title={`${mode === 'preview' ? 'Не будут загружены' : 'Не загружены'} строки: ${outcome.refusedRows}`}
        >
          <Table
            rowKey="row"
            size="small"
            dataSource={outcome.refused}
            pagination={outcome.refused.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { key: 'row', title: 'Строка', dataIndex: 'row', width: 100 },
              { key: 'message', title: 'Почему', dataIndex: 'message' },
            ]}
            footer={
              outcome.refusedRows > outcome.refused.length
                ? () => `Показаны первые ${outcome.refused.length} из ${outcome.refusedRows}`
                : undefined
            }
          />
        </Card>
      )}
      {outcome.notApplied.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="Эти колонки прочитаны и проверены, но пока не загружаются"
          description={outcome.notApplied.map((c) => `«${c}»`).join(', ')}
        />
      )}
    </Flex>
  );
}
