import {
  MAILING_CHANNELS,
  type MailingAudience,
  type MailingChannel,
  type MailingPreview,
} from '@domovoy/contract';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText, showFieldErrors } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useCreateMailing, usePreviewMailing } from './api';
import {
  bodyOf,
  isFilled,
  type MailingFormValues,
  skippedText,
  smsCountText,
  smsTooLong,
} from './mailing-form';

type Props = {
  open: boolean;
  onClose(): void;
  audience: MailingAudience;
  /** Whom it goes to, as the modal says it: «клиентам списка с его фильтрами». */
  audienceText: string;
};

function SmsCounter({ text, channel }: { text: string; channel: MailingChannel }) {
  if (channel !== 'sms') return null;
  const tooLong = smsTooLong(text.trim());
  return (
    <Typography.Text type={tooLong ? 'danger' : 'secondary'} aria-live="polite" data-testid="sms-count">
      {smsCountText(text.trim())}
      {tooLong ? ` — ${tooLong}` : ''}
    </Typography.Text>
  );
}

/**
 * M-1: «Рассылка» — the channel, a title and a text (an SMS counted as the operator counts it),
 * optionally a time to send later; «Далее» shows how many it goes to and who of them cannot
 * receive it, and «Отправить» there confirms.
 */
export function MailingModal({ open, onClose, audience, audienceText }: Props) {
  const [form] = Form.useForm<MailingFormValues>();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const can = useCan();
  const preview = usePreviewMailing();
  const create = useCreateMailing();
  const [step, setStep] = useState<'compose' | 'preview'>('compose');
  const [values, setValues] = useState<MailingFormValues>();
  const [counts, setCounts] = useState<MailingPreview>();
  const [error, setError] = useState<string>();
  const channel = Form.useWatch('channel', form) ?? 'sms';
  const text = Form.useWatch('text', form) ?? '';
  const later = Form.useWatch('later', form) ?? false;

  const close = () => {
    setStep('compose');
    setValues(undefined);
    setCounts(undefined);
    setError(undefined);
    form.resetFields();
    preview.reset();
    create.reset();
    onClose();
  };
  // Esc, the cross or «Отмена» on a filled form ask first: a typed text is not lost by a key.
  const cancel = useDiscardGuard(() => isFilled(step === 'preview' ? values : form.getFieldsValue()), close);

  const next = async (formValues: MailingFormValues) => {
    setError(undefined);
    try {
      const result = await preview.mutateAsync({ channel: formValues.channel, audience });
      setValues(formValues);
      setCounts(result);
      setStep('preview');
    } catch (e) {
      setError(errorText(e));
    }
  };

  const send = async () => {
    if (!values) return;
    setError(undefined);
    try {
      const created = await create.mutateAsync(bodyOf(values, audience));
      message.success(values.later ? 'Рассылка запланирована' : 'Рассылка отправляется');
      close();
      if (can('mailings.view')) navigate(`/mailings/${created.id}`);
    } catch (e) {
      // A refusal of a field (the text too long, the time passed) sends the user back to it.
      const rest = showFieldErrors(form, e);
      if (form.getFieldsError().some((f) => f.errors.length > 0)) setStep('compose');
      if (rest.length > 0) setError(rest.join('. '));
    }
  };

  const footer =
    step === 'compose'
      ? [
          <Button key="cancel" onClick={cancel}>
            Отмена
          </Button>,
          <Button key="next" type="primary" loading={preview.isPending} onClick={() => form.submit()}>
            Далее
          </Button>,
        ]
      : [
          <Button key="back" onClick={() => setStep('compose')}>
            Назад
          </Button>,
          <Button
            key="send"
            type="primary"
            loading={create.isPending}
            disabled={!counts || counts.reachable === 0}
            onClick={send}
          >
            {values?.later ? 'Запланировать' : 'Отправить'}
          </Button>,
        ];

  return (
    <Modal
      open={open}
      title={step === 'compose' ? 'Рассылка' : 'Рассылка: проверьте перед отправкой'}
      onCancel={cancel}
      maskClosable={false}
      footer={footer}
      width={600}
      style={{ top: 40 }}
    >
      <Typography.Paragraph type="secondary">Кому: {audienceText}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<MailingFormValues>
        form={form}
        layout="vertical"
        style={step === 'compose' ? undefined : { display: 'none' }}
        initialValues={{ channel: 'sms', title: '', text: '', later: false }}
        onFinish={next}
      >
        <Form.Item name="channel" label="Канал">
          <Radio.Group
            optionType="button"
            options={Object.entries(MAILING_CHANNELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label="Заголовок"
          rules={[{ required: true, whitespace: true, message: 'Введите заголовок' }]}
          extra={channel === 'sms' ? 'В SMS не отправляется: по нему рассылку найдут в списке' : undefined}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item
          name="text"
          label="Текст"
          dependencies={['channel']}
          rules={[
            { required: true, whitespace: true, message: 'Введите текст сообщения' },
            {
              validator: (_, value: string | undefined) => {
                const tooLong = channel === 'sms' ? smsTooLong((value ?? '').trim()) : undefined;
                return tooLong ? Promise.reject(new Error(tooLong)) : Promise.resolve();
              },
            },
          ]}
          extra={<SmsCounter text={text} channel={channel} />}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount={channel === 'push'} />
        </Form.Item>
        <Form.Item name="later" valuePropName="checked" style={{ marginBottom: later ? 8 : 0 }}>
          <Checkbox>Отправить позже</Checkbox>
        </Form.Item>
        {later && (
          <Form.Item
            name="sendAt"
            label="Дата и время отправки"
            rules={[
              { required: true, message: 'Укажите, когда отправить' },
              {
                validator: (_, value: dayjs.Dayjs | null | undefined) =>
                  value?.isBefore(dayjs())
                    ? Promise.reject(new Error('Это время уже прошло'))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="DD.MM.YYYY HH:mm"
              disabledDate={(day) => day.isBefore(dayjs().startOf('day'))}
            />
          </Form.Item>
        )}
      </Form>
      {step === 'preview' && values && counts && (
        <>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'channel', label: 'Канал', children: MAILING_CHANNELS[values.channel] },
              { key: 'title', label: 'Заголовок', children: values.title.trim() },
              {
                key: 'text',
                label: 'Текст',
                children: (
                  <>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{values.text.trim()}</div>
                    {values.channel === 'sms' && (
                      <Typography.Text type="secondary">{smsCountText(values.text.trim())}</Typography.Text>
                    )}
                  </>
                ),
              },
              {
                key: 'when',
                label: 'Когда',
                children:
                  values.later && values.sendAt ? formatDateTime(values.sendAt.toISOString()) : 'Сразу',
              },
              {
                key: 'recipients',
                label: 'Получателей',
                children: counts.recipients.toLocaleString('ru-RU'),
              },
              { key: 'reachable', label: 'Получат', children: counts.reachable.toLocaleString('ru-RU') },
            ]}
          />
          {skippedText(counts) && (
            <Alert type="warning" showIcon title={skippedText(counts)} style={{ marginTop: 16 }} />
          )}
          {counts.reachable === 0 && (
            <Alert
              type="error"
              showIcon
              title="Никто из получателей не может получить это сообщение"
              style={{ marginTop: 16 }}
            />
          )}
        </>
      )}
    </Modal>
  );
}
