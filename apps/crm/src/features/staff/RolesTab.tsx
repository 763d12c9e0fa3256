import { ERRORS, PERMISSION_GROUPS, type Permission, type Role } from '@domovoy/contract';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useGrantor } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useDeleteRole, usePermissionCatalogue, useRoles, useSaveRole } from './api';

/** roles as named permission sets; the built-in administrator role is read-only. */
export function RolesTab() {
  const roles = useRoles();
  const remove = useDeleteRole();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  if (roles.error) return <Alert type="error" showIcon title={errorText(roles.error)} />;
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          Добавить роль
        </Button>
      </Flex>
      <Table<Role>
        rowKey="id"
        size="middle"
        loading={roles.isPending}
        dataSource={roles.data}
        pagination={false}
        columns={[
          {
            key: 'name',
            title: 'Роль',
            render: (_, r) => (
              <>
                {r.name} {r.system && <Tag>встроенная</Tag>}
              </>
            ),
          },
          { key: 'permissions', title: 'Прав', width: 100, render: (_, r) => r.permissions.length },
          { key: 'staff', title: 'Сотрудников', width: 130, dataIndex: 'staffCount' },
          {
            key: 'actions',
            width: 230,
            render: (_, r) =>
              !r.system && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setEditing(r)}>
                    Изменить
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: `Удалить роль «${r.name}»?`,
                        okText: 'Удалить',
                        okButtonProps: { danger: true },
                        cancelText: 'Отмена',
                        onOk: () =>
                          remove.mutateAsync(r.id).catch((error: unknown) => message.error(errorText(error))),
                      })
                    }
                  >
                    Удалить
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <RoleModal role={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

type Values = { name?: string } & Partial<Record<Permission, boolean>>;

function RoleModal({ role, onClose }: { role?: Role; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const catalogue = usePermissionCatalogue();
  const save = useSaveRole();
  const grantor = useGrantor();
  const [problems, setProblems] = useState<string[]>([]);
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const groups = Object.entries(PERMISSION_GROUPS) as [keyof typeof PERMISSION_GROUPS, string][];
  const submit = (values: Values) => {
    const permissions = (catalogue.data ?? []).map((p) => p.name).filter((name) => values[name]);
    setProblems([]);
    save.mutate(
      { id: role?.id, body: { name: values.name?.trim() ?? '', permissions } },
      { onSuccess: onClose, onError: (error) => setProblems(showFieldErrors(form, error)) },
    );
  };
  return (
    <Modal
      open
      width={820}
      title={role ? `Роль «${role.name}»` : 'Новая роль'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={save.isPending}
      // The switches run past the fold at 1366×768: they scroll, «Сохранить» stays in view (issue 17).
      styles={{ body: { maxHeight: 'calc(100vh - 240px)', overflowY: 'auto' } }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          name: role?.name,
          ...Object.fromEntries((role?.permissions ?? []).map((p) => [p, true])),
        }}
      >
        <Form.Item
          label="Название"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Введите название' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Typography.Text strong>Управление</Typography.Text>
        <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
          {groups.map(([group, label]) => (
            <Col span={12} key={group}>
              <Card size="small" title={label}>
                {(catalogue.data ?? [])
                  .filter((p) => p.group === group)
                  .map((p) => (
                    <Form.Item key={p.name} name={p.name} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <LabelledSwitch label={p.label} disabled={!grantor.permissions.has(p.name)} />
                    </Form.Item>
                  ))}
              </Card>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}

type SwitchProps = {
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  label: string;
  id?: string;
  disabled: boolean;
};

/**
 * A permission: a switch with its R-2 name beside it (the name also labels the switch). One the
 * user does not hold is greyed out either way (issue 10): the server refuses to switch it.
 */
function LabelledSwitch({ checked, onChange, label, id, disabled }: SwitchProps) {
  return (
    <Tooltip title={disabled ? ERRORS.PERMISSION_NOT_HELD.message : undefined}>
      <Flex gap={8} align="center">
        <Switch
          id={id}
          size="small"
          checked={checked}
          onChange={onChange}
          aria-label={label}
          disabled={disabled}
        />
        <label htmlFor={id}>{label}</label>
      </Flex>
    </Tooltip>
  );
}
