import type { ClientSession } from '@domovoy/contract';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  List,
  Popconfirm,
  Select,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useClientSessions, useDeactivateSession } from './api';

const PLATFORMS: Record<string, string> = { ios: 'iOS', android: 'Android', web: 'Браузер' };

/** S-1: a device as the dropdown names it; a session from before devices were recorded is unknown. */
export function deviceTitle(session: ClientSession): string {
  if (!session.deviceName && !session.devicePlatform) return 'Неизвестное устройство';
  const platform = session.devicePlatform && (PLATFORMS[session.devicePlatform] ?? session.devicePlatform);
  return [session.deviceName ?? 'Неизвестное устройство', platform].filter(Boolean).join(' · ');
}

function PermissionTag({ allowed }: { allowed: boolean | null }) {
  if (allowed === null) return <Tag>Нет данных</Tag>;
  return allowed ? (
    <Tag color="green">Разрешены</Tag>
  ) : (
    <Tag color="red">Запрещены в настройках устройства</Tag>
  );
}

function TypeState({ enabled }: { enabled: boolean | null }) {
  if (enabled === null) return <Tag>Нет данных</Tag>;
  return enabled ? <Tag color="green">Включены</Tag> : <Tag>Выключены</Tag>;
}

/**
 * S-1..S-3: «Информирование» — the devices the client is signed in on («Активные сеансы»), the
 * chosen one's last activity, ending it, and its notification settings.
 */
export function NotificationsTab({ clientId }: { clientId: string }) {
  const can = useCan();
  const { message } = App.useApp();
  const sessions = useClientSessions(clientId);
  const deactivate = useDeactivateSession(clientId);
  const [chosenId, setChosenId] = useState<string>();
  if (sessions.error) return <Alert type="error" showIcon title={errorText(sessions.error)} />;
  const list = sessions.data ?? [];
  // The chosen device, or the most recently active one (also after the chosen one was ended).
  const session = list.find((s) => s.id === chosenId) ?? list[0];
  const editable = can('clients.edit');
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Form layout="vertical" component="div">
        <Form.Item label="Активные сеансы" htmlFor="client-sessions" style={{ marginBottom: 8 }}>
          <Select
            id="client-sessions"
            loading={sessions.isPending}
            value={session?.id}
            onChange={setChosenId}
            options={list.map((s) => ({ value: s.id, label: deviceTitle(s) }))}
            placeholder="Нет активных сеансов"
            notFoundContent="Нет активных сеансов"
          />
        </Form.Item>
        {session && (
          <Typography.Text type="secondary">
            Последняя активность: {formatDateTime(session.lastSeenAt)}
          </Typography.Text>
        )}
      </Form>
      {!sessions.isPending && !session && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Клиент не вошёл в приложение ни на одном устройстве: настройки уведомлений можно увидеть, только
          когда есть активный сеанс.
        </Typography.Paragraph>
      )}
      {session && (
        <>
          <Flex>
            <Tooltip title={editable ? undefined : 'Нужно право «Клиенты: редактирование»'}>
              <Popconfirm
                title="Деактивировать сессию?"
                description={`${deviceTitle(session)}: клиенту придётся снова войти в приложение на этом устройстве.`}
                okText="Деактивировать"
                okButtonProps={{ danger: true }}
                cancelText="Отмена"
                disabled={!editable}
                onConfirm={() =>
                  deactivate.mutateAsync(session.id).then(
                    () => message.success('Сессия деактивирована'),
                    (error: unknown) => message.error(errorText(error)),
                  )
                }
              >
                <Button danger disabled={!editable} loading={deactivate.isPending}>
                  Деактивировать сессию
                </Button>
              </Popconfirm>
            </Tooltip>
          </Flex>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'notifications',
                label: 'Уведомления приложения',
                children: <PermissionTag allowed={session.osPermission} />,
              },
              {
                key: 'changed',
                label: 'Типы уведомлений изменены',
                children: session.notificationsChangedAt
                  ? formatDateTime(session.notificationsChangedAt)
                  : 'Нет данных',
              },
              { key: 'version', label: 'Версия приложения', children: session.appVersion ?? 'Нет данных' },
              { key: 'created', label: 'Вход выполнен', children: formatDateTime(session.createdAt) },
            ]}
          />
          {/* S-3: the types mean something only when the device lets the app notify at all. */}
          {session.osPermission && (
            <List
              size="small"
              bordered
              header={<Typography.Text strong>Типы уведомлений</Typography.Text>}
              dataSource={session.notificationTypes}
              renderItem={(type) => (
                <List.Item extra={<TypeState enabled={type.enabled} />}>{type.name}</List.Item>
              )}
            />
          )}
        </>
      )}
    </Flex>
  );
}
