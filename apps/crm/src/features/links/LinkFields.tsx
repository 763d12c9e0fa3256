import {
  LINK_ROLE_NAMES,
  LINK_ROLES,
  type LinkRole,
  mayDependOn,
  ownerRequired,
  type PremiseLink,
  SHARE_ROLES,
} from '@domovoy/contract';
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { Fragment } from 'react';
import { docsFor } from './link-form';

/** L-2: every field of a link; the owner to depend on is chosen among the premise's owners. */
export function LinkFields({
  premiseLinks,
  selfClientId,
  autoFocusRole,
}: {
  premiseLinks: PremiseLink[];
  selfClientId?: string;
  /** The role is the form's first field (editing a link): it takes the focus. */
  autoFocusRole?: boolean;
}) {
  const role: LinkRole = Form.useWatch('role') ?? 'owner';
  const owners = premiseLinks.filter((l) => l.clientId !== selfClientId && mayDependOn(role, l.role));
  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Основание" name="role" rules={[{ required: true }]}>
            <Select
              autoFocus={autoFocusRole}
              options={LINK_ROLE_NAMES.map((r) => ({ value: r, label: LINK_ROLES[r].label }))}
            />
          </Form.Item>
        </Col>
        {role !== 'owner' && (
          <Col span={10}>
            <Form.Item
              label="Зависит от собственника"
              name="ownerClientId"
              rules={ownerRequired(role) ? [{ required: true, message: 'Выберите собственника' }] : []}
            >
              <Select
                allowClear={!ownerRequired(role)}
                notFoundContent="У помещения нет собственников"
                options={owners.map((l) => ({
                  value: l.clientId,
                  label: `${l.clientName} (${l.roleLabel})`,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        {SHARE_ROLES.includes(role) && (
          <Col span={6}>
            <Form.Item label="Доля" name="share" tooltip="Доля в праве собственности: 1/2, 0,5 или 50%">
              <Input />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        {role === 'tenant' && (
          <Col span={12}>
            <Form.Item
              label="Дата арендной платы"
              name="rentDate"
              tooltip="В этот день каждого месяца арендатор получит напоминание об оплате аренды"
            >
              <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {docsFor(role).map((doc) => (
          <Fragment key={doc.key}>
            <Col span={7}>
              <Form.Item label={doc.number} name={[doc.key, 'number']}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label={doc.date} name={[doc.key, 'date']}>
                <DatePicker format="DD.MM.YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Fragment>
        ))}
      </Row>
      <Form.Item label="Комментарий для сотрудников" name="comment">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item name="onlinePayment" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>Оплата счетов онлайн</Checkbox>
      </Form.Item>
      <Form.Item name="keepOnSync" valuePropName="checked">
        <Checkbox>Не удалять клиента при интеграции</Checkbox>
      </Form.Item>
    </>
  );
}
