import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  LINK_ROLE_NAMES,
  LINK_ROLES,
  PREMISE_TYPE_NAMES,
  PREMISE_TYPES,
} from '@domovoy/contract';
import { Button, Col, Form, Row, Select } from 'antd';
import { useObjectGroups, useObjects, useQuarters } from '../../shared/lookups';
import { TagSelect } from '../../shared/TagSelect';
import type { UrlState } from '../../shared/use-url-state';

const MULTI = ['objectGroupId', 'quarterId', 'objectId', 'premiseType', 'role', 'tag', 'source'] as const;
const SINGLE = ['status', 'app'] as const;

export const activeClientFilterCount = (state: UrlState) =>
  [...MULTI, ...SINGLE].filter((name) => state.getAll(name).length > 0).length;

/** C-3: object group, quarter, object, premise type, role, tags, status, app, source. */
export function ClientFilters({ state }: { state: UrlState }) {
  const objects = useObjects();
  const groups = useObjectGroups();
  const quarters = useQuarters();
  const multi = (name: (typeof MULTI)[number]) => ({
    mode: 'multiple' as const,
    allowClear: true,
    value: state.getAll(name),
    onChange: (value: string[]) => state.set({ [name]: value }),
    optionFilterProp: 'label',
    placeholder: 'Все',
    maxTagCount: 'responsive' as const,
  });
  const single = (name: (typeof SINGLE)[number]) => ({
    allowClear: true,
    value: state.get(name),
    onChange: (value: string | undefined) => state.set({ [name]: value }),
    placeholder: 'Все',
  });
  return (
    <Form layout="vertical" style={{ background: '#fafafa', padding: '12px 16px 0', marginBottom: 16 }}>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="Группа объектов">
            <Select
              {...multi('objectGroupId')}
              options={groups.data?.map((g) => ({ value: g.id, label: g.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Квартал">
            <Select
              {...multi('quarterId')}
              options={quarters.data?.map((q) => ({ value: q.id, label: q.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Объект">
            <Select
              {...multi('objectId')}
              options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Тип помещения">
            <Select
              {...multi('premiseType')}
              options={PREMISE_TYPE_NAMES.map((t) => ({ value: t, label: PREMISE_TYPES[t].label }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Роль в помещении">
            <Select
              {...multi('role')}
              options={LINK_ROLE_NAMES.map((r) => ({ value: r, label: LINK_ROLES[r].label }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Теги">
            <TagSelect
              value={state.getAll('tag')}
              onChange={(value) => state.set({ tag: value })}
              existingOnly
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Статус">
            <Select
              {...single('status')}
              options={Object.entries(CLIENT_STATUSES).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Был(а) в ЛК">
            <Select
              {...single('app')}
              options={[
                { value: 'installed', label: 'Был(а)' },
                { value: 'never', label: 'Ни разу' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label="Источник">
            <Select
              {...multi('source')}
              options={Object.entries(CLIENT_SOURCES).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item>
        <Button
          onClick={() => state.set(Object.fromEntries([...MULTI, ...SINGLE].map((f) => [f, undefined])))}
        >
          Сбросить фильтры
        </Button>
      </Form.Item>
    </Form>
  );
}
