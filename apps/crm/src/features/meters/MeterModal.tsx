import {
  METER_RESOURCE_NAMES,
  METER_RESOURCES,
  type Meter,
  type MeterBody,
  type MeterResource,
  tariffNames,
} from '@domovoy/contract';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull, fromDayjs, toDayjs } from '../../shared/format';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { usePremiseAccounts, useReplaceMeter, useSaveMeter } from './api';

type Values = {
  resource: MeterResource;
  tariffs: number;
  serialNumber: string;
  place?: string;
  accountId?: string | null;
  installedOn?: dayjs.Dayjs | null;
  verifiedOn?: dayjs.Dayjs | null;
  nextVerificationOn?: dayjs.Dayjs | null;
  externalId?: string;
  replacedOn?: dayjs.Dayjs | null;
  initialValues?: string[];
};

const TARIFF_OPTIONS = [1, 2, 3].map((n) => ({
  value: n,
  label: n === 1 ? 'Однотарифный' : `${n} тарифа (${tariffNames(n).join(', ').toLowerCase()})`,
}));

/** The fields of a meter: one set for adding, editing and the new meter of a replacement. */
function MeterFields({
  premiseId,
  form,
}: {
  premiseId: string;
  form: ReturnType<typeof Form.useForm<Values>>[0];
}) {
  const accounts = usePremiseAccounts(premiseId);
  const resource = Form.useWatch('resource', form);
  return (
    <>
      <Form.Item label="Ресурс" name="resource" rules={[{ required: true, message: 'Выберите ресурс' }]}>
        <Select
          options={METER_RESOURCE_NAMES.map((r) => ({
            value: r,
            label: `${METER_RESOURCES[r].title}, ${METER_RESOURCES[r].unit}`,
          }))}
          onChange={() => form.setFieldValue('tariffs', 1)}
        />
      </Form.Item>
      {resource === 'electricity' && (
        <Form.Item label="Тарифов" name="tariffs">
          <Select options={TARIFF_OPTIONS} />
        </Form.Item>
      )}
      <Form.Item
        label="Заводской номер"
        name="serialNumber"
        rules={[{ required: true, whitespace: true, message: 'Введите номер' }]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item label="Место установки" name="place">
        <Input placeholder="например, санузел" />
      </Form.Item>
      <Form.Item label="Лицевой счёт" name="accountId">
        <Select
          allowClear
          loading={accounts.isPending}
          options={accounts.data?.map((a) => ({ value: a.id, label: `${a.number} · ${a.legalEntityName}` }))}
        />
      </Form.Item>
      <Form.Item label="Дата установки" name="installedOn">
        <DatePicker format="DD.MM.YYYY" />
      </Form.Item>
      <Form.Item label="Дата поверки" name="verifiedOn">
        <DatePicker format="DD.MM.YYYY" />
      </Form.Item>
      <Form.Item label="Дата следующей поверки" name="nextVerificationOn">
        <DatePicker format="DD.MM.YYYY" />
      </Form.Item>
      <Form.Item label="Внешний идентификатор" name="externalId">
        <Input />
      </Form.Item>
    </>
  );
}

function bodyOf(values: Values): MeterBody {
  return {
    resource: values.resource,
    tariffs: values.resource === 'electricity' ? values.tariffs : 1,
    serialNumber: values.serialNumber.trim(),
    place: emptyToNull(values.place),
    accountId: values.accountId ?? null,
    installedOn: fromDayjs(values.installedOn),
    verifiedOn: fromDayjs(values.verifiedOn),
    nextVerificationOn: fromDayjs(values.nextVerificationOn),
    externalId: emptyToNull(values.externalId),
  };
}

/** Adds a meter, edits one, or replaces one with a new meter (`replacing`). */
export function MeterModal({
  premiseId,
  meter,
  replacing = false,
  onClose,
}: {
  premiseId: string;
  meter?: Meter;
  replacing?: boolean;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const save = useSaveMeter(premiseId);
  const replace = useReplaceMeter();
  const [problems, setProblems] = useState<string[]>([]);
  const onError = (error: unknown) =>
    setProblems(showFieldErrors(form, error, { 'meter.serialNumber': 'serialNumber' }));
  const submit = (values: Values) => {
    setProblems([]);
    if (replacing && meter) {
      const initial = values.initialValues?.map((v) => v?.trim()).filter(Boolean) ?? [];
      replace.mutate(
        {
          id: meter.id,
          body: {
            replacedOn: fromDayjs(values.replacedOn) ?? '',
            meter: bodyOf(values),
            ...(initial.length > 0 && { initialValues: initial }),
          },
        },
        { onSuccess: onClose, onError },
      );
      return;
    }
    save.mutate({ id: meter?.id, body: bodyOf(values) }, { onSuccess: onClose, onError });
  };
  const title = replacing
    ? `Замена счётчика № ${meter?.serialNumber}`
    : meter
      ? `Счётчик № ${meter.serialNumber}`
      : 'Новый счётчик';
  const tariffs = Form.useWatch('tariffs', form) ?? 1;
  return (
    <Modal
      open
      title={title}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={save.isPending || replace.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={
          replacing
            ? { resource: meter?.resource, tariffs: meter?.tariffs ?? 1, accountId: meter?.accountId }
            : {
                resource: meter?.resource ?? 'cold_water',
                tariffs: meter?.tariffs ?? 1,
                serialNumber: meter?.serialNumber,
                place: meter?.place ?? undefined,
                accountId: meter?.accountId,
                installedOn: toDayjs(meter?.installedOn),
                verifiedOn: toDayjs(meter?.verifiedOn),
                nextVerificationOn: toDayjs(meter?.nextVerificationOn),
                externalId: meter?.externalId ?? undefined,
              }
        }
      >
        {replacing && (
          <>
            <Form.Item
              label="Дата замены"
              name="replacedOn"
              rules={[{ required: true, message: 'Укажите дату' }]}
            >
              <DatePicker format="DD.MM.YYYY" />
            </Form.Item>
            <Alert
              type="info"
              style={{ marginBottom: 16 }}
              title="Старый счётчик останется в списке со своими показаниями. Ниже — новый счётчик."
            />
          </>
        )}
        <MeterFields premiseId={premiseId} form={form} />
        {replacing &&
          tariffNames(tariffs).map((name, i) => (
            <Form.Item
              key={name}
              label={`Начальное показание нового счётчика${tariffs > 1 ? `: ${name}` : ''}`}
              name={['initialValues', i]}
              rules={[
                { pattern: /^\s*\d{1,11}([.,]\d{1,3})?\s*$/, message: 'Число, до трёх знаков после запятой' },
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          ))}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
