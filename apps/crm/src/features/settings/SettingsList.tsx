import { Alert, App, Button, Flex, Form, Modal, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';

type Props<T extends { id: string }, V> = {
  items: T[] | undefined;
  loading: boolean;
  error: unknown;
  columns: ColumnsType<T>;
  /** «юрлицо», «объект»… for the buttons and titles. */
  noun: { add: string; title: (item?: T) => string; remove: (item: T) => string };
  fields: ReactNode;
  toForm(item?: T): Partial<V>;
  save(
    input: { id?: string; values: V },
    callbacks: { onSuccess(): void; onError(error: unknown): void },
  ): void;
  saving: boolean;
  remove(id: string): Promise<unknown>;
};

/** One settings list (T-2): a table, an edit modal for add and edit, delete with confirmation. */
export function SettingsList<T extends { id: string }, V extends object>(props: Props<T, V>) {
  const can = useCan();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const editable = can('settings.manage');
  if (props.error) return <Alert type="error" showIcon title={errorText(props.error)} />;
  const actions: ColumnsType<T> = editable
    ? [
        {
          key: 'actions',
          width: 220,
          render: (_, item) => (
            <Flex gap={8}>
              <Button size="small" onClick={() => setEditing(item)}>
                Изменить
              </Button>
              <Button
                size="small"
                danger
                onClick={() =>
                  modal.confirm({
                    title: props.noun.remove(item),
                    okText: 'Удалить',
                    okButtonProps: { danger: true },
                    cancelText: 'Отмена',
                    onOk: () =>
                      props.remove(item.id).catch((error: unknown) => message.error(errorText(error))),
                  })
                }
              >
                Удалить
              </Button>
            </Flex>
          ),
        },
      ]
    : [];
  return (
    <>
      {editable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setEditing('new')}>
            {props.noun.add}
          </Button>
        </Flex>
      )}
      <Table<T>
        rowKey="id"
        size="middle"
        loading={props.loading}
        dataSource={props.items}
        pagination={false}
        locale={{ emptyText: 'Пока пусто' }}
        columns={[...props.columns, ...actions]}
      />
      {editing && (
        <EditModal<T, V>
          {...props}
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function EditModal<T extends { id: string }, V extends object>({
  item,
  onClose,
  noun,
  fields,
  toForm,
  save,
  saving,
}: Props<T, V> & { item?: T; onClose(): void }) {
  const [form] = Form.useForm<V>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <Modal
      open
      title={noun.title(item)}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={saving}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form<V>
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={toForm(item)}
        onFinish={(values) => {
          setProblems([]);
          save(
            { id: item?.id, values },
            { onSuccess: onClose, onError: (e) => setProblems(showFieldErrors(form, e)) },
          );
        }}
      >
        {fields}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
