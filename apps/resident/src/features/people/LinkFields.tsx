import { Form, Input, Radio, Space } from 'antd-mobile';
import { roleLabel } from '../../shared/labels';
import type { PersonRole } from './types';

export type PremiseOption = { id: string; objectName: string; address: string };

const personRoleLabel = (role: PersonRole) => (role === 'guest' ? 'Гость' : roleLabel(role));

/** APP-8: the role to give — житель / член семьи, представитель, арендатор, гость. */
export function RoleField({ roles }: { roles: readonly PersonRole[] }) {
  return (
    <Form.Item name="role" label="Роль" rules={[{ required: true, message: 'Выберите роль' }]}>
      <Radio.Group>
        <Space direction="vertical">
          {roles.map((role) => (
            <Radio key={role} value={role}>
              {personRoleLabel(role)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}

/** APP-8: a tenant's rent date — reminders to the tenant 3 days before, to the owner on the day. */
export function RentDateField() {
  return (
    <Form.Item
      name="rentDate"
      label="Дата арендной платы"
      description="За три дня арендатору придёт напоминание, а вам в этот день — предложение проверить оплату"
    >
      <Input aria-label="Дата арендной платы" type="date" />
    </Form.Item>
  );
}

/** APP-8: the premise the person gets access to (one of the resident's where they may add). */
export function PremiseField({ premises }: { premises: readonly PremiseOption[] }) {
  return (
    <Form.Item name="premiseId" label="Помещение" rules={[{ required: true, message: 'Выберите помещение' }]}>
      <Radio.Group>
        <Space direction="vertical">
          {premises.map((premise) => (
            <Radio key={premise.id} value={premise.id}>
              {premise.objectName}
              <div className="hint">{premise.address}</div>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}
