import type { Db } from '../../db/database';
import * as repo from './resident-accounts.repository';

/**
 * T-3: the one account per phone behind a resident's client cards in every organisation.
 * Functions take the caller's transaction; there are no permissions here: callers are services
 * that have checked theirs.
 */
export const residentAccounts = {
  ensure: (tx: Db, phone: string) => repo.ensureAccount(tx, phone),
  find: (tx: Db, id: string) => repo.findAccount(tx, id),
  findByPhone: (tx: Db, phone: string) => repo.findAccountByPhone(tx, phone),
  cardCount: (tx: Db, id: string) => repo.countCards(tx, id),

  /** An account nobody has logged in with and no card uses any more is left behind: remove it. */
  async removeIfOrphan(tx: Db, id: string | null): Promise<void> {
    if (!id) return;
    const account = await repo.findAccount(tx, id);
    if (!account || account.firstLoginAt) return;
    if (!(await repo.isReferenced(tx, id))) await repo.deleteAccount(tx, id);
  },
};
