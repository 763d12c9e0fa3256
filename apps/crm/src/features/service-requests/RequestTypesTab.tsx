import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { RequestType } from '@domovoy/contract';
import { Alert, Button, Flex, Input, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../shared/errors';
import { useCan } from '../../shared/session';
import { useCreateRequestType, useReorderRequestTypes, useRequestTypes, useUpdateRequestType } from './api';

/** «Настройки» → «Типы заявок»: add, rename, reorder, archive (a type in use is never deleted). */
export function RequestTypesTab() {
  const can = useCan();
  const editable = can('settings.manage');
  const types = useRequestTypes(true);
  const create = useCreateRequestType();
  const update = useUpdateRequestType();
  const reorder = useReorderRequestTypes();
  const [name, setName] = useState('');
  const list = types.data ?? [];
  const move = (index: number, by: number) => {
    const ids = list.map((t) => t.id);
    const [id] = ids.splice(index, 1);
    if (id) ids.splice(index + by, 0, id);
    reorder.mutate(ids);
  };
  const error = types.error ?? create.error ?? update.error ?? reorder.error;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error ? <Alert type="error" showIcon title={errorText(error)} /> : null}
      {editable ? (
        <Flex gap={8}>
          <Input
            style={{ maxWidth: 320 }}
            placeholder="Новый тип заявки"
            aria-label="Новый тип заявки"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <Button
            type="primary"
            disabled={!name.trim()}
            loading={create.isPending}
            onClick={async () => {
              await create.mutateAsync(name.trim());
              setName('');
            }}
          >
            Добавить
          </Button>
        </Flex>
      ) : null}
      <Table<RequestType>
        rowKey="id"
        size="small"
        pagination={false}
        loading={types.isPending}
        dataSource={list}
        columns={[
          {
            key: 'name',
            title: 'Тип заявки',
            render: (_, t) =>
              editable ? (
                <Typography.Text
                  editable={{
                    onChange: (value) => value.trim() && update.mutate({ id: t.id, patch: { name: value } }),
                  }}
                >
                  {t.name}
                </Typography.Text>
              ) : (
                t.name
              ),
          },
          {
            key: 'active',
            title: 'Предлагается',
            width: 140,
            render: (_, t) => (
              <Switch
                checked={!t.archived}
                disabled={!editable}
                aria-label={`Тип «${t.name}» предлагается`}
                onChange={(on) => update.mutate({ id: t.id, patch: { archived: !on } })}
              />
            ),
          },
          {
            key: 'order',
            title: 'Порядок',
            width: 110,
            render: (_, _t, index) => (
              <Space>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label="Выше"
                  disabled={!editable || index === 0}
                  onClick={() => move(index, -1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label="Ниже"
                  disabled={!editable || index === list.length - 1}
                  onClick={() => move(index, 1)}
                />
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
