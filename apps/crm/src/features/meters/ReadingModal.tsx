import { METER_RESOURCES, type Meter, meterResourceLabel, readingText, tariffNames } from '@domovoy/contract';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useEnterReading } from './api';

type Values = { takenOn: dayjs.Dayjs; values: string[] };

/**
 * ACT-4: a reading entered by staff — the date (today unless changed) and a value per tariff, the
 * first value focused, Enter saves. A jump far above the usual use asks «Подтвердить?» and sends again.
 */
export function ReadingModal({ meter, onClose }: { meter: Meter; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const enter = useEnterReading();
  const { modal } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const names = tariffNames(meter.tariffs);
  const unit = METER_RESOURCES[meter.resource].unit;

  const send = (values: Values, confirmJump: boolean) => {
    setProblems([]);
    enter.mutate(
      {
        meterId: meter.id,
        body: {
          takenOn: values.takenOn.format('YYYY-MM-DD'),
          values: values.values.map((v) => v.trim()),
          ...(confirmJump && { confirmJump: true }),
        },
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (error instanceof ApiError && error.problem.code === 'METER_READING_JUMP') {
            modal.confirm({
              title: 'Показание намного больше обычного',
              content: error.problem.detail ?? error.problem.title,
              okText: 'Подтвердить',
              cancelText: 'Исправить',
              onOk: () => send(values, true),
            });
            return;
          }
          setProblems(showFieldErrors(form, error));
        },
      },
    );
  };

  const last = meter.lastReading;
  return (
    <Modal
      open
      title={`Показание: ${meterResourceLabel(meter.resource, meter.tariffs)} № ${meter.serialNumber}`}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={enter.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      {last && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={`Предыдущее: ${last.values.map(readingText).join(' / ')} ${unit} от ${dayjs(last.takenOn).format('DD.MM.YYYY')}`}
        />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={(values) => send(values, false)}
        initialValues={{ takenOn: dayjs(), values: names.map(() => '') }}
      >
        <Form.Item
          label="Дата показания"
          name="takenOn"
          rules={[{ required: true, message: 'Укажите дату' }]}
        >
          <DatePicker format="DD.MM.YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {names.map((name, i) => (
          <Form.Item
            key={name}
            label={meter.tariffs > 1 ? `${name}, ${unit}` : `Показание, ${unit}`}
            name={['values', i]}
            rules={[
              { required: true, whitespace: true, message: 'Введите показание' },
              { pattern: /^\s*\d{1,11}([.,]\d{1,3})?\s*$/, message: 'Число, до трёх знаков после запятой' },
            ]}
          >
            <Input inputMode="decimal" autoFocus={i === 0} autoComplete="off" />
          </Form.Item>
        ))}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
