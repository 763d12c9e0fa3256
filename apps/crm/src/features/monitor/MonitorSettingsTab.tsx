import { APP_VERSION_PATTERN } from '@domovoy/contract';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { useCan } from '../../shared/session';
import { useMonitorSettings, useSaveMonitorSettings } from './api';

type Values = { minAppVersion: string };

/** «Настройки → Монитор»: from which app version the monitor counts (the seed's «4.7 and above»). */
export function MonitorSettingsTab() {
  const settings = useMonitorSettings();
  const save = useSaveMonitorSettings();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  // The stored value fills the field unless something was typed in it already (the settings may
  // arrive, or be read again, after the user started typing).
  useEffect(() => {
    if (settings.data && !form.isFieldTouched('minAppVersion'))
      form.setFieldsValue({ minAppVersion: settings.data.minAppVersion ?? '' });
  }, [settings.data, form]);
  const editable = can('settings.manage');
  const fallback = settings.data?.defaultMinAppVersion;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!editable}
      style={{ maxWidth: 520 }}
      onFinish={(values) => {
        setProblems([]);
        save.mutate(
          { minAppVersion: values.minAppVersion.trim() || null },
          {
            onSuccess: () => message.success('Минимальная версия сохранена, цифры монитора пересчитываются'),
            onError: (error) => setProblems(showFieldErrors(form, error)),
          },
        );
      }}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">
        «Монитор основных метрик» учитывает только приложения этой версии и выше. Версии сравниваются как
        числа: 4.10 выше 4.7. После изменения цифры монитора пересчитываются за всё время.
      </Typography.Paragraph>
      <Form.Item
        label="Минимальная версия приложения"
        name="minAppVersion"
        extra={fallback ? `Пусто — с версии ${fallback}, первой, что сообщает эти события` : undefined}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const typed = value?.trim();
              if (typed && !APP_VERSION_PATTERN.test(typed))
                throw new Error('Введите версию в виде 4.7 или 4.7.1');
            },
          },
        ]}
      >
        <Input placeholder={fallback} maxLength={20} style={{ maxWidth: 200 }} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Сохранить
        </Button>
      )}
    </Form>
  );
}
