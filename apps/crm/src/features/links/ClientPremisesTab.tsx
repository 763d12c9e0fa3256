import type { ClientPremiseLink } from '@domovoy/contract';
import { Alert, Button, Flex, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { Pii } from '../../shared/Pii';
import { useCan } from '../../shared/session';
import { useClientLinks } from './api';
import { LinkModal, type LinkTarget } from './LinkModal';
import { LINK_SOURCE_WIDTH, LinkSource } from './LinkSource';
import { RemoveLinkButton } from './RemoveLinkButton';

/** L-1 on the client card: the client's premises with role and personal accounts. */
export function ClientPremisesTab({ clientId }: { clientId: string }) {
  const links = useClientLinks(clientId);
  const can = useCan();
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const editable = can('clients.edit');
  if (links.error) return <Alert type="error" showIcon title={errorText(links.error)} />;
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setTarget({ kind: 'client', clientId })}>
            Добавить помещение
          </Button>
        </Flex>
      )}
      <Table<ClientPremiseLink>
        rowKey="id"
        size="middle"
        loading={links.isPending}
        dataSource={links.data}
        pagination={false}
        locale={{ emptyText: 'Клиент не привязан ни к одному помещению' }}
        columns={[
          {
            key: 'premise',
            title: 'Помещение',
            render: (_, l) => <Link to={`/premises/${l.premiseId}`}>{l.premiseAddress}</Link>,
          },
          { key: 'object', title: 'Объект', dataIndex: 'objectName' },
          { key: 'role', title: 'Основание', dataIndex: 'roleLabel' },
          { key: 'owner', title: 'Собственник', render: (_, l) => <Pii value={l.ownerName} kind="name" /> },
          { key: 'share', title: 'Доля', render: (_, l) => l.share ?? '—' },
          {
            key: 'accounts',
            title: 'Лицевые счета',
            render: (_, l) => l.accounts.map((a) => a.number).join(', ') || '—',
          },
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
                  <RemoveLinkButton link={l} dependents={[]} />
                </Flex>
              ),
          },
        ]}
      />
      {target && <LinkModal target={target} onClose={() => setTarget(null)} />}
    </>
  );
}
