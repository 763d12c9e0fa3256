import { Alert, Descriptions, Flex, Skeleton, Switch, Typography } from 'antd';
import { errorText } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useSaveXmlFolder, useXmlFolder } from './api';

const Path = ({ value }: { value: string }) => (
  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
    {value}
  </Typography.Text>
);

/**
 * I-2: the folder on the server whose XML files are imported by themselves. The server chooses it
 * (one per organisation); an administrator only switches it on or off.
 */
export function XmlFolderTab() {
  const can = useCan();
  const allowed = can('settings.manage');
  const folder = useXmlFolder(allowed);
  const save = useSaveXmlFolder();
  if (!allowed)
    return <Alert type="info" showIcon title="Папку XML видит только роль с правом на настройки" />;
  if (folder.error) return <Alert type="error" showIcon title={errorText(folder.error)} />;
  if (!folder.data) return <Skeleton active />;
  const { enabled, path, donePath, failedPath, updatedAt } = folder.data;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Учётная система (1С и другие) может класть выгрузки в папку организации на сервере Домового. Каждые
        несколько секунд сервер читает из неё новые и изменённые файлы *.xml (формат описан в
        docs/xml/README.md). Файл без ошибок, который не удаляет собственников, загружается сам; файл с
        удалениями ждёт решения в разделе «Импорт», файл с ошибками не загружается. Папку выбирает сервер: у
        каждой организации она своя.
      </Typography.Paragraph>
      <Flex gap={8} align="center">
        <Switch
          id="xml-folder-enabled"
          checked={enabled}
          loading={save.isPending}
          onChange={(checked) => save.mutate(checked)}
        />
        <label htmlFor="xml-folder-enabled">Следить за папкой</label>
      </Flex>
      {save.error && <Alert type="error" showIcon title={errorText(save.error)} />}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'path', label: 'Папка на сервере', children: <Path value={path} /> },
          {
            key: 'done',
            label: 'Загруженные',
            children: (
              <Flex vertical gap={4}>
                <Path value={donePath} />
                <span>файлы, загруженные или ждущие решения в CRM, и отчёты о них (.report.json)</span>
              </Flex>
            ),
          },
          {
            key: 'failed',
            label: 'С ошибками',
            children: (
              <Flex vertical gap={4}>
                <Path value={failedPath} />
                <span>файлы, которые не загружены, с отчётом и списком ошибок (.errors.xlsx)</span>
              </Flex>
            ),
          },
          { key: 'updated', label: 'Изменена', children: formatDateTime(updatedAt) },
        ]}
      />
      {!enabled && (
        <Typography.Text type="secondary">
          Сервер не следит за папкой: файлы в ней не читаются. Включите слежение — папка будет создана.
        </Typography.Text>
      )}
    </Flex>
  );
}
