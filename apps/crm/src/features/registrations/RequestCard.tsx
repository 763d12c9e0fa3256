import { LINK_ROLES, type RegistrationRequest } from '@domovoy/contract';
import { Alert, App, Button, Descriptions, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { ApproveRequestModal } from './ApproveRequestModal';
import { useCommentRequest, useRejectRequest } from './api';
import { REQUEST_STATUS } from './RequestsTab';

/** AUTH-2: a request — what the resident sent, staff comments, approve or reject. */
export function RequestCard({ request }: { request: RegistrationRequest }) {
  const can = useCan();
  const [approving, setApproving] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const decidable = request.status === 'new' && can('clients.edit');
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Tag color={REQUEST_STATUS[request.status].color}>{REQUEST_STATUS[request.status].label}</Tag>
        {decidable && (
          <Flex gap={8}>
            <Button danger onClick={() => setRejecting(true)}>
              Отклонить
            </Button>
            <Button type="primary" onClick={() => setApproving(true)}>
              Одобрить
            </Button>
          </Flex>
        )}
      </Flex>
      <Descriptions
        bordered
        column={1}
        size="small"
        styles={{ label: { width: 240 } }}
        items={[
          { key: 'name', label: 'ФИО', children: request.fullName },
          { key: 'phone', label: 'Телефон', children: request.phone },
          {
            key: 'kind',
            label: 'Вид',
            children: request.kind === 'registration' ? 'Регистрация' : 'Добавление помещения',
          },
          { key: 'address', label: 'Адрес из заявки', children: request.addressText },
          { key: 'object', label: 'Объект', children: request.objectName ?? '—' },
          {
            key: 'premise',
            label: 'Помещение',
            children: request.premiseId ? (
              <Link to={`/premises/${request.premiseId}`}>{request.premiseAddress}</Link>
            ) : (
              '—'
            ),
          },
          {
            key: 'role',
            label: 'Запрошенная роль',
            children: request.requestedRole ? LINK_ROLES[request.requestedRole].label : '—',
          },
          { key: 'created', label: 'Получена', children: formatDateTime(request.createdAt) },
          ...(request.status === 'new'
            ? []
            : [
                {
                  key: 'decided',
                  label: 'Решение',
                  children: `${REQUEST_STATUS[request.status].label} ${formatDateTime(request.decidedAt)}${request.decidedBy ? `, ${request.decidedBy.name}` : ''}`,
                },
              ]),
          ...(request.clientId
            ? [
                {
                  key: 'client',
                  label: 'Клиент',
                  children: <Link to={`/clients/${request.clientId}`}>{request.clientName}</Link>,
                },
              ]
            : []),
          ...(request.rejectReason
            ? [{ key: 'reason', label: 'Причина отказа', children: request.rejectReason }]
            : []),
        ]}
      />
      <Comments request={request} />
      {approving && <ApproveRequestModal request={request} onClose={() => setApproving(false)} />}
      {rejecting && <RejectModal requestId={request.id} onClose={() => setRejecting(false)} />}
    </>
  );
}

function Comments({ request }: { request: RegistrationRequest }) {
  const [form] = Form.useForm<{ text: string }>();
  const comment = useCommentRequest(request.id);
  const { message } = App.useApp();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        Комментарии
      </Typography.Title>
      <List
        size="small"
        dataSource={request.comments}
        locale={{ emptyText: 'Комментариев нет' }}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta title={`${c.authorName}, ${formatDateTime(c.createdAt)}`} description={c.text} />
          </List.Item>
        )}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12 }}
        onFinish={({ text }) =>
          comment.mutate(text.trim(), {
            onSuccess: () => form.resetFields(),
            onError: (error) => message.error(errorText(error)),
          })
        }
      >
        <Form.Item
          name="text"
          style={{ flex: 1 }}
          rules={[{ required: true, whitespace: true, message: 'Напишите комментарий' }]}
        >
          <Input placeholder="Комментарий для сотрудников" aria-label="Комментарий" />
        </Form.Item>
        <Button htmlType="submit" loading={comment.isPending}>
          Добавить комментарий
        </Button>
      </Form>
    </>
  );
}

function RejectModal({ requestId, onClose }: { requestId: string; onClose(): void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const reject = useRejectRequest(requestId);
  return (
    <Modal
      open
      title="Отклонить заявку"
      okText="Отклонить"
      okButtonProps={{ danger: true }}
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={reject.isPending}
    >
      {reject.error && (
        <Alert type="error" showIcon title={errorText(reject.error)} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => reject.mutate(reason.trim(), { onSuccess: onClose })}
      >
        <Form.Item
          label="Причина"
          name="reason"
          rules={[{ required: true, whitespace: true, message: 'Укажите причину' }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
