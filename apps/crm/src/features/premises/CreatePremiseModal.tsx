import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useCreatePremise } from './api';
import { PremiseFields } from './PremiseFields';
import { formToPremise, type PremiseFormValues } from './premise-form';

type Props = { open: boolean; onClose(): void; onCreated(id: string): void };

/** P-5: «Добавить» — object, type, address, areas, online payment. */
export function CreatePremiseModal({ open, onClose, onCreated }: Props) {
  const [form] = Form.useForm<PremiseFormValues>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const create = useCreatePremise();
  const [problems, setProblems] = useState<string[]>([]);
  const submit = (values: PremiseFormValues) => {
    setProblems([]);
    create.mutate(formToPremise(values), {
      onSuccess: (premise) => {
        form.resetFields();
        onCreated(premise.id);
      },
      onError: (error) => setProblems(showFieldErrors(form, error)),
    });
  };
  return (
    <Modal
      open={open}
      title="Новое помещение"
      width={760}
      okText="Добавить"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<PremiseFormValues>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ type: 'flat', onlinePayment: true }}
        onFinish={submit}
      >
        <PremiseFields mode="create" canCreateTags={false} />
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
