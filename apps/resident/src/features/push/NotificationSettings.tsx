import { NOTIFICATION_TYPE_CODES, NOTIFICATION_TYPES } from '@domovoy/contract';
import { useMutation } from '@tanstack/react-query';
import { Button, List, Switch, Toast } from 'antd-mobile';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { useApi, useOrganization } from '../../shared/app-context';
import { syncPush } from './api';
import { type NotificationTypes, permissionState, saveTypes, storedTypes } from './push-device';

const PERMISSION_TEXT = {
  granted: 'Уведомления на этом устройстве разрешены',
  denied:
    'Уведомления запрещены в настройках браузера или телефона: разрешите их там, чтобы получать push-уведомления',
  default: 'Разрешите уведомления, чтобы узнавать о заявках, начислениях и новостях сразу',
  unsupported:
    'Этот браузер не показывает уведомления. Установите приложение на экран «Домой» и откройте его оттуда',
} as const;

/**
 * S-3, issue 14: this device's notifications — the OS permission (asked here, on a tap, as browsers
 * require) and the types the resident keeps on. Every change goes to the server, and with the
 * permission and a type on, the device subscribes to push.
 */
export function NotificationSettings() {
  const api = useApi();
  const organization = useOrganization();
  const [permission, setPermission] = useState(permissionState);
  const [types, setTypes] = useState<NotificationTypes>(() => storedTypes(organization));
  const sync = useMutation({
    mutationFn: () => syncPush(api, organization),
    onError: (error) => Toast.show({ content: errorText(error) }),
  });

  const allow = async () => {
    setPermission(await Notification.requestPermission());
    sync.mutate();
  };
  const toggle = (code: keyof NotificationTypes, on: boolean) => {
    const next = { ...types, [code]: on };
    saveTypes(organization, next);
    setTypes(next);
    sync.mutate();
  };

  return (
    <>
      <List header="Уведомления приложения">
        <List.Item description={PERMISSION_TEXT[permission]}>
          {permission === 'granted' ? 'Разрешены' : permission === 'default' ? 'Не разрешены' : 'Недоступны'}
        </List.Item>
      </List>
      {permission === 'default' && (
        <div className="actions">
          <Button block color="primary" onClick={allow} loading={sync.isPending}>
            Разрешить уведомления
          </Button>
        </div>
      )}
      <List header="Типы уведомлений">
        {NOTIFICATION_TYPE_CODES.map((code) => (
          <List.Item
            key={code}
            extra={
              <Switch
                checked={types[code]}
                onChange={(on) => toggle(code, on)}
                aria-label={NOTIFICATION_TYPES[code]}
              />
            }
          >
            {NOTIFICATION_TYPES[code]}
          </List.Item>
        ))}
      </List>
    </>
  );
}
