import {
  SERVICE_REQUEST_SOURCES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequest,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { Alert, Button, Descriptions, Flex, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useLeaveGuard } from '../../shared/use-leave-guard';
import { useChangeStatus, useUpdateServiceRequest } from './api';
import { RequestFields } from './RequestFields';
import { bodyOf, formValuesOf, type RequestFormValues } from './request-form';
import { StatusTag } from './StatusTag';

/** ACT-3: only the next statuses the transitions table allows are offered. */
function StatusControl({ request }: { request: ServiceRequest }) {
  const change = useChangeStatus(request.id);
  const [status, setStatus] = useState<ServiceRequestStatus>();
  const [comment, setComment] = useState('');
  return (
    <Flex gap={8} wrap align="center">
      <Select<ServiceRequestStatus>
        style={{ minWidth: 220 }}
        placeholder="Новый статус"
        aria-label="Новый статус"
        value={status}
        onChange={setStatus}
        options={request.nextStatuses.map((s) => ({ value: s, label: SERVICE_REQUEST_STATUSES[s].label }))}
      />
      <Input
        style={{ maxWidth: 360 }}
        placeholder="Комментарий для жителя (необязательно)"
        aria-label="Комментарий к статусу"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <Button
        type="primary"
        disabled={!status}
        loading={change.isPending}
        onClick={async () => {
          if (!status) return;
          await change.mutateAsync({ status, ...(comment.trim() ? { comment: comment.trim() } : {}) });
          setStatus(undefined);
          setComment('');
        }}
      >
        Изменить статус
      </Button>
      {change.error ? <Alert type="error" showIcon title={errorText(change.error)} /> : null}
    </Flex>
  );
}

/** The request's fields: editable with «Заявки: редактирование» while the request is open. */
function RequestForm({ request }: { request: ServiceRequest }) {
  const can = useCan();
  const [form] = Form.useForm<RequestFormValues>();
  const update = useUpdateServiceRequest(request.id);
  const [error, setError] = useState<string>();
  const editable = can('requests.edit') && SERVICE_REQUEST_STATUSES[request.status].open;
  useLeaveGuard(() => editable && form.isFieldsTouched());
  return (
    <Form
      form={form}
      onValuesChange={clearErrorsOnChange(form)}
      layout="vertical"
      disabled={!editable}
      initialValues={formValuesOf(request)}
      style={{ maxWidth: 640 }}
      onFinish={async (values) => {
        setError(undefined);
        try {
          await update.mutateAsync(bodyOf(values));
        } catch (e) {
          const rest = showFieldErrors(form, e);
          if (rest.length > 0) setError(rest.join('. '));
        }
      }}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <RequestFields premiseLabel={request.premiseAddress} clientLabel={request.clientName} />
      {editable ? (
        <div className="sticky-actions">
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            Сохранить
          </Button>
        </div>
      ) : null}
    </Form>
  );
}

export function RequestCard({ request }: { request: ServiceRequest }) {
  const can = useCan();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'status', label: 'Статус', children: <StatusTag status={request.status} /> },
          { key: 'source', label: 'Источник', children: SERVICE_REQUEST_SOURCES[request.source] },
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
            key: 'client',
            label: 'Клиент',
            children: request.clientId ? (
              <Link to={`/clients/${request.clientId}`}>
                {request.clientName}
                {request.clientPhone ? ` · ${request.clientPhone}` : ''}
              </Link>
            ) : (
              '—'
            ),
          },
          { key: 'created', label: 'Создана', children: formatDateTime(request.createdAt) },
          { key: 'closed', label: 'Закрыта', children: formatDateTime(request.closedAt) },
          ...(request.rating
            ? [
                {
                  key: 'rating',
                  label: 'Оценка жителя',
                  children: `${request.rating} из 5${request.review ? ` — ${request.review}` : ''}`,
                },
              ]
            : []),
        ]}
      />
      {can('requests.status') ? <StatusControl request={request} /> : null}
      {!SERVICE_REQUEST_STATUSES[request.status].open ? (
        <Typography.Text type="secondary">
          Заявка закрыта: чтобы изменить её, откройте её снова.
        </Typography.Text>
      ) : null}
      <RequestForm key={request.updatedAt} request={request} />
    </Space>
  );
}
