import type { ImportJob } from '@domovoy/contract';
import { Tag } from 'antd';
import { IMPORT_STATUSES, readPercent } from './import-status';

/** The state of a file in Russian; while it is read, how far the reading got. */
export function ImportStatusTag({ job }: { job: Pick<ImportJob, 'status' | 'progress'> }) {
  const { label, color } = IMPORT_STATUSES[job.status];
  const percent = job.status === 'parsing' ? readPercent(job) : null;
  return (
    <Tag color={color}>
      {label}
      {percent != null && ` · ${percent} %`}
    </Tag>
  );
}
