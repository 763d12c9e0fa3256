import type { ImportJob } from '@domovoy/contract';
import { Flex, Progress, Typography } from 'antd';
import { readPercent } from './import-status';

/**
 * I-3: how far the server got reading the file. The page asks the server every second, so a
 * reload shows the same bar; a file that does not say its row count gets a moving bar.
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const percent = readPercent(job);
  const { rowsRead, rowsEstimated } = job.progress;
  return (
    <Flex vertical gap={4} aria-live="polite">
      <Typography.Text>
        {job.status === 'queued'
          ? 'Файл ждёт своей очереди на чтение…'
          : rowsEstimated
            ? `Читаем файл: ${rowsRead.toLocaleString('ru-RU')} из ≈${rowsEstimated.toLocaleString('ru-RU')} строк`
            : `Читаем файл: прочитано строк — ${rowsRead.toLocaleString('ru-RU')}`}
      </Typography.Text>
      <Progress
        aria-label="Чтение файла"
        percent={percent ?? 100}
        showInfo={percent != null}
        status="active"
        strokeColor={percent == null ? '#91caff' : undefined}
      />
      <Typography.Text type="secondary">
        Можно закрыть страницу: файл дочитается, а итог появится здесь и в списке загрузок.
      </Typography.Text>
    </Flex>
  );
}
