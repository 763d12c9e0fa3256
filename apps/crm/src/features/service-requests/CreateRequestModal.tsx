import { Alert, Form, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useCreateServiceRequest } from './api';
import { RequestFields } from './RequestFields';
import { bodyOf, type RequestFormValues } from './request-form';

type Prefill = { premiseId?: string; premiseLabel?: string; clientId?: string; clientLabel?: string };

/** ACT-4: «Создать заявку» from the list, or from a premise or client card with it prefilled. */
export function CreateRequestModal({
  open,
  onClose,
  prefill = {},
}: {
  open: boolean;
  onClose(): void;
  prefill?: Prefill;
}) {
  const [form] = Form.useForm<RequestFormValues & { source: 'crm' | 'phone' }>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const create = useCreateServiceRequest();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  return (
    <Modal
      open={open}
      title="Новая заявка"
      okText="Создать"
      cancelText="Отмена"
      confirmLoading={create.isPending}
      onCancel={cancel}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        preserve={false}
        initialValues={{ source: 'crm', premiseId: prefill.premiseId, clientId: prefill.clientId }}
        onFinish={async (values) => {
          setError(undefined);
          try {
            const created = await create.mutateAsync({ ...bodyOf(values), source: values.source });
            onClose();
            navigate(`/requests/${created.id}`);
          } catch (e) {
            const rest = showFieldErrors(form, e);
            if (rest.length > 0) setError(rest.join('. '));
          }
        }}
      >
        <Form.Item name="source" label="Источник">
          <Radio.Group
            options={[
              { value: 'crm', label: 'CRM' },
              { value: 'phone', label: 'Телефонный звонок' },
            ]}
          />
        </Form.Item>
        <RequestFields premiseLabel={prefill.premiseLabel} clientLabel={prefill.clientLabel} />
      </Form>
    </Modal>
  );
}
