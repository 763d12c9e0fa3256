import { GENDERS } from '@domovoy/contract';
import { Button, Form, Input, List, Toast } from 'antd-mobile';
import { ApiError, errorText } from '../../shared/api-client';
import { formatPhoneE164 } from '../../shared/format-phone';
import { clientTypeLabel } from '../../shared/labels';
import type { ResidentProfile, ResidentProfileBody } from '../../shared/resident-types';
import { useUpdateProfile } from './api';
import { ProfilePhoto } from './ProfilePhoto';

type Values = { fullName: string; birthDate: string; email: string };

const FIELDS = ['fullName', 'birthDate', 'email'] as const;

/**
 * APP-5 «Мои данные»: name, birth date and e-mail edited here (the server's field errors shown at
 * their fields), the photo; phone (the login) and gender only shown — the organisation changes them.
 */
export function MyDataForm({ profile }: { profile: ResidentProfile }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateProfile();
  const isPerson = profile.type === 'individual' || profile.type === 'entrepreneur';

  const save = async (values: Values) => {
    const body: ResidentProfileBody = {};
    const fullName = values.fullName.trim();
    if (fullName !== profile.fullName) body.fullName = fullName;
    const email = values.email.trim() || null;
    if (email !== profile.email) body.email = email;
    if (isPerson) {
      const birthDate = values.birthDate || null;
      if (birthDate !== profile.birthDate) body.birthDate = birthDate;
    }
    try {
      const saved = await update.mutateAsync(body);
      form.setFieldsValue(toValues(saved));
      Toast.show({ content: 'Сохранено', icon: 'success' });
    } catch (error) {
      const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
      const ours = errors.filter((e) => (FIELDS as readonly string[]).includes(e.field));
      if (ours.length > 0) {
        form.setFields(ours.map((e) => ({ name: e.field, errors: [e.message] })));
      } else {
        Toast.show({ content: errorText(error), icon: 'fail' });
      }
    }
  };

  return (
    <section aria-label="Мои данные">
      <ProfilePhoto photoUrl={profile.photoUrl} />
      <Form
        form={form}
        initialValues={toValues(profile)}
        onFinish={save}
        layout="vertical"
        footer={
          <Button block type="submit" color="primary" loading={update.isPending}>
            Сохранить
          </Button>
        }
      >
        <Form.Item
          name="fullName"
          label={isPerson ? 'ФИО' : 'Наименование'}
          rules={[{ required: true, whitespace: true, message: 'Укажите имя' }]}
        >
          <Input aria-label={isPerson ? 'ФИО' : 'Наименование'} maxLength={300} autoComplete="name" />
        </Form.Item>
        {isPerson && (
          <Form.Item name="birthDate" label="Дата рождения">
            <Input aria-label="Дата рождения" type="date" />
          </Form.Item>
        )}
        <Form.Item name="email" label="Электронная почта">
          <Input aria-label="Электронная почта" maxLength={200} autoComplete="email" inputMode="email" />
        </Form.Item>
      </Form>
      <List header="Меняет управляющая организация">
        <List.Item title="Тип">{clientTypeLabel(profile.type)}</List.Item>
        <List.Item title="Телефон">{formatPhoneE164(profile.phone)}</List.Item>
        {isPerson && (
          <List.Item title="Пол">{profile.gender ? GENDERS[profile.gender] : 'Не указан'}</List.Item>
        )}
      </List>
    </section>
  );
}

function toValues(profile: ResidentProfile): Values {
  return { fullName: profile.fullName, birthDate: profile.birthDate ?? '', email: profile.email ?? '' };
}
