import { formatPhone, type Lead } from '@domovoy/contract';
import { maskedFlags, type PiiAccess, showContact } from '../../platform/pii';
import type { LeadRow } from './leads.repository';

/** C-4 with R-3: a lead is its phone, masked here like every other contact. */
export function mapLead(row: LeadRow, access: PiiAccess): Lead {
  return {
    id: row.id,
    phone: showContact(formatPhone(row.phone), access),
    source: row.source,
    convertedClientId: row.convertedClientId,
    convertedAt: row.convertedAt ? row.convertedAt.toISOString() : null,
    masked: maskedFlags(access),
    createdAt: row.createdAt.toISOString(),
  };
}
