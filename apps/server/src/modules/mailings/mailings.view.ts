import {
  formatPhone,
  type Mailing,
  type MailingChannel,
  type MailingListItem,
  type MailingRecipient,
  type MailingSource,
  type MailingStatus,
  type RecipientStatus,
} from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showContact, showName } from '../../platform/pii';
import type { MailingRow, RecipientRow, StatusCounts } from './mailings.repository';

/** A recipient whose client card was deleted since. */
const DELETED_CLIENT = 'Клиент удалён';

function countsView(counts: StatusCounts | undefined): MailingListItem['counts'] {
  return {
    queued: counts?.queued ?? 0,
    sent: counts?.sent ?? 0,
    delivered: counts?.delivered ?? 0,
    failed: counts?.failed ?? 0,
    skipped: counts?.skipped ?? 0,
  };
}

export function mapMailingListItem(
  row: MailingRow,
  counts: StatusCounts | undefined,
  recipient?: { status: string; reason: string | null } | null,
): MailingListItem {
  const item: MailingListItem = {
    id: row.id,
    number: row.number,
    channel: row.channel as MailingChannel,
    title: row.title,
    text: row.text,
    status: row.status as MailingStatus,
    source: row.source as MailingSource,
    initiator: row.initiatorStaffId ? { id: row.initiatorStaffId, name: row.initiatorName } : null,
    sendAt: row.sendAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    recipientsTotal: row.recipientsTotal,
    counts: countsView(counts),
  };
  if (recipient !== undefined)
    item.recipient = recipient && { status: recipient.status as RecipientStatus, reason: recipient.reason };
  return item;
}

export function mapMailing(row: MailingRow, counts: StatusCounts | undefined): Mailing {
  return { ...mapMailingListItem(row, counts), filter: row.filter };
}

/** the client's name and the phone masked as the caller's role says. */
export function mapRecipient(row: RecipientRow, access: PiiAccess): MailingRecipient {
  const { recipient } = row;
  return {
    clientId: recipient.clientId,
    clientName: row.clientName === null ? DELETED_CLIENT : showName(row.clientName, access),
    phone: recipient.phone ? showContact(formatPhone(recipient.phone), access) : null,
    status: recipient.status as RecipientStatus,
    reason: recipient.reason,
    updatedAt: recipient.updatedAt.toISOString(),
    masked: maskedFlags(access),
  };
}
