import { GENDERS, type Gender } from '@domovoy/contract';
import { Button, Form, Input, Selector } from 'antd-mobile';
import type { FormInstance } from 'antd-mobile/es/components/form';
import { PhonebookOutline } from 'antd-mobile-icons';
import { formatPhone, nationalDigits } from '../../shared/phone-mask';
import { canPickContact, pickContact } from './contact-picker';

const GENDER_OPTIONS = (Object.keys(GENDERS) as Gender[]).map((value) => ({ value, label: GENDERS[value] }));

/** The phone with the sign-in screen's mask; the form keeps the 10 national digits. */
function PhoneField({
  value,
  onChange,
  autoFocus,
}: {
  value?: string;
  onChange?(digits: string): void;
  autoFocus?: boolean;
}) {
  return (
    <Input
      id="person-phone"
      aria-label="Телефон"
      type="tel"
      inputMode="tel"
      autoComplete="off"
      placeholder="+7 (___) ___-__-__"
      autoFocus={autoFocus}
      value={formatPhone(value ?? '')}
      onChange={(text) => onChange?.(nationalDigits(text))}
      clearable
    />
  );
}

type Props = {
  form: FormInstance;
  /** Under 18 by the birth date: «Как обращаться к ребёнку» instead of the phone and full name. */
  child: boolean;
  /** A new person: the phone (the login), picked from the contacts where the browser can. */
  withPhone: boolean;
};

/**
 * APP-8, APP-7: a person's own fields, one component for adding and for editing a guest — phone,
 * birth date, full name, gender; for a child: birth date, how to address them, gender.
 */
export function PersonFields({ form, child, withPhone }: Props) {
  const fromContacts = async () => {
    const contact = await pickContact().catch(() => null);
    if (!contact) return;
    const phone = nationalDigits(contact.phone);
    form.setFieldsValue({
      ...(phone ? { phone } : {}),
      ...(contact.name && !form.getFieldValue('fullName') ? { fullName: contact.name } : {}),
    });
  };
  const phoneRules = [
    { required: true, message: 'Укажите телефон' },
    { pattern: /^\d{10}$/, message: 'Номер — 10 цифр после +7' },
  ];
  return (
    <>
      {withPhone && !child && (
        <Form.Item
          name="phone"
          label="Телефон"
          description="С этим номером человек будет входить в приложение"
          rules={phoneRules}
          extra={
            canPickContact() ? (
              <Button
                fill="none"
                size="small"
                color="primary"
                onClick={fromContacts}
                aria-label="Выбрать из контактов"
              >
                <PhonebookOutline />
              </Button>
            ) : null
          }
        >
          <PhoneField autoFocus />
        </Form.Item>
      )}
      <Form.Item
        name="birthDate"
        label="Дата рождения"
        description="Нужна для мероприятий с возрастными ограничениями"
      >
        <Input aria-label="Дата рождения" type="date" autoFocus={!withPhone || child} />
      </Form.Item>
      {child ? (
        <Form.Item
          name="addressAs"
          label="Как обращаться к ребёнку"
          rules={[{ required: true, whitespace: true, message: 'Укажите, как обращаться к ребёнку' }]}
        >
          <Input aria-label="Как обращаться к ребёнку" maxLength={100} placeholder="Например, Маша" />
        </Form.Item>
      ) : (
        <Form.Item
          name="fullName"
          label="ФИО"
          rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}
        >
          <Input aria-label="ФИО" maxLength={300} autoComplete="off" placeholder="Фамилия Имя Отчество" />
        </Form.Item>
      )}
      <Form.Item name="gender" label="Пол">
        <Selector columns={2} options={GENDER_OPTIONS} aria-label="Пол" />
      </Form.Item>
    </>
  );
}
