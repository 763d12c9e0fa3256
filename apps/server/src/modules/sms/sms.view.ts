import type { SmsMessage } from '@domovoy/contract';
import { type PiiAccess, showContact } from '../../platform/pii';
import type { SmsMessageRow } from './sms.repository';

/** the recipient is a contact, shown only with the permission for contacts. */
export function smsMessageView(row: SmsMessageRow, access: PiiAccess): SmsMessage {
  return {
    id: row.id,
    phone: showContact(row.phone, access),
    text: row.text,
    purpose: row.purpose,
    status: row.status as SmsMessage['status'],
    provider: row.provider,
    providerMessageId: row.providerMessageId,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
