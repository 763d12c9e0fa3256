import { CLIENT_TYPES, type ClientType, LEAD_SOURCES, type Lead } from '@domovoy/contract';
import { Alert, Button, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull, formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { UrlSearch } from '../../shared/UrlFilters';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import type { UrlState } from '../../shared/use-url-state';
import { useConvertLead, useLeads } from './api';
import { PhoneTakenAlert } from './PhoneTakenAlert';

/** C-4, AUTH-3: «Неидентифицированные» — phones without a client; staff turn them into clients. */
export function LeadsTab({ state }: { state: UrlState }) {
  const converted = state.get('converted');
  const leads = useLeads({
    search: state.get('search'),
    converted: converted === undefined ? undefined : converted === 'yes',
    page: state.page,
    pageSize: state.pageSize,
  });
  const can = useCan();
  const [converting, setConverting] = useState<Lead | null>(null);
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <UrlSearch
          state={state}
          placeholder="Любая часть телефона"
          label="Поиск неидентифицированных"
          maxWidth={null}
        />
        <Select
          style={{ width: 220 }}
          allowClear
          placeholder="Все"
          value={converted}
          onChange={(value) => state.set({ converted: value })}
          options={[
            { value: 'no', label: 'Без клиента' },
            { value: 'yes', label: 'Клиент создан' },
          ]}
        />
      </Flex>
      {leads.error ? (
        <Alert type="error" showIcon title={errorText(leads.error)} />
      ) : (
        <Table<Lead>
          rowKey="id"
          size="middle"
          loading={leads.isFetching}
          dataSource={leads.data?.items}
          locale={{ emptyText: 'Неидентифицированных нет' }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: leads.data?.total ?? 0,
            showTotal: (n) => `Всего: ${n}`,
          }}
          onChange={(p) => state.set({ page: p.current && p.current > 1 ? p.current : undefined })}
          columns={[
            { key: 'phone', title: 'Телефон', dataIndex: 'phone' },
            { key: 'source', title: 'Откуда', render: (_, l) => LEAD_SOURCES[l.source] ?? l.source },
            { key: 'created', title: 'Когда', render: (_, l) => formatDateTime(l.createdAt) },
            {
              key: 'client',
              title: 'Клиент',
              render: (_, l) =>
                l.convertedClientId ? (
                  <Link to={`/clients/${l.convertedClientId}`}>
                    <Tag color="green">создан {formatDateTime(l.convertedAt)}</Tag>
                  </Link>
                ) : (
                  can('clients.edit') && (
                    <Button size="small" onClick={() => setConverting(l)}>
                      Создать клиента
                    </Button>
                  )
                ),
            },
          ]}
        />
      )}
      {converting && <ConvertLeadModal lead={converting} onClose={() => setConverting(null)} />}
    </>
  );
}

type Values = { fullName?: string; type?: ClientType; email?: string };

function ConvertLeadModal({ lead, onClose }: { lead: Lead; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const convert = useConvertLead();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflictId, setConflictId] = useState<string>();
  const submit = (values: Values) => {
    setProblems([]);
    convert.mutate(
      {
        id: lead.id,
        body: {
          fullName: values.fullName?.trim() ?? '',
          type: values.type,
          email: emptyToNull(values.email),
        },
      },
      {
        // The answer is the lead, now pointing at its new client.
        onSuccess: (converted) => navigate(`/clients/${converted.convertedClientId ?? ''}`),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'PHONE_TAKEN' && error.problem.conflictId)
            setConflictId(error.problem.conflictId);
          else setProblems(showFieldErrors(form, error));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={`Клиент с телефоном ${lead.phone}`}
      okText="Создать"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={convert.isPending}
    >
      {conflictId && <PhoneTakenAlert conflictId={conflictId} />}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{ type: 'individual' }}
      >
        <Form.Item
          label="ФИО"
          name="fullName"
          rules={[{ required: true, whitespace: true, message: 'Введите ФИО' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Тип" name="type">
          <Select options={Object.entries(CLIENT_TYPES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="Электронная почта" name="email">
          <Input />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
