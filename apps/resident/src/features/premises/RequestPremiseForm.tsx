import type { LinkRole } from '@domovoy/contract';
import { Button, Form, Input, Radio, Space, TextArea } from 'antd-mobile';
import { errorText } from '../../shared/api-client';
import { roleLabel } from '../../shared/labels';
import type { ResidentRequestBody } from '../../shared/resident-types';
import { useRequestPremise } from './api';

// The roles a resident may ask for; an unconfirmed owner is what staff make of an unproven one.
const ROLES: LinkRole[] = ['owner', 'resident', 'tenant', 'representative'];

type Values = {
  addressText: string;
  premiseText?: string;
  role: LinkRole;
  comment?: string;
  fullName?: string;
};

/** AUTH-2: a request to add a premise; staff decide in the CRM («Заявки на регистрацию»). */
export function RequestPremiseForm({ askName, onSent }: { askName: boolean; onSent(): void }) {
  const request = useRequestPremise();
  const send = (values: Values) => {
    const body: ResidentRequestBody = {
      addressText: values.addressText.trim(),
      role: values.role,
      ...(values.premiseText?.trim() ? { premiseText: values.premiseText.trim() } : {}),
      ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
      ...(askName && values.fullName?.trim() ? { fullName: values.fullName.trim() } : {}),
    };
    request.mutate(body, { onSuccess: onSent });
  };
  return (
    <Form
      layout="vertical"
      initialValues={{ role: 'owner' }}
      onFinish={send}
      footer={
        <>
          {request.isError && (
            <p className="error" role="alert">
              {errorText(request.error)}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={request.isPending}>
            Отправить заявку
          </Button>
        </>
      }
    >
      {askName && (
        <Form.Item name="fullName" label="ФИО" rules={[{ required: true, message: 'Укажите ФИО' }]}>
          <Input aria-label="ФИО" autoComplete="name" />
        </Form.Item>
      )}
      <Form.Item name="addressText" label="Адрес дома" rules={[{ required: true, message: 'Укажите адрес' }]}>
        <TextArea
          aria-label="Адрес дома"
          placeholder="Город, улица, дом"
          autoSize={{ minRows: 2 }}
          maxLength={500}
        />
      </Form.Item>
      <Form.Item name="premiseText" label="Помещение">
        <Input aria-label="Помещение" placeholder="Например, кв. 15 или м/м 40" maxLength={100} />
      </Form.Item>
      <Form.Item name="role" label="Кто вы в этом помещении">
        <Radio.Group>
          <Space direction="vertical">
            {ROLES.map((role) => (
              <Radio key={role} value={role}>
                {roleLabel(role)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="comment" label="Комментарий">
        <TextArea aria-label="Комментарий" autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
    </Form>
  );
}
