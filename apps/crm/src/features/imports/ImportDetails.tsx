import { DownloadOutlined } from '@ant-design/icons';
import { IMPORT_KINDS, type ImportJob } from '@domovoy/contract';
import { Alert, Button, Card, Descriptions, Flex } from 'antd';
import { formatDateTime } from '../../shared/format';
import { useLegalEntities, useObjects } from '../../shared/lookups';
import { ApplyImport } from './ApplyImport';
import { importLinks } from './api';
import { ImportErrorsTable } from './ImportErrorsTable';
import { ImportProgress } from './ImportProgress';
import { ImportStatusTag } from './ImportStatusTag';
import { isInProgress } from './import-status';
import { OutcomeSummary } from './OutcomeSummary';
import { RollbackImport } from './RollbackImport';

type Props = { job: ImportJob; onUploadAgain?: () => void };

/** I-3: one uploaded file — reading, its problems, the preview and «Применить», the result. */
export function ImportDetails({ job, onUploadAgain }: Props) {
  return (
    <Flex vertical gap={16}>
      <ImportFacts job={job} />
      {isInProgress(job) && (
        <Card>
          <ImportProgress job={job} />
        </Card>
      )}
      {job.status === 'failed' && job.problem && (
        <Alert
          type="error"
          showIcon
          title={`Файл не принят: ${job.problem.message}`}
          description={job.problem.detail}
          action={onUploadAgain && <Button onClick={onUploadAgain}>Загрузить исправленный файл</Button>}
        />
      )}
      <ReadProblems job={job} />
      {job.status === 'parsed' && (
        <Alert
          type="info"
          showIcon
          title="Файл прочитан и проверен"
          description="Предпросмотра у него нет: файл загружен, когда сводный файл можно было только проверить. Загрузите его снова, чтобы увидеть, что изменится."
          action={onUploadAgain && <Button onClick={onUploadAgain}>Загрузить снова</Button>}
        />
      )}
      {job.status === 'ready' && job.preview && (
        <Card title="Предпросмотр: что сделает загрузка">
          <Flex vertical gap={16}>
            <OutcomeSummary outcome={job.preview} mode="preview" job={job} />
            <ApplyImport job={job} onUploadAgain={onUploadAgain} />
          </Flex>
        </Card>
      )}
      {(job.status === 'applied' || job.status === 'rolled_back') && job.result && (
        <Card title={`Итог загрузки ${formatDateTime(job.appliedAt)}`}>
          <Flex vertical gap={16}>
            {job.status === 'rolled_back' && (
              <Alert type="warning" showIcon title="Загрузка отменена: всё, что она сделала, возвращено" />
            )}
            <OutcomeSummary outcome={job.result} mode="result" job={job} />
            {job.status === 'applied' && <RollbackImport job={job} />}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

function ImportFacts({ job }: { job: ImportJob }) {
  const objects = useObjects();
  const legalEntities = useLegalEntities();
  // An XML file names them itself, row by row.
  const name = (items: { id: string; name: string }[] | undefined, id: string | null) =>
    id ? (items?.find((item) => item.id === id)?.name ?? '…') : 'указаны в файле';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'status', label: 'Состояние', children: <ImportStatusTag job={job} /> },
        { key: 'kind', label: 'Вид', children: IMPORT_KINDS[job.kind] },
        { key: 'object', label: 'Объект', children: name(objects.data, job.objectId) },
        { key: 'legalEntity', label: 'Юрлицо', children: name(legalEntities.data, job.legalEntityId) },
        {
          key: 'actor',
          label: 'Загрузил(а)',
          children: `${job.actorName}, ${formatDateTime(job.createdAt)}`,
        },
        {
          key: 'rows',
          label: 'Строк с данными',
          children: job.rowCount == null ? '—' : job.rowCount.toLocaleString('ru-RU'),
        },
      ]}
    />
  );
}

/** Row errors (with their report, and listed), refused rows, and columns the template does not know. */
function ReadProblems({ job }: { job: ImportJob }) {
  const errors = job.errorCount ?? 0;
  const refused = (job.result ?? job.preview)?.refusedRows ?? 0;
  const download = (
    <Button icon={<DownloadOutlined />} href={importLinks.errors(job.id)} download>
      Скачать ошибки (.xlsx)
    </Button>
  );
  return (
    <>
      {errors > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`Строк с ошибками: ${errors.toLocaleString('ru-RU')}`}
          description="Такие строки не загружаются. Что в них не так — ниже и в отчёте: строка, колонка, значение и причина."
          action={download}
        />
      )}
      {!['queued', 'parsing', 'failed'].includes(job.status) && errors + refused > 0 && (
        <ImportErrorsTable job={job} extra={errors > 0 ? undefined : download} />
      )}
      {job.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Колонки, которых нет в шаблоне, пропущены"
          description={job.unknownColumns.map((c) => `«${c}»`).join(', ')}
        />
      )}
    </>
  );
}
