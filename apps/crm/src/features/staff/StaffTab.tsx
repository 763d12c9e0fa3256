import { WarningOutlined } from '@ant-design/icons';
import { ERRORS, type GrantRefusal, roleRefusal, type Staff } from '@domovoy/contract';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { formatDateTime } from '../../shared/format';
import { useGrantor } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useRoles, useSaveStaff, useStaffList } from './api';

const STAFF_REFUSALS: Record<GrantRefusal, string> = {
  ADMIN_ONLY: 'Администратора может изменить только администратор',
  PERMISSION_NOT_HELD: 'У сотрудника есть права, которых нет у вас',
};

/** Why the user may neither give a role nor manage its holders (issue 10); undefined: they may. */
function useRoleRefusal(): (roleId: string | undefined) => GrantRefusal | undefined {
  const roles = useRoles();
  const grantor = useGrantor();
  return (roleId) => {
    const role = roles.data?.find((r) => r.id === roleId);
    return role && roleRefusal(grantor, role);
  };
}

const ATTEMPTS: Record<string, string> = { one: 'неудачная попытка', few: 'неудачные попытки' };

/** Issue 10: someone is guessing this staff member's password — the administrator is told. */
function loginFailuresText(failures: NonNullable<Staff['loginFailures']>): string {
  const word = ATTEMPTS[new Intl.PluralRules('ru').select(failures.count)] ?? 'неудачных попыток';
  return `${failures.count} ${word} входа за последний час, последняя — с адреса ${failures.lastIp}`;
}

function LoginFailures({ staff }: { staff: Staff }) {
  if (!staff.loginFailures) return null;
  return (
    <Typography.Text type="danger" style={{ display: 'block' }}>
      <WarningOutlined /> {loginFailuresText(staff.loginFailures)}
    </Typography.Text>
  );
}

/** staff of the organisation, each with one role. */
export function StaffTab() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const staff = useStaffList(search, page);
  const refusalOf = useRoleRefusal();
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  return (
    <>
      <Flex gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="Логин или ФИО"
          allowClear
          style={{ maxWidth: 400 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage(1);
          }}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          Добавить сотрудника
        </Button>
      </Flex>
      {staff.error ? (
        <Alert type="error" showIcon title={errorText(staff.error)} />
      ) : (
        <Table<Staff>
          rowKey="id"
          size="middle"
          loading={staff.isFetching}
          dataSource={staff.data?.items}
          pagination={{ current: page, pageSize: 20, total: staff.data?.total ?? 0, onChange: setPage }}
          columns={[
            { key: 'name', title: 'ФИО', dataIndex: 'fullName' },
            { key: 'login', title: 'Логин', dataIndex: 'login' },
            { key: 'role', title: 'Роль', dataIndex: 'roleName' },
            {
              key: 'active',
              title: 'Доступ',
              render: (_, s) => (s.active ? <Tag color="green">активен</Tag> : <Tag>заблокирован</Tag>),
            },
            {
              key: 'last',
              title: 'Последний вход',
              render: (_, s) => (
                <>
                  {formatDateTime(s.lastLoginAt)}
                  <LoginFailures staff={s} />
                </>
              ),
            },
            {
              key: 'actions',
              width: 120,
              render: (_, s) => {
                const refusal = refusalOf(s.roleId);
                return (
                  <Tooltip title={refusal && STAFF_REFUSALS[refusal]}>
                    <Button size="small" disabled={refusal !== undefined} onClick={() => setEditing(s)}>
                      Изменить
                    </Button>
                  </Tooltip>
                );
              },
            },
          ]}
        />
      )}
      {editing && (
        <StaffModal staff={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

type Values = { login?: string; fullName?: string; roleId?: string; password?: string; active?: boolean };

function StaffModal({ staff, onClose }: { staff?: Staff; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const roles = useRoles();
  const refusalOf = useRoleRefusal();
  const save = useSaveStaff();
  const [problems, setProblems] = useState<string[]>([]);
  const submit = (values: Values) => {
    setProblems([]);
    const body = {
      login: values.login?.trim() ?? '',
      fullName: values.fullName?.trim() ?? '',
      roleId: values.roleId ?? '',
      active: values.active ?? true,
      ...(values.password ? { password: values.password } : {}),
    };
    save.mutate(
      { id: staff?.id, body: staff ? body : { ...body, password: values.password ?? '' } },
      { onSuccess: onClose, onError: (error) => setProblems(showFieldErrors(form, error)) },
    );
  };
  return (
    <Modal
      open
      title={staff ? staff.fullName : 'Новый сотрудник'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={save.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      {staff?.loginFailures && (
        <Alert
          type="warning"
          showIcon
          title={loginFailuresText(staff.loginFailures)}
          description="Возможно, кто-то подбирает пароль. Адрес, с которого идут попытки, уже ограничен; при сомнениях смените пароль."
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{ ...staff, password: undefined, active: staff?.active ?? true }}
      >
        <Form.Item
          label="ФИО"
          name="fullName"
          rules={[{ required: true, whitespace: true, message: 'Введите ФИО' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          label="Логин"
          name="login"
          rules={[{ required: true, message: 'Введите логин' }]}
          extra="Латинские буквы, цифры, точка, дефис, подчёркивание, @"
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="Роль" name="roleId" rules={[{ required: true, message: 'Выберите роль' }]}>
          <Select
            loading={roles.isPending}
            options={roles.data?.map((r) => {
              const refusal = refusalOf(r.id);
              const label = refusal ? (
                <Tooltip key={r.id} title={ERRORS[refusal].message} placement="left">
                  <span>{r.name}</span>
                </Tooltip>
              ) : (
                r.name
              );
              return { value: r.id, label, disabled: refusal !== undefined };
            })}
          />
        </Form.Item>
        <Form.Item
          label={staff ? 'Новый пароль' : 'Пароль'}
          name="password"
          rules={staff ? [] : [{ required: true, min: 8, message: 'Не короче 8 символов' }]}
          extra={staff ? 'Оставьте пустым, чтобы не менять' : undefined}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>Доступ к CRM разрешён</Checkbox>
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
