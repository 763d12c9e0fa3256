import { LINK_ROLES } from '@domovoy/contract';
import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { FileOutcome } from './OutcomeSummary';

type Deletions = NonNullable<FileOutcome['deletions']>;
type Item = Deletions['items'][number];
type LeftAlone = NonNullable<Deletions['leftAlone']>[number];

const roleLabel = (role: string) => LINK_ROLES[role as keyof typeof LINK_ROLES]?.label ?? role;

const RED = '#cf1322';

/**
 * I-5: owners of the file's premises who are not in the file lose their link, and the clients
 * who depend on them lose theirs too. Shown in red: this is what the file removes.
 */
export function DeletionsTable({ deletions, mode }: { deletions: Deletions; mode: 'preview' | 'result' }) {
  const { total, kept, skipped, items, leftAlone = [] } = deletions;
  const verb = mode === 'preview' ? 'Будут удалены' : 'Удалены';
  // The server lists the first owners only: each with the links of their dependents.
  const listed = items.reduce((sum, item) => sum + 1 + item.dependents.length, 0);
  return (
    <Card
      size="small"
      title={
        <Typography.Text style={{ color: RED }}>
          {verb} привязки собственников, которых нет в файле: {skipped ? 0 : total}
        </Typography.Text>
      }
      styles={{ root: { borderColor: skipped || total === 0 ? undefined : '#ffa39e' } }}
    >
      <Flex vertical gap={12}>
        {skipped && (
          <Alert
            type="info"
            showIcon
            title={`Удаления не выполняются: ${skipped}`}
            description={
              total > 0
                ? `Без этого было бы удалено привязок: ${total}. Ниже — кого это касалось бы.`
                : undefined
            }
          />
        )}
        {kept > 0 && (
          <Typography.Text type="secondary">
            Не удаляются привязки с отметкой «Не удалять клиента при интеграции»: {kept}
          </Typography.Text>
        )}
        {items.length > 0 ? (
          <Table<Item>
            rowKey={(item) => `${item.premiseId}:${item.clientId}`}
            size="small"
            dataSource={items}
            pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            onRow={() => ({ style: { background: skipped ? undefined : '#fff1f0' } })}
            columns={[
              {
                key: 'premise',
                title: 'Помещение',
                render: (_, item) => <Link to={`/premises/${item.premiseId}`}>{item.premiseAddress}</Link>,
              },
              {
                key: 'owner',
                title: 'Собственник',
                render: (_, item) => (
                  <>
                    <Link to={`/clients/${item.clientId}`} style={{ color: RED }}>
                      {item.clientName}
                    </Link>{' '}
                    <Tag color="red">{roleLabel(item.role)}</Tag>
                  </>
                ),
              },
              {
                key: 'dependents',
                title: 'Удаляются вместе с ним',
                render: (_, item) =>
                  item.dependents.length === 0 ? (
                    <Typography.Text type="secondary">никто</Typography.Text>
                  ) : (
                    item.dependents.map((d) => (
                      <div key={d.clientId}>
                        <Link to={`/clients/${d.clientId}`} style={{ color: RED }}>
                          {d.clientName}
                        </Link>{' '}
                        <Tag>{roleLabel(d.role)}</Tag>
                      </div>
                    ))
                  ),
              },
            ]}
            footer={
              listed < total ? () => `Показаны не все: всего привязок к удалению — ${total}` : undefined
            }
          />
        ) : (
          !skipped &&
          leftAlone.length === 0 && (
            <Typography.Text type="secondary">Удалять некого: все собственники есть в файле.</Typography.Text>
          )
        )}
        {leftAlone.length > 0 && <LeftAloneTable premises={leftAlone} mode={mode} />}
      </Flex>
    </Card>
  );
}

/** XML: premises whose owners the file does not fully say (an element of theirs refused or with errors). */
function LeftAloneTable({ premises, mode }: { premises: LeftAlone[]; mode: 'preview' | 'result' }) {
  return (
    <Table<LeftAlone>
      rowKey="premiseId"
      size="small"
      dataSource={premises}
      aria-label="Помещения, собственники которых не удаляются"
      title={() =>
        `${mode === 'preview' ? 'Не будут удалены' : 'Не удалены'} собственники помещений, по которым в файле есть ошибки: ${premises.length}`
      }
      pagination={premises.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { key: 'row', title: 'Строка', dataIndex: 'row', width: 100 },
        {
          key: 'premise',
          title: 'Помещение',
          render: (_, item) => <Link to={`/premises/${item.premiseId}`}>{item.premiseAddress}</Link>,
        },
        { key: 'reason', title: 'Почему', dataIndex: 'reason' },
      ]}
    />
  );
}
