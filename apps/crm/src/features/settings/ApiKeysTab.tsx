import {
  API_KEY_SCOPE_PERMISSIONS,
  API_KEY_SCOPES,
  type ApiKey,
  type ApiKeyScope,
  ERRORS,
  notHeld,
} from '@domovoy/contract';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { formatDateTime } from '../../shared/format';
import { useCan, useGrantor } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from './api';

/** I-1: keys of the organisation's accounting systems; a new key is shown once. */
export function ApiKeysTab() {
  const can = useCan();
  const allowed = can('settings.manage');
  const keys = useApiKeys(allowed);
  const revoke = useRevokeApiKey();
  const { modal, message } = App.useApp();
  const [creating, setCreating] = useState(false);
  if (!allowed)
    return <Alert type="info" showIcon title="Ключи API видит только роль с правом на настройки" />;
  if (keys.error) return <Alert type="error" showIcon title={errorText(keys.error)} />;
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)}>
          Создать ключ
        </Button>
      </Flex>
      <Table<ApiKey>
        rowKey="id"
        size="middle"
        loading={keys.isPending}
        dataSource={keys.data}
        pagination={false}
        locale={{ emptyText: 'Ключей нет' }}
        columns={[
          { key: 'name', title: 'Название', dataIndex: 'name' },
          {
            key: 'prefix',
            title: 'Начало ключа',
            render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text>,
          },
          {
            key: 'scopes',
            title: 'Доступ',
            render: (_, k) => k.scopes.map((s) => <Tag key={s}>{API_KEY_SCOPES[s]}</Tag>),
          },
          { key: 'created', title: 'Создан', render: (_, k) => formatDateTime(k.createdAt) },
          { key: 'used', title: 'Последний запрос', render: (_, k) => formatDateTime(k.lastUsedAt) },
          {
            key: 'actions',
            width: 160,
            render: (_, k) =>
              k.revokedAt ? (
                <Tag>отозван {formatDateTime(k.revokedAt)}</Tag>
              ) : (
                <Button
                  size="small"
                  danger
                  onClick={() =>
                    modal.confirm({
                      title: `Отозвать ключ «${k.name}»?`,
                      content: 'Запросы с этим ключом сразу перестанут проходить. Вернуть ключ нельзя.',
                      okText: 'Отозвать',
                      okButtonProps: { danger: true },
                      cancelText: 'Отмена',
                      onOk: () =>
                        revoke.mutateAsync(k.id).catch((error: unknown) => message.error(errorText(error))),
                    })
                  }
                >
                  Отозвать
                </Button>
              ),
          },
        ]}
      />
      {creating && <CreateKeyModal onClose={() => setCreating(false)} />}
    </>
  );
}

type Values = { name?: string; scopes?: ApiKeyScope[] };

function CreateKeyModal({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const create = useCreateApiKey();
  const grantor = useGrantor();
  const [problems, setProblems] = useState<string[]>([]);
  const [key, setKey] = useState<string>();
  // Issue 10: a scope needs every permission it exercises; the others are greyed out.
  const scopes = (Object.keys(API_KEY_SCOPES) as ApiKeyScope[]).map((scope) => ({
    scope,
    held: notHeld(grantor, API_KEY_SCOPE_PERMISSIONS[scope]).length === 0,
  }));
  if (key)
    return (
      <Modal open title="Ключ создан" footer={<Button onClick={onClose}>Готово</Button>} onCancel={onClose}>
        <Alert type="warning" showIcon title="Ключ показывается один раз: сохраните его в учётной системе" />
        <Typography.Paragraph copyable code style={{ marginTop: 16, wordBreak: 'break-all' }}>
          {key}
        </Typography.Paragraph>
      </Modal>
    );
  return (
    <Modal
      open
      title="Новый ключ API"
      okText="Создать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={create.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{
          scopes: scopes
            .filter((s) => s.held)
            .map((s) => s.scope)
            .slice(0, 1),
        }}
        onFinish={(values) => {
          setProblems([]);
          create.mutate(
            { name: values.name?.trim() ?? '', scopes: values.scopes ?? [] },
            {
              onSuccess: (created) => setKey(created.key),
              onError: (error) => setProblems(showFieldErrors(form, error)),
            },
          );
        }}
      >
        <Form.Item
          label="Название"
          name="name"
          rules={[{ required: true, whitespace: true, message: 'Например, «1С: Бухгалтерия»' }]}
        >
          <Input autoFocus placeholder="1С: Бухгалтерия" />
        </Form.Item>
        <Form.Item
          label="Доступ"
          name="scopes"
          rules={[{ required: true, message: 'Выберите хотя бы одно' }]}
        >
          <Checkbox.Group
            options={scopes.map(({ scope, held }) => ({
              value: scope,
              disabled: !held,
              label: (
                <Tooltip title={held ? undefined : ERRORS.PERMISSION_NOT_HELD.message}>
                  <span>{API_KEY_SCOPES[scope]}</span>
                </Tooltip>
              ),
            }))}
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
