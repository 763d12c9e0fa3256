import {
  type AddressField,
  addressFieldRule,
  normalizeCadastralNumber,
  PREMISE_TYPE_NAMES,
  PREMISE_TYPES,
  type PremiseType,
} from '@domovoy/contract';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { checkedBy } from '../../shared/field-rules';
import { useObjects } from '../../shared/lookups';
import { TagSelect } from '../../shared/TagSelect';
import { ADDRESS } from './premise-form';

/** P-5 (create) and P-6 (edit) share these fields; the address fields follow the type (P-4). */
export function PremiseFields({ mode, canCreateTags }: { mode: 'create' | 'edit'; canCreateTags: boolean }) {
  const objects = useObjects();
  const type: PremiseType = Form.useWatch('type') ?? 'flat';
  const info = PREMISE_TYPES[type];
  const labels: Partial<Record<AddressField, string>> = info.fieldLabels;
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Объект" name="objectId" rules={[{ required: true, message: 'Выберите объект' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={objects.isPending}
              options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Тип" name="type" rules={[{ required: true, message: 'Выберите тип' }]}>
            <Select options={PREMISE_TYPE_NAMES.map((t) => ({ value: t, label: PREMISE_TYPES[t].label }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {ADDRESS.map((field) => {
          const rule = addressFieldRule(type, field);
          if (!rule) return null;
          return (
            <Col key={field} span={field === 'street' ? 12 : 4}>
              <Form.Item
                label={labels[field]}
                name={field}
                rules={
                  rule === 'required' ? [{ required: true, whitespace: true, message: 'Заполните поле' }] : []
                }
              >
                <Input />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
      <Row gutter={16}>
        {mode === 'edit' && info.inBuilding && (
          <>
            <Col span={4}>
              <Form.Item label="Подъезд" name="entrance">
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label="Этаж" name="floor" tooltip="Пустое поле сохраняется как 0">
                <InputNumber style={{ width: '100%' }} precision={0} />
              </Form.Item>
            </Col>
          </>
        )}
        {mode === 'edit' && (
          <Col span={4}>
            <Form.Item label="Комнат" name="rooms">
              <InputNumber style={{ width: '100%' }} min={0} precision={0} />
            </Form.Item>
          </Col>
        )}
        <Col span={6}>
          <Form.Item label="Общая площадь, м²" name="totalArea">
            <InputNumber style={{ width: '100%' }} min={0} decimalSeparator="," />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Жилая площадь, м²" name="livingArea">
            <InputNumber style={{ width: '100%' }} min={0} decimalSeparator="," />
          </Form.Item>
        </Col>
      </Row>
      {/* Issue 15: Rosreestr's number and «Зарегистрировано человек», on the card and when creating. */}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="Кадастровый номер"
            name="cadastralNumber"
            rules={[checkedBy(normalizeCadastralNumber)]}
          >
            <Input placeholder="77:01:0001001:1234" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Зарегистрировано человек" name="registeredResidents">
            <InputNumber style={{ width: '100%' }} min={0} max={999} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="onlinePayment" valuePropName="checked">
        <Checkbox>Оплата счетов онлайн</Checkbox>
      </Form.Item>
      {mode === 'edit' && (
        <>
          <Form.Item
            label="Примечание"
            name="note"
            tooltip="Подсказка сотрудникам при регистрации обращений жителей этого помещения"
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="Теги" name="tags">
                <TagSelect existingOnly={!canCreateTags} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Внешний идентификатор" name="externalId">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
