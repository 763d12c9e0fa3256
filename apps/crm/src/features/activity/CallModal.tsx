import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useLogCall } from './api';

export type Choice = { value: string; label: string };

type Values = { other?: string; occurredAt: dayjs.Dayjs; note: string; result?: string };

/**
 * A call logged from the «Активность» tab: the card's premise or client, and optionally the other
 * side (a client of the premise, a premise of the client); the note is focused, Ctrl+Enter saves.
 */
export function CallModal({
  owner,
  others,
  otherLabel,
  onClose,
}: {
  owner: { premiseId?: string; clientId?: string };
  others: Choice[];
  otherLabel: string;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const log = useLogCall();
  const [problems, setProblems] = useState<string[]>([]);
  const otherField = owner.premiseId ? 'clientId' : 'premiseId';

  const submit = (values: Values) => {
    setProblems([]);
    log.mutate(
      {
        ...owner,
        ...(values.other ? { [otherField]: values.other } : {}),
        note: values.note,
        result: values.result?.trim() || null,
        occurredAt: values.occurredAt.toISOString(),
      },
      {
        onSuccess: onClose,
        onError: (error) => setProblems(showFieldErrors(form, error, { [otherField]: 'other' })),
      },
    );
  };

  return (
    <Modal
      open
      title="Записать звонок"
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={log.isPending}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('; ')} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ occurredAt: dayjs() }}
        onFinish={submit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit();
        }}
      >
        <Form.Item
          name="note"
          label="Заметка"
          rules={[{ required: true, whitespace: true, message: 'Заполните поле' }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={4000} placeholder="О чём звонили" />
        </Form.Item>
        <Form.Item name="result" label="Результат">
          <Input maxLength={300} placeholder="Например: передано мастеру" />
        </Form.Item>
        <Form.Item name="other" label={otherLabel}>
          <Select allowClear showSearch optionFilterProp="label" options={others} placeholder="Не указан" />
        </Form.Item>
        <Form.Item name="occurredAt" label="Когда" rules={[{ required: true, message: 'Укажите время' }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD.MM.YYYY HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
