import {
  MAILING_STATUSES,
  type MailingStatus,
  RECIPIENT_STATUSES,
  type RecipientStatus,
} from '@domovoy/contract';
import { Tag } from 'antd';

const MAILING_COLORS: Record<MailingStatus, string> = {
  scheduled: 'blue',
  sending: 'processing',
  done: 'green',
  cancelled: 'default',
};

const RECIPIENT_COLORS: Record<RecipientStatus, string> = {
  queued: 'default',
  sent: 'blue',
  delivered: 'green',
  failed: 'red',
  skipped: 'orange',
};

export function MailingStatusTag({ status }: { status: MailingStatus }) {
  return <Tag color={MAILING_COLORS[status]}>{MAILING_STATUSES[status]}</Tag>;
}

export function RecipientStatusTag({ status }: { status: RecipientStatus }) {
  return <Tag color={RECIPIENT_COLORS[status]}>{RECIPIENT_STATUSES[status]}</Tag>;
}
