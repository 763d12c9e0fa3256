import { SERVICE_REQUEST_STATUSES, type ServiceRequestStatus } from '@domovoy/contract';
import { Tag } from 'antd-mobile';

const COLORS: Record<ServiceRequestStatus, string> = {
  waiting: 'default',
  in_progress: 'primary',
  paused: 'warning',
  approval: 'warning',
  needs_info: 'danger',
  done: 'success',
  cancelled: 'default',
};

/** A request's status as a coloured tag, its label from the contract (one catalogue with the CRM). */
export function OrderStatus({ status }: { status: ServiceRequestStatus }) {
  return (
    <Tag className="order-status" color={COLORS[status]} fill="outline">
      {SERVICE_REQUEST_STATUSES[status].label}
    </Tag>
  );
}

export const isOpenStatus = (status: ServiceRequestStatus) => SERVICE_REQUEST_STATUSES[status].open;
