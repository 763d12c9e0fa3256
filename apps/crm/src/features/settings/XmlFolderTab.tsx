import type { XmlFolder } from '@domovoy/contract';
import { Alert, Button, Descriptions, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { errorText, showFieldErrors } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useSaveXmlFolder, useXmlFolder } from './api';

/** I-2: the folder on the server whose XML files are imported by themselves. */
export function XmlFolderTab() {
  const can = useCan();
  const allowed = can('settings.manage');
  const folder = useXmlFolder(allowed);
  if (!allowed)
    return <Alert type="info" showIcon title="Папку XML видит только роль с правом на настройки" />;
  if (folder.error) return <Alert type="error" showIcon title={errorText(folder.error)} />;
  if (!folder.data) return <Skeleton active />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Учётная система (1С и другие) может класть выгрузки в папку на сервере Домового. Каждые несколько
        секунд сервер читает из неё новые и изменённые файлы *.xml (формат описан в docs/xml/README.md). Файл
        без ошибок, который не удаляет собственников, загружается сам; файл с удалениями ждёт решения в
        разделе «Импорт», файл с ошибками не загружается. Прочитанный файл переносится в папку done/ или
        failed/, рядом — отчёт о загрузке.
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'path',
            label: 'Папка',
            children: folder.data.path ? (
              <Typography.Text code>{folder.data.path}</Typography.Text>
            ) : (
              'не подключена'
            ),
          },
          { key: 'updated', label: 'Изменена', children: formatDateTime(folder.data.updatedAt) },
        ]}
      />
      {/* Saved anew, the form starts from what the server stored (links resolved). */}
      <FolderForm key={folder.data.updatedAt ?? 'none'} folder={folder.data} />
    </Flex>
  );
}

type Values = { path?: string };

function FolderForm({ folder }: { folder: XmlFolder }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveXmlFolder();
  const [problems, setProblems] = useState<string[]>([]);
  const send = (path: string | null) => {
    setProblems([]);
    save.mutate(path, { onError: (error) => setProblems(showFieldErrors(form, error)) });
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ path: folder.path ?? '' }}
      onFinish={({ path }) => send(path?.trim() ?? '')}
    >
      {problems.length > 0 && (
        <Alert type="error" showIcon title={problems.join('. ')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        label="Путь к папке на сервере"
        name="path"
        rules={[{ required: true, whitespace: true, message: 'Укажите папку, например /srv/domovoy/xml' }]}
        extra="Папка должна существовать, и сервер должен иметь право читать и писать в неё"
      >
        <Input placeholder="/srv/domovoy/xml" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Сохранить
        </Button>
        <Button disabled={!folder.path || save.isPending} onClick={() => send(null)}>
          Отключить
        </Button>
      </Flex>
    </Form>
  );
}
