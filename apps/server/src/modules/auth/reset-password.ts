import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { hashPassword } from '../../platform/passwords';
import { deleteStaffSessions, findStaffByLogin, setPassword } from './auth.repository';

/** Operator's reset (CLI): new password, every session of that staff member ends. */
export async function staffPasswordReset(db: Db, login: string, password: string) {
  const staff = await findStaffByLogin(db, login);
  if (!staff) throw new AppError('NOT_FOUND', { detail: `Нет сотрудника с логином ${login}` });
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setPassword(tx, staff.organizationId, staff.staffId, hash);
    await deleteStaffSessions(tx, staff.organizationId, staff.staffId);
  });
}
