import {
  type AddressField,
  addressFieldRule,
  PREMISE_TYPE_NAMES,
  PREMISE_TYPES,
  type Premise,
  type PremiseBody,
  type PremiseType,
} from '@domovoy/contract';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { emptyToNull } from '../../shared/format';
import { useObjects } from '../../shared/lookups';
import { TagSelect } from '../../shared/TagSelect';

export type PremiseFormValues = {
  objectId?: string;
  type?: PremiseType;
  street?: string | null;
  house?: string | null;
  building?: string | null;
  number?: string | null;
  room?: string | null;
  entrance?: string | null;
  floor?: number | null;
  rooms?: number | null;
  totalArea?: number | null;
  livingArea?: number | null;
  onlinePayment?: boolean;
  note?: string | null;
  tags?: string[];
  externalId?: string | null;
};

const ADDRESS: AddressField[] = ['street', 'house', 'building', 'number', 'room'];

export const premiseToForm = (p: Premise): PremiseFormValues => ({ ...p, floor: p.floor || null });

/** Form values → API body: only the address fields of the type; empty text clears (null). */
export function formToPremise(values: PremiseFormValues): PremiseBody {
  const type = values.type ?? 'flat';
  const body: PremiseBody = {
    objectId: values.objectId ?? '',
    type,
    totalArea: values.totalArea ?? null,
    livingArea: values.livingArea ?? null,
    onlinePayment: values.onlinePayment ?? true,
  };
  for (const field of ADDRESS) {
    body[field] = addressFieldRule(type, field) ? emptyToNull(values[field]) : null;
  }
  if (values.tags !== undefined) body.tags = values.tags;
  for (const key of ['entrance', 'note', 'externalId'] as const) {
    if (values[key] !== undefined) body[key] = emptyToNull(values[key]);
  }
  if (PREMISE_TYPES[type].inBuilding) {
    if (values.floor !== undefined) body.floor = values.floor;
  } else {
    body.entrance = null;
    body.floor = null;
  }
  if (values.rooms !== undefined) body.rooms = values.rooms;
  return body;
}

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
