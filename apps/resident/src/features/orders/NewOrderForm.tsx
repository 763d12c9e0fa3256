import { Button, Form, Radio, Space, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { LoadFailed } from '../../shared/LoadFailed';
import { Loading } from '../../shared/Loading';
import { useCreateOrder, useOrderTypes } from './api';
import { PhotoPicker } from './PhotoPicker';
import type { OrderCard } from './types';
import './orders.css';

type Values = { typeId: string; description: string };

/**
 * APP-4: a request to the УО about the premise — its type, what happened, photos. A refused send
 * keeps everything typed and chosen; a photo that did not go up is said so on the created card.
 */
export function NewOrderForm({
  premiseId,
  onCreated,
}: {
  premiseId: string;
  onCreated(card: OrderCard, photosFailed: boolean): void;
}) {
  const types = useOrderTypes();
  const create = useCreateOrder();
  const [photos, setPhotos] = useState<File[]>([]);

  if (types.isError) return <LoadFailed error={types.error} />;
  if (!types.data) return <Loading />;

  const send = (values: Values) =>
    create.mutate(
      { premiseId, typeId: values.typeId, description: values.description.trim(), photos },
      { onSuccess: ({ card, photosFailed }) => onCreated(card, photosFailed !== null) },
    );

  return (
    <Form
      layout="vertical"
      onFinish={send}
      footer={
        <>
          {create.isError && (
            <p className="error" role="alert">
              {errorText(create.error)}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={create.isPending}>
            Отправить заявку
          </Button>
        </>
      }
    >
      <Form.Item
        name="typeId"
        label="Что случилось"
        rules={[{ required: true, message: 'Выберите тип заявки' }]}
      >
        <Radio.Group>
          <Space direction="vertical">
            {types.data.map((type) => (
              <Radio key={type.id} value={type.id}>
                {type.name}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="description"
        label="Опишите проблему"
        rules={[
          { required: true, whitespace: true, message: 'Опишите, что случилось' },
          { max: 5000, message: 'Не больше 5000 символов' },
        ]}
      >
        <TextArea
          aria-label="Опишите проблему"
          placeholder="Например: течёт кран на кухне, вода не перекрывается"
          autoSize={{ minRows: 4 }}
          maxLength={5000}
          showCount
        />
      </Form.Item>
      <Form.Item label="Фото">
        <PhotoPicker files={photos} onChange={setPhotos} />
      </Form.Item>
    </Form>
  );
}
