import { SERVICE_REQUEST_STATUSES, type ServiceRequestStatus } from '@domovoy/contract';
import { Tag } from 'antd';

const COLORS: Record<ServiceRequestStatus, string> = {
  waiting: 'gold',
  in_progress: 'blue',
  paused: 'default',
  approval: 'purple',
  needs_info: 'orange',
  done: 'green',
  cancelled: 'red',
};

export function StatusTag({ status }: { status: ServiceRequestStatus }) {
  return <Tag color={COLORS[status]}>{SERVICE_REQUEST_STATUSES[status].label}</Tag>;
}
