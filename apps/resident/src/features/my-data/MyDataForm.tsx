import { CLIENT_TYPES, type ClientType, GENDERS } from '@domovoy/contract';
import { Button, Form, Input, List, Selector, Toast } from 'antd-mobile';
import { ApiError, errorText } from '../../shared/api-client';
import { formatPhoneE164 } from '../../shared/format-phone';
import type { ResidentProfile, ResidentProfileBody } from '../../shared/resident-types';
import { useUpdateProfile } from './api';
import { ProfilePhoto } from './ProfilePhoto';

type Values = { type: ClientType[]; fullName: string; birthDate: string; email: string };

const TYPE_OPTIONS = (Object.keys(CLIENT_TYPES) as ClientType[]).map((value) => ({
  value,
  label: CLIENT_TYPES[value],
}));
const personLike = (type: ClientType | undefined) => type === 'individual' || type === 'entrepreneur';

const FIELDS = ['type', 'fullName', 'birthDate', 'email'] as const;

/**
 * APP-5 «Мои данные»: type, name, birth date and e-mail edited here (the server's field errors shown at
 * their fields), the photo; phone (the login) and gender only shown — the organisation changes them.
 */
export function MyDataForm({ profile }: { profile: ResidentProfile }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateProfile();
  const chosenType = Form.useWatch('type', form)?.[0] ?? profile.type;
  const isPerson = personLike(chosenType);

  const save = async (values: Values) => {
    const body: ResidentProfileBody = {};
    const type = values.type[0] ?? profile.type;
    if (type !== profile.type) body.type = type;
    const fullName = values.fullName.trim();
    if (fullName !== profile.fullName) body.fullName = fullName;
    const email = values.email.trim() || null;
    if (email !== profile.email) body.email = email;
    if (personLike(type)) {
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
        <Form.Item name="type" label="Тип">
          <Selector columns={2} options={TYPE_OPTIONS} aria-label="Тип" />
        </Form.Item>
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
        <List.Item title="Телефон">{formatPhoneE164(profile.phone)}</List.Item>
        {isPerson && (
          <List.Item title="Пол">{profile.gender ? GENDERS[profile.gender] : 'Не указан'}</List.Item>
        )}
      </List>
    </section>
  );
}

function toValues(profile: ResidentProfile): Values {
  return {
    type: [profile.type],
    fullName: profile.fullName,
    birthDate: profile.birthDate ?? '',
    email: profile.email ?? '',
  };
}
