import { PREMISE_TYPE_NAMES, PREMISE_TYPES } from '@domovoy/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Col, Form, Row, Select } from 'antd';
import { api, unwrap } from '../../shared/api-client';
import { useObjectGroups, useObjects, useQuarters } from '../../shared/lookups';
import { ClientPicker } from '../../shared/Pickers';
import { TagSelect } from '../../shared/TagSelect';
import type { UrlState } from '../../shared/use-url-state';

const FILTERS = ['objectGroupId', 'quarterId', 'objectId', 'type', 'clientId', 'tag'] as const;

export const activePremiseFilterCount = (state: UrlState) =>
  FILTERS.filter((name) => state.getAll(name).length > 0).length;

/** P-3: object group, quarter, object, type, client and tags; every choice goes to the URL. */
export function PremiseFilters({ state }: { state: UrlState }) {
  const objects = useObjects();
  const groups = useObjectGroups();
  const quarters = useQuarters();
  // A shared link names the client by id: its name labels the choice.
  const clientId = state.get('clientId');
  const client = useQuery({
    queryKey: ['clients', 'one', clientId],
    queryFn: () => unwrap(api.GET('/api/clients/{id}', { params: { path: { id: clientId ?? '' } } })),
    enabled: Boolean(clientId),
  });
  const multi = (name: Exclude<(typeof FILTERS)[number], 'clientId'>) => ({
    mode: 'multiple' as const,
    allowClear: true,
    value: state.getAll(name),
    onChange: (value: string[]) => state.set({ [name]: value }),
    optionFilterProp: 'label',
    placeholder: 'Все',
    maxTagCount: 'responsive' as const,
  });
  return (
    <Form layout="vertical" style={{ background: '#fafafa', padding: '12px 16px 0', marginBottom: 16 }}>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="Группа объектов">
            <Select
              {...multi('objectGroupId')}
              loading={groups.isPending}
              options={groups.data?.map((g) => ({ value: g.id, label: g.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Квартал">
            <Select
              {...multi('quarterId')}
              loading={quarters.isPending}
              options={quarters.data?.map((q) => ({ value: q.id, label: q.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Объект">
            <Select
              {...multi('objectId')}
              loading={objects.isPending}
              options={objects.data?.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Тип">
            <Select
              {...multi('type')}
              options={PREMISE_TYPE_NAMES.map((t) => ({ value: t, label: PREMISE_TYPES[t].label }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={9}>
          <Form.Item label="Клиент" htmlFor="premise-filter-client">
            <ClientPicker
              id="premise-filter-client"
              value={clientId}
              initialLabel={client.data?.fullName}
              onChange={(value) => state.set({ clientId: value })}
              allowClear
            />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item label="Теги">
            <TagSelect
              value={state.getAll('tag')}
              onChange={(value) => state.set({ tag: value })}
              existingOnly
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label=" ">
            <Button onClick={() => state.set(Object.fromEntries(FILTERS.map((f) => [f, undefined])))}>
              Сбросить фильтры
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
