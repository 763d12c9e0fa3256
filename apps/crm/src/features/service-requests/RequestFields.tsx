import { DatePicker, Form, Input, Select } from 'antd';
import { ClientPicker, PremisePicker } from '../../shared/Pickers';
import { useAssignees, useRequestTypes } from './api';

/** The fields of a request, one component for creating and editing (STYLE 14). */
export function RequestFields({
  premiseLabel,
  clientLabel,
}: {
  premiseLabel?: string | null;
  clientLabel?: string | null;
}) {
  const types = useRequestTypes();
  const assignees = useAssignees();
  return (
    <>
      <Form.Item name="typeId" label="Тип" rules={[{ required: true, message: 'Выберите тип' }]}>
        <Select
          loading={types.isPending}
          options={types.data?.map((type) => ({ value: type.id, label: type.name }))}
          placeholder="Тип заявки"
        />
      </Form.Item>
      <Form.Item
        name="subject"
        label="Тема"
        rules={[{ required: true, whitespace: true, message: 'Укажите тему' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label="Описание">
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="premiseId" label="Помещение">
        <PremisePicker allowClear initialLabel={premiseLabel ?? undefined} />
      </Form.Item>
      <Form.Item name="clientId" label="Клиент">
        <ClientPicker allowClear initialLabel={clientLabel ?? undefined} />
      </Form.Item>
      <Form.Item name="assigneeStaffId" label="Исполнитель">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={assignees.isPending}
          options={assignees.data?.map((s) => ({ value: s.id, label: s.name }))}
          placeholder="Сотрудник"
        />
      </Form.Item>
      <Form.Item name="dueAt" label="Срок">
        <DatePicker showTime format="DD.MM.YYYY HH:mm" />
      </Form.Item>
    </>
  );
}
