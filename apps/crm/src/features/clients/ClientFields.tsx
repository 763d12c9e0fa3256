import {
  CLIENT_STATUSES,
  CLIENT_TYPES,
  type ClientType,
  GENDERS,
  normalizeEmail,
  normalizeInn,
  normalizeKpp,
  normalizeOgrn,
  normalizePassport,
  normalizePhone,
  normalizeSnils,
  TAX_FORMS,
} from '@domovoy/contract';
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { checkedBy } from '../../shared/field-rules';
import { hiddenReason } from '../../shared/Pii';
import { TagSelect } from '../../shared/TagSelect';
import { kppFits, ogrnFits } from './client-form';

const options = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }));

type Props = {
  mode: 'create' | 'edit';
  /** fields the role cannot see arrive as asterisks and cannot be changed. */
  masked: { name: boolean; contacts: boolean };
  phoneEditable: boolean;
  canCreateTags: boolean;
};

/** C-5 (create) and C-6 (edit «Общие сведения») share these fields. */
export function ClientFields({ mode, masked, phoneEditable, canCreateTags }: Props) {
  const type: ClientType = Form.useWatch('type') ?? 'individual';
  const person = type === 'individual' || type === 'entrepreneur';
  const name = { disabled: masked.name };
  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Тип" name="type">
            <Select options={options(CLIENT_TYPES)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          {type !== 'individual' && (
            <Form.Item label="Форма налогообложения" name="taxForm">
              <Select allowClear options={options(TAX_FORMS)} />
            </Form.Item>
          )}
        </Col>
        {mode === 'edit' && (
          <Col span={8}>
            <Form.Item
              label="Статус"
              name="status"
              tooltip="Заблокированный клиент не может создавать заявки, писать в чат и запрашивать возврат"
            >
              <Select options={options(CLIENT_STATUSES)} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item
        label={person ? 'ФИО' : 'Наименование'}
        tooltip={masked.name ? hiddenReason('name') : undefined}
        name="fullName"
        rules={[{ required: true, whitespace: true, message: 'Заполните поле' }]}
      >
        <Input {...name} autoFocus={mode === 'create'} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            label="Телефон"
            tooltip={masked.contacts ? hiddenReason('contacts') : undefined}
            name="phone"
            rules={[checkedBy(normalizePhone)]}
            extra={
              mode === 'edit' && !phoneEditable
                ? 'Клиент уже входил в приложение: номер изменить нельзя'
                : undefined
            }
          >
            <Input
              disabled={masked.contacts || !phoneEditable}
              placeholder="+7 900 000-00-00"
              inputMode="tel"
            />
          </Form.Item>
        </Col>
        <Col span={person ? 6 : 8}>
          <Form.Item label="Электронная почта" name="email" rules={[checkedBy(normalizeEmail)]}>
            <Input disabled={masked.contacts} inputMode="email" />
          </Form.Item>
        </Col>
        {person && (
          <Col span={4}>
            <Form.Item label="Пол" name="gender">
              <Select allowClear options={options(GENDERS)} />
            </Form.Item>
          </Col>
        )}
        {person && (
          <Col span={6}>
            <Form.Item label="Дата рождения" name="birthDate">
              <DatePicker
                format="DD.MM.YYYY"
                style={{ width: '100%' }}
                placeholder={masked.name ? '********' : 'ДД.ММ.ГГГГ'}
                {...name}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            label="Дополнительный телефон"
            tooltip={masked.contacts ? hiddenReason('contacts') : undefined}
            name="extraPhone"
            rules={[checkedBy(normalizePhone)]}
            extra={mode === 'create' ? undefined : 'Для связи: вход в приложение только по основному номеру'}
          >
            <Input disabled={masked.contacts} placeholder="+7 900 000-00-00" inputMode="tel" />
          </Form.Item>
        </Col>
        {/* Issue 15: a company's КПП, a company's ОГРН or an ИП's ОГРНИП — only for the types they fit. */}
        {kppFits(type) && (
          <Col span={8}>
            <Form.Item label="КПП" name="kpp" rules={[checkedBy(normalizeKpp)]}>
              <Input placeholder="9 символов" {...name} />
            </Form.Item>
          </Col>
        )}
        {ogrnFits(type) && (
          <Col span={8}>
            <Form.Item
              label={type === 'entrepreneur' ? 'ОГРНИП' : 'ОГРН'}
              name="ogrn"
              rules={[checkedBy(normalizeOgrn)]}
            >
              <Input
                inputMode="numeric"
                placeholder={type === 'entrepreneur' ? '15 цифр' : '13 цифр'}
                {...name}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      {/* Fields follow the client type as on the card (issue 17): a company has no passport, and
          a company or an ИП is created with its ИНН. */}
      {person && (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="Паспорт" name="passport" rules={[checkedBy(normalizePassport)]}>
              <Input placeholder="серия и номер" {...name} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label="Комментарий к паспорту" name="passportComment">
              <Input {...name} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode === 'create' && type !== 'individual' && (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="ИНН" name="inn" rules={[checkedBy(normalizeInn)]}>
              <Input inputMode="numeric" placeholder={type === 'legal' ? '10 цифр' : '12 цифр'} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode === 'edit' && (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="Адрес регистрации" name="regAddress">
                <Input {...name} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label="Индекс" name="regPostcode">
                <Input {...name} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Комментарий к адресу" name="regComment">
                <Input {...name} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="ИНН" name="inn" rules={[checkedBy(normalizeInn)]}>
                <Input {...name} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="СНИЛС" name="snils" rules={[checkedBy(normalizeSnils)]}>
                <Input {...name} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Карта лояльности" name="loyaltyCard">
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="Теги" name="tags">
            <TagSelect existingOnly={!canCreateTags} />
          </Form.Item>
          <Form.Item
            name="tester"
            valuePropName="checked"
            extra="Видит услуги, новости, мероприятия и акции раньше остальных, чтобы проверить их до публикации"
          >
            <Checkbox>Тестировщик</Checkbox>
          </Form.Item>
        </>
      )}
      {mode === 'create' && (
        <Form.Item label="Внешний идентификатор" name="externalId">
          <Input />
        </Form.Item>
      )}
      <Form.Item label={mode === 'create' ? 'Комментарий' : 'Примечание'} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
