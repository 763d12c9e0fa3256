import { Button, Form, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useUpdateGuest } from './api';
import { showServerErrors } from './form-errors';
import { PersonFields } from './PersonFields';
import { isChild } from './person-rules';
import type { PersonCard, PersonPatch } from './types';
import './people.css';

type Values = {
  fullName?: string;
  addressAs?: string;
  birthDate?: string;
  gender?: ('male' | 'female')[];
  email?: string;
};

const FIELDS = ['fullName', 'addressAs', 'birthDate', 'gender', 'email'];

/** APP-7: the resident's guest edited — the adding form's fields without the phone, and e-mail. */
export function EditGuestForm({ person, onSaved }: { person: PersonCard; onSaved(): void }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateGuest(person.clientId);
  const [alert, setAlert] = useState<string | null>(null);
  const child = isChild(Form.useWatch('birthDate', form) ?? person.birthDate);

  const save = async (values: Values) => {
    setAlert(null);
    const body: PersonPatch = {
      birthDate: values.birthDate || null,
      gender: values.gender?.[0] ?? null,
      email: values.email?.trim() || null,
      ...(child ? { addressAs: values.addressAs?.trim() } : { fullName: values.fullName?.trim() }),
    };
    try {
      await update.mutateAsync(body);
      Toast.show({ content: 'Сохранено', icon: 'success' });
      onSaved();
    } catch (error) {
      setAlert(showServerErrors(form, error, FIELDS));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        fullName: person.fullName,
        addressAs: person.addressAs ?? '',
        birthDate: person.birthDate ?? '',
        gender: person.gender ? [person.gender] : [],
        email: person.email ?? '',
      }}
      onFinish={save}
      onValuesChange={() => setAlert(null)}
      footer={
        <>
          {alert && (
            <p className="people-alert" role="alert">
              {alert}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={update.isPending}>
            Сохранить
          </Button>
        </>
      }
    >
      <PersonFields form={form} child={child} withPhone={false} />
      {!child && (
        <Form.Item name="email" label="Электронная почта">
          <Input aria-label="Электронная почта" maxLength={200} autoComplete="off" inputMode="email" />
        </Form.Item>
      )}
    </Form>
  );
}
