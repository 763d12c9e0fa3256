import type { ImportJob } from '@domovoy/contract';
import { Tag } from 'antd';
import { IMPORT_STATUSES, isInProgress, progressPercent } from './import-status';

/** The state of a file in Russian; while it is read or applied, how far that got. */
export function ImportStatusTag({
  job,
}: {
  job: Pick<ImportJob, 'status' | 'progress' | 'rowCount' | 'errorCount'>;
}) {
  const { label, color } = IMPORT_STATUSES[job.status];
  const percent = isInProgress(job) ? progressPercent(job) : null;
  return (
    <Tag color={color}>
      {label}
      {percent != null && ` · ${percent} %`}
    </Tag>
  );
}
