import { NotificationSettings } from '../features/push/NotificationSettings';
import { Screen } from '../shared/Screen';

/** S-3: notifications of this device — the permission and the types. */
export function NotificationSettingsRoute() {
  return (
    <Screen title="Настройки уведомлений" back="/notifications">
      <NotificationSettings />
    </Screen>
  );
}
