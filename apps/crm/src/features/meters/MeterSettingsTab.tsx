import { Alert, App, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useCan } from '../../shared/session';
import { useMeterSettings, useSaveMeterSettings } from './api';

type Values = { windowFromDay: number | null; windowToDay: number | null; jumpFactor: number };

/** Issue 13 «Настройки»: the days residents submit readings in the app, and the jump factor. */
export function MeterSettingsTab() {
  const settings = useMeterSettings();
  const save = useSaveMeterSettings();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  const editable = can('settings.manage');
  return (
    <Form<Values>
      form={form}
      onValuesChange={clearErrorsOnChange(form)}
      layout="vertical"
      disabled={!editable}
      style={{ maxWidth: 520 }}
      onFinish={(values) => {
        setProblems([]);
        save.mutate(
          {
            windowFromDay: values.windowFromDay ?? null,
            windowToDay: values.windowToDay ?? null,
            jumpFactor: values.jumpFactor,
          },
          {
            onSuccess: () => message.success('Настройки показаний сохранены'),
            onError: (error) => setProblems(showFieldErrors(form, error)),
          },
        );
      }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">
        Окно приёма показаний в приложении жителя, по московскому времени. Пустые поля — показания принимаются
        в любой день. Сотрудники вносят показания в CRM в любой день.
      </Typography.Paragraph>
      <Space align="start">
        <Form.Item label="С числа" name="windowFromDay">
          <InputNumber min={1} max={31} precision={0} />
        </Form.Item>
        <Form.Item label="По число" name="windowToDay">
          <InputNumber min={1} max={31} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item
        label="Коэффициент скачка"
        name="jumpFactor"
        extra="Показание больше обычного месячного расхода, умноженного на это число, требует подтверждения"
        rules={[{ required: true, message: 'Укажите коэффициент' }]}
      >
        <InputNumber min={1.5} max={100} step={0.5} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Сохранить
        </Button>
      )}
    </Form>
  );
}
