import type { ServiceRequest } from '@domovoy/contract';
import { Alert, Button, Checkbox, Form, Image, Input, List, Space, Tag, Typography, Upload } from 'antd';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useAddPhoto, useCommentServiceRequest } from './api';

/** Comments: public ones reach the resident, internal ones only staff with their permission. */
export function RequestComments({ request }: { request: ServiceRequest }) {
  const can = useCan();
  const [form] = Form.useForm<{ body: string; internal: boolean }>();
  const comment = useCommentServiceRequest(request.id);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List
        dataSource={request.comments}
        locale={{ emptyText: 'Комментариев нет' }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space>
                  {c.authorName ?? '—'}
                  <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
                  {c.internal ? <Tag color="orange">Внутренний</Tag> : null}
                  {c.authorKind === 'resident' ? <Tag>Житель</Tag> : null}
                </Space>
              }
              description={
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {c.body}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
      {can('requests.edit') ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ internal: false }}
          onFinish={async (values) => {
            await comment.mutateAsync({ body: values.body, internal: values.internal });
            form.resetFields();
          }}
        >
          <Form.Item
            name="body"
            label="Комментарий"
            rules={[{ required: true, whitespace: true, message: 'Напишите комментарий' }]}
          >
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          {can('requests.internal') ? (
            <Form.Item name="internal" valuePropName="checked">
              <Checkbox>Внутренний (житель не увидит)</Checkbox>
            </Form.Item>
          ) : null}
          {comment.error ? <Alert type="error" showIcon title={errorText(comment.error)} /> : null}
          <Button htmlType="submit" loading={comment.isPending}>
            Добавить комментарий
          </Button>
        </Form>
      ) : null}
    </Space>
  );
}

/** Photos of the request, served by the session-guarded route. */
export function RequestPhotos({ request }: { request: ServiceRequest }) {
  const can = useCan();
  const add = useAddPhoto(request.id);
  return (
    <Space direction="vertical">
      {request.photos.length === 0 ? <Typography.Text type="secondary">Фото нет</Typography.Text> : null}
      <Image.PreviewGroup>
        <Space wrap>
          {request.photos.map((p) => (
            <Image
              key={p.id}
              width={120}
              height={120}
              style={{ objectFit: 'cover' }}
              alt="Фото заявки"
              src={`/api/service-requests/${request.id}/photos/${p.id}`}
            />
          ))}
        </Space>
      </Image.PreviewGroup>
      {can('requests.edit') ? (
        <Upload
          accept="image/jpeg,image/png,image/webp"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            add.mutateAsync(file as File).then(onSuccess, onError);
          }}
        >
          <Button loading={add.isPending}>Добавить фото</Button>
        </Upload>
      ) : null}
      {add.error ? <Alert type="error" showIcon title={errorText(add.error)} /> : null}
    </Space>
  );
}
