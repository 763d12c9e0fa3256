import type { Client, ExternalId } from '@domovoy/contract';
import { Alert, App, Button, Flex, Form, Input, Modal, Table } from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useDeleteExternalId, useSaveExternalId } from './api';

/** C-8: «Прочее» — several external ids, each with a note; add, edit, delete. */
export function ExternalIdsTab({ client }: { client: Client }) {
  const can = useCan();
  const { modal, message } = App.useApp();
  const remove = useDeleteExternalId();
  const [editing, setEditing] = useState<ExternalId | 'new' | null>(null);
  const editable = can('clients.edit');
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setEditing('new')}>
            Добавить идентификатор
          </Button>
        </Flex>
      )}
      <Table<ExternalId>
        rowKey="id"
        size="middle"
        dataSource={client.externalIds}
        pagination={false}
        locale={{ emptyText: 'Внешних идентификаторов нет' }}
        columns={[
          { key: 'externalId', title: 'Внешний идентификатор', dataIndex: 'externalId' },
          { key: 'source', title: 'Система', render: (_, e) => e.source || 'Основная' },
          { key: 'note', title: 'Примечание', render: (_, e) => e.note ?? '—' },
          {
            key: 'actions',
            width: 220,
            render: (_, e) =>
              editable && (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setEditing(e)}>
                    Изменить
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: `Удалить идентификатор ${e.externalId}?`,
                        okText: 'Удалить',
                        okButtonProps: { danger: true },
                        cancelText: 'Отмена',
                        onOk: () =>
                          remove.mutateAsync(e.id).catch((error: unknown) => message.error(errorText(error))),
                      })
                    }
                  >
                    Удалить
                  </Button>
                </Flex>
              ),
          },
        ]}
      />
      {editing && (
        <ExternalIdModal
          clientId={client.id}
          externalId={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

type Values = { externalId?: string; source?: string; note?: string };

function ExternalIdModal({
  clientId,
  externalId,
  onClose,
}: {
  clientId: string;
  externalId?: ExternalId;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const save = useSaveExternalId(clientId);
  const [problems, setProblems] = useState<string[]>([]);
  const submit = (values: Values) => {
    setProblems([]);
    save.mutate(
      {
        id: externalId?.id,
        body: {
          externalId: values.externalId?.trim() ?? '',
          source: values.source?.trim() ?? '',
          note: emptyToNull(values.note),
        },
      },
      { onSuccess: onClose, onError: (error) => setProblems(showFieldErrors(form, error)) },
    );
  };
  return (
    <Modal
      open
      title={externalId ? 'Внешний идентификатор' : 'Новый внешний идентификатор'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={save.isPending}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          externalId: externalId?.externalId,
          source: externalId?.source,
          note: externalId?.note ?? undefined,
        }}
      >
        <Form.Item
          label="Идентификатор"
          name="externalId"
          rules={[{ required: true, whitespace: true, message: 'Введите идентификатор' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Внешняя система" name="source" extra="Пусто — основная система учёта">
          <Input />
        </Form.Item>
        <Form.Item label="Примечание" name="note">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
