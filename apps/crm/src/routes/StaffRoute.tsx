import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { RolesTab } from '../features/staff/RolesTab';
import { StaffTab } from '../features/staff/StaffTab';
import { knownTab } from '../shared/known-tab';

const TABS = [
  { key: 'staff', label: 'Сотрудники', children: <StaffTab /> },
  { key: 'roles', label: 'Роли доступа', children: <RolesTab /> },
];

export function StaffRoute() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Сотрудники
      </Typography.Title>
      <Card>
        <Tabs
          activeKey={knownTab(TABS, params.get('tab'))}
          onChange={(key) => setParams(key === 'staff' ? {} : { tab: key })}
          destroyOnHidden
          items={TABS}
        />
      </Card>
    </>
  );
}
