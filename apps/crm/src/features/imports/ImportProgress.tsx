import type { ImportJob } from '@domovoy/contract';
import { Flex, Progress, Typography } from 'antd';
import { progressPercent, progressText } from './import-status';

/**
 * I-3: how far the server got reading the file, previewing it or writing it to the database. The
 * page asks the server every second, so a reload shows the same bar; a file that does not say its
 * row count gets a moving bar while it is read.
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const percent = progressPercent(job);
  const applying = job.status === 'applying';
  return (
    <Flex vertical gap={4} aria-live="polite">
      <Typography.Text>{progressText(job)}</Typography.Text>
      <Progress
        aria-label={applying ? 'Загрузка в базу' : 'Чтение файла'}
        percent={percent ?? 100}
        showInfo={percent != null}
        status="active"
        strokeColor={percent == null ? '#91caff' : undefined}
      />
      <Typography.Text type="secondary">
        {applying
          ? 'Можно закрыть страницу: загрузка продолжится, а итог появится здесь и в списке загрузок.'
          : 'Можно закрыть страницу: файл дочитается, а итог появится здесь и в списке загрузок.'}
      </Typography.Text>
    </Flex>
  );
}
