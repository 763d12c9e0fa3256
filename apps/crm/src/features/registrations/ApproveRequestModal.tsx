import {
  LINK_ROLE_NAMES,
  LINK_ROLES,
  type LinkRole,
  mayDependOn,
  ownerRequired,
  type RegistrationRequest,
} from '@domovoy/contract';
import { Alert, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull } from '../../shared/format';
import { ClientPicker, PremisePicker } from '../../shared/Pickers';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useApproveRequest, usePremiseOwners } from './api';

type Values = {
  premiseId?: string;
  clientChoice: 'auto' | 'existing';
  clientId?: string;
  role: LinkRole;
  ownerClientId?: string;
  keepOnSync: boolean;
  comment?: string;
};

/** AUTH-2: approve — a client (the one with this phone, a chosen one, or a new card) linked to a premise. */
export function ApproveRequestModal({ request, onClose }: { request: RegistrationRequest; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const approve = useApproveRequest(request.id);
  const [problems, setProblems] = useState<string[]>([]);
  const premiseId: string | undefined = Form.useWatch('premiseId', form) ?? request.premiseId ?? undefined;
  const role: LinkRole = Form.useWatch('role', form) ?? 'owner';
  const clientChoice = Form.useWatch('clientChoice', form) ?? 'auto';
  const owners = usePremiseOwners(premiseId);
  const submit = (values: Values) => {
    setProblems([]);
    approve.mutate(
      {
        premiseId: values.premiseId,
        clientId: values.clientChoice === 'existing' ? values.clientId : undefined,
        role: values.role,
        link: {
          ownerClientId: values.role === 'owner' ? null : (values.ownerClientId ?? null),
          keepOnSync: values.keepOnSync,
        },
        comment: emptyToNull(values.comment) ?? undefined,
      },
      {
        onSuccess: onClose,
        onError: (error) =>
          setProblems(showFieldErrors(form, error, { 'link.ownerClientId': 'ownerClientId' })),
      },
    );
  };
  return (
    <Modal
      open
      title="Одобрить заявку"
      width={640}
      okText="Одобрить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={approve.isPending}
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
          premiseId: request.premiseId ?? undefined,
          clientChoice: 'auto',
          role: request.requestedRole ?? 'owner',
          keepOnSync: true,
        }}
      >
        <Form.Item
          label="Помещение"
          name="premiseId"
          rules={[{ required: true, message: 'Найдите и выберите помещение' }]}
          extra={`В заявке: ${request.addressText}`}
        >
          <PremisePicker initialLabel={request.premiseAddress ?? undefined} />
        </Form.Item>
        <Form.Item label="Клиент" name="clientChoice">
          <Radio.Group
            options={[
              { value: 'auto', label: 'Клиент с телефоном из заявки (или новая карточка из заявки)' },
              { value: 'existing', label: 'Другой клиент организации' },
            ]}
          />
        </Form.Item>
        {clientChoice === 'existing' && (
          <Form.Item name="clientId" rules={[{ required: true, message: 'Найдите и выберите клиента' }]}>
            <ClientPicker />
          </Form.Item>
        )}
        <Form.Item label="Основание" name="role">
          <Select options={LINK_ROLE_NAMES.map((r) => ({ value: r, label: LINK_ROLES[r].label }))} />
        </Form.Item>
        {role !== 'owner' && (
          <Form.Item
            label="Зависит от собственника"
            name="ownerClientId"
            rules={ownerRequired(role) ? [{ required: true, message: 'Выберите собственника' }] : []}
          >
            <Select
              allowClear
              loading={owners.isFetching}
              notFoundContent="У помещения нет собственников"
              options={(owners.data ?? [])
                .filter((l) => mayDependOn(role, l.role))
                .map((l) => ({ value: l.clientId, label: `${l.clientName} (${l.roleLabel})` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="keepOnSync" valuePropName="checked">
          <Checkbox>Не удалять клиента при интеграции</Checkbox>
        </Form.Item>
        <Form.Item label="Комментарий" name="comment">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
