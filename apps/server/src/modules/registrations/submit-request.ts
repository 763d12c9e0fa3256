import type { LinkRole } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import * as repo from './resident-requests.repository';

export type ResidentRequestInput = {
  organizationId: string;
  accountId: string;
  phone: string;
  fullName: string;
  kind: 'registration' | 'add_premise';
  addressText: string;
  premiseText: string | null;
  role: LinkRole;
  comment: string | null;
};

/**
 * AUTH-2: a resident's request lands in the CRM's «Заявки на регистрацию» as «new»; staff decide
 * it there (approve-request.ts). A second pending request for the same address and premise is
 * refused; its «received» history entry is the request row itself (registrations.view).
 */
export async function submitResidentRequest(db: Db, input: ResidentRequestInput): Promise<string> {
  return db.transaction(async (tx) => {
    await repo.lockResidentRequests(tx, input.organizationId, input.accountId);
    const twin = await repo.findPendingTwin(
      tx,
      input.organizationId,
      input.accountId,
      input.addressText,
      input.premiseText,
    );
    if (twin) throw new AppError('REQUEST_PENDING_EXISTS', { conflictId: twin });
    return repo.insertResidentRequest(tx, {
      organizationId: input.organizationId,
      accountId: input.accountId,
      kind: input.kind,
      phone: input.phone,
      fullName: input.fullName,
      addressText: input.addressText,
      premiseText: input.premiseText,
      residentComment: input.comment,
      requestedRole: input.role,
    });
  });
}
