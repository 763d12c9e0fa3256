import type { Client } from '@domovoy/contract';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useCreateClient } from './api';
import { ClientFields } from './ClientFields';
import { type ClientFormValues, formToClient } from './client-form';
import { PhoneTakenAlert } from './PhoneTakenAlert';

type Props = {
  open: boolean;
  onClose(): void;
  onCreated(id: string, client: Client): void;
  /** What the user already typed elsewhere (a name or a phone in the link modal's search). */
  prefill?: Pick<ClientFormValues, 'fullName' | 'phone'>;
};

/** C-5: create a client manually. */
export function CreateClientModal({ open, onClose, onCreated, prefill }: Props) {
  const [form] = Form.useForm<ClientFormValues>();
  const create = useCreateClient();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflictId, setConflictId] = useState<string>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const submit = (values: ClientFormValues) => {
    setProblems([]);
    setConflictId(undefined);
    create.mutate(formToClient(values), {
      onSuccess: (client) => {
        form.resetFields();
        onCreated(client.id, client);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'PHONE_TAKEN' && error.problem.conflictId) {
          setConflictId(error.problem.conflictId);
          form.setFields([{ name: 'phone', errors: [error.problem.title] }]);
        } else setProblems(showFieldErrors(form, error));
      },
    });
  };
  return (
    <Modal
      open={open}
      title="Новый клиент"
      width={760}
      okText="Создать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {conflictId && <PhoneTakenAlert conflictId={conflictId} />}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<ClientFormValues>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{ type: 'individual', ...prefill }}
      >
        <ClientFields
          mode="create"
          masked={{ name: false, contacts: false }}
          phoneEditable
          canCreateTags={false}
        />
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
