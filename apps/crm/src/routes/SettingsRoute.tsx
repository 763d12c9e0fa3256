import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { MeterSettingsTab } from '../features/meters/MeterSettingsTab';
import { MonitorSettingsTab } from '../features/monitor/MonitorSettingsTab';
import { RequestTypesTab } from '../features/service-requests/RequestTypesTab';
import { ApiKeysTab } from '../features/settings/ApiKeysTab';
import { BrandTab } from '../features/settings/BrandTab';
import { LegalEntitiesTab, NamedItemsTab, ObjectsTab } from '../features/settings/SettingsTabs';
import { XmlFolderTab } from '../features/settings/XmlFolderTab';
import { SmsOutboxTab } from '../features/sms/SmsOutboxTab';
import { knownTab } from '../shared/known-tab';

const TABS = [
  { key: 'legal-entities', label: 'Юрлица', children: <LegalEntitiesTab /> },
  { key: 'objects', label: 'Объекты', children: <ObjectsTab /> },
  { key: 'groups', label: 'Группы объектов', children: <NamedItemsTab kind="object-groups" /> },
  { key: 'quarters', label: 'Кварталы', children: <NamedItemsTab kind="quarters" /> },
  { key: 'request-types', label: 'Типы заявок', children: <RequestTypesTab /> },
  { key: 'resident-app', label: 'Приложение жителей', children: <BrandTab /> },
  { key: 'meters', label: 'Показания счётчиков', children: <MeterSettingsTab /> },
  { key: 'api-keys', label: 'Ключи API', children: <ApiKeysTab /> },
  { key: 'xml-folder', label: 'Папка XML', children: <XmlFolderTab /> },
  { key: 'sms', label: 'SMS', children: <SmsOutboxTab /> },
  { key: 'monitor', label: 'Монитор', children: <MonitorSettingsTab /> },
];

export function SettingsRoute() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Настройки
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={knownTab(TABS, params.get('tab'))}
          onChange={(key) => setParams(key === 'legal-entities' ? {} : { tab: key })}
          destroyOnHidden
          items={TABS}
        />
      </Card>
    </>
  );
}
