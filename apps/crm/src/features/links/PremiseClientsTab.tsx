import type { PremiseLink } from '@domovoy/contract';
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { Pii } from '../../shared/Pii';
import { useCan } from '../../shared/session';
import { usePremiseLinks } from './api';
import { LinkModal, type LinkTarget } from './LinkModal';
import { LINK_SOURCE_WIDTH, LinkSource } from './LinkSource';
import { RemoveLinkButton } from './RemoveLinkButton';

/** L-1, L-2, L-5 on the premise card: its clients in every role, add, edit, remove. */
export function PremiseClientsTab({ premiseId }: { premiseId: string }) {
  const links = usePremiseLinks(premiseId);
  const can = useCan();
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const editable = can('clients.edit');
  if (links.error) return <Alert type="error" showIcon title={errorText(links.error)} />;
  const all = links.data ?? [];
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setTarget({ kind: 'premise', premiseId })}>
            Добавить клиента
          </Button>
        </Flex>
      )}
      <Table<PremiseLink>
        rowKey="id"
        size="middle"
        loading={links.isPending}
        dataSource={all}
        pagination={false}
        locale={{ emptyText: 'К помещению не привязан ни один клиент' }}
        columns={[
          {
            key: 'client',
            title: 'Клиент',
            render: (_, l) => (
              <>
                <Link to={`/clients/${l.clientId}`}>
                  <Pii value={l.clientName} kind="name" />
                </Link>
                {l.clientStatus === 'blocked' && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    Заблокирован
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'phone',
            title: 'Телефон',
            // «+7 916 123-45-67» on one line: the «Добавлен» column leaves less room than before.
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_, l) => <Pii value={l.clientPhone} kind="contacts" />,
          },
          { key: 'role', title: 'Основание', dataIndex: 'roleLabel' },
          {
            key: 'owner',
            title: 'Собственник',
            render: (_, l) =>
              l.ownerName ? (
                <Pii value={l.ownerName} kind="name" />
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          { key: 'share', title: 'Доля', render: (_, l) => l.share ?? '—' },
          {
            key: 'source',
            title: 'Добавлен',
            width: LINK_SOURCE_WIDTH,
            render: (_, l) => <LinkSource link={l} />,
          },
          {
            key: 'actions',
            width: 210,
            render: (_, l) =>
              editable && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setTarget({ kind: 'edit', link: l })}>
                    Изменить
                  </Button>
                  <RemoveLinkButton link={l} dependents={all.filter((d) => d.ownerClientId === l.clientId)} />
                </Flex>
              ),
          },
        ]}
      />
      {target && <LinkModal target={target} onClose={() => setTarget(null)} />}
    </>
  );
}
