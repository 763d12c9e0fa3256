import { UploadOutlined } from '@ant-design/icons';
import type { PremiseDocument } from '@domovoy/contract';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Switch, Table, Upload } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { clearErrorsOnChange } from '../../shared/field-rules';
import { emptyToNull, formatDate, fromDayjs, toDayjs } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useDiscardGuard } from '../../shared/use-discard-guard';
import { useDeleteDocument, useDocuments, useUpdateDocument, useUploadDocument } from './api';

/** P-9: documents of the premise — upload, search by title and description, download, edit, delete. */
export function DocumentsTab({ premiseId }: { premiseId: string }) {
  const [search, setSearch] = useState('');
  const documents = useDocuments(premiseId, search);
  const can = useCan();
  const { modal, message } = App.useApp();
  const remove = useDeleteDocument();
  const update = useUpdateDocument();
  const [editing, setEditing] = useState<PremiseDocument | 'new' | null>(null);
  const editable = can('premises.edit');
  return (
    <>
      <Flex gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="Поиск по названию и описанию"
          allowClear
          style={{ maxWidth: 400 }}
          onSearch={(value) => setSearch(value.trim())}
        />
        {editable && (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setEditing('new')}>
            Загрузить документ
          </Button>
        )}
      </Flex>
      {documents.error ? (
        <Alert type="error" showIcon title={errorText(documents.error)} />
      ) : (
        <Table<PremiseDocument>
          rowKey="id"
          size="middle"
          loading={documents.isFetching}
          dataSource={documents.data}
          pagination={false}
          locale={{ emptyText: search ? 'Ничего не найдено' : 'Документов нет' }}
          columns={[
            {
              key: 'title',
              title: 'Название',
              render: (_, d) => (
                <a href={d.fileUrl} download={d.fileName}>
                  {d.title}
                </a>
              ),
            },
            { key: 'description', title: 'Описание', render: (_, d) => d.description ?? '—' },
            { key: 'date', title: 'Дата', width: 120, render: (_, d) => formatDate(d.date) },
            {
              key: 'file',
              title: 'Файл',
              render: (_, d) => `${d.fileName} (${Math.ceil(d.size / 1024)} КБ)`,
            },
            {
              key: 'visible',
              title: 'Видно жителям',
              width: 140,
              render: (_, d) => (
                <Switch
                  size="small"
                  aria-label={`Видно жителям: ${d.title}`}
                  checked={d.visibleToResidents}
                  disabled={!editable}
                  loading={update.isPending && update.variables?.id === d.id}
                  onChange={(checked) =>
                    update.mutate(
                      { id: d.id, body: { visibleToResidents: checked } },
                      { onError: (error: unknown) => message.error(errorText(error)) },
                    )
                  }
                />
              ),
            },
            {
              key: 'actions',
              width: 220,
              render: (_, d) =>
                editable && (
                  <Flex gap={8}>
                    <Button size="small" onClick={() => setEditing(d)}>
                      Изменить
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        modal.confirm({
                          title: `Удалить документ «${d.title}»?`,
                          content: 'Файл будет удалён, жители перестанут его видеть.',
                          okText: 'Удалить',
                          okButtonProps: { danger: true },
                          cancelText: 'Отмена',
                          onOk: () =>
                            remove
                              .mutateAsync(d.id)
                              .catch((error: unknown) => message.error(errorText(error))),
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
      )}
      {editing && (
        <DocumentModal
          premiseId={premiseId}
          document={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

type Values = {
  title?: string;
  description?: string;
  date?: dayjs.Dayjs | null;
  visibleToResidents?: boolean;
  file?: { originFileObj?: File }[];
};

function DocumentModal({
  premiseId,
  document,
  onClose,
}: {
  premiseId: string;
  document?: PremiseDocument;
  onClose(): void;
}) {
  const [form] = Form.useForm<Values>();
  const cancel = useDiscardGuard(() => form.isFieldsTouched(), onClose);
  const upload = useUploadDocument(premiseId);
  const update = useUpdateDocument();
  const [problems, setProblems] = useState<string[]>([]);
  const onError = (error: unknown) => setProblems(showFieldErrors(form, error));
  const submit = (values: Values) => {
    setProblems([]);
    const fields = {
      title: values.title?.trim() ?? '',
      description: emptyToNull(values.description),
      date: fromDayjs(values.date),
      visibleToResidents: values.visibleToResidents ?? false,
    };
    if (document) update.mutate({ id: document.id, body: fields }, { onSuccess: onClose, onError });
    else {
      const file = values.file?.[0]?.originFileObj;
      if (!file) return;
      upload.mutate({ ...fields, file }, { onSuccess: onClose, onError });
    }
  };
  return (
    <Modal
      open
      title={document ? 'Документ' : 'Новый документ'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={upload.isPending || update.isPending}
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
          title: document?.title,
          description: document?.description ?? undefined,
          date: toDayjs(document?.date),
          visibleToResidents: document?.visibleToResidents ?? false,
        }}
      >
        <Form.Item
          label="Название"
          name="title"
          rules={[{ required: true, whitespace: true, message: 'Введите название' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label="Описание" name="description">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item label="Дата" name="date">
          <DatePicker format="DD.MM.YYYY" />
        </Form.Item>
        <Form.Item
          label="Видно жителям"
          name="visibleToResidents"
          valuePropName="checked"
          extra="Жители помещения увидят документ в приложении («Мое помещение»)"
        >
          <Switch />
        </Form.Item>
        {!document && (
          <Form.Item
            label="Файл"
            name="file"
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList.slice(-1)}
            rules={[{ required: true, message: 'Приложите файл' }]}
          >
            <Upload beforeUpload={() => false} maxCount={1}>
              <Button icon={<UploadOutlined />}>Выбрать файл</Button>
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
