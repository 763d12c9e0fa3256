import { formatPremiseAddress, type PremiseType } from '@domovoy/contract';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { accountBalances, legalEntities, personalAccounts, premises } from '../../db/schema';

export type AccountValues = {
  legalEntityId: string;
  number: string;
  els: string | null;
  externalId: string | null;
  hiddenFromResidents: boolean;
};

const accountColumns = {
  account: personalAccounts,
  legalEntityName: legalEntities.name,
  balanceAmount: accountBalances.amount,
  balancePeriod: accountBalances.period,
};

export type AccountRow = {
  account: typeof personalAccounts.$inferSelect;
  legalEntityName: string;
  /** APP-2: the sum due the accounting system last sent, if any. */
  balanceAmount: string | null;
  balancePeriod: string | null;
};

function selectAccounts(db: Db) {
  return db
    .select(accountColumns)
    .from(personalAccounts)
    .innerJoin(
      legalEntities,
      and(
        eq(legalEntities.organizationId, personalAccounts.organizationId),
        eq(legalEntities.id, personalAccounts.legalEntityId),
      ),
    )
    .leftJoin(
      accountBalances,
      and(
        eq(accountBalances.organizationId, personalAccounts.organizationId),
        eq(accountBalances.accountId, personalAccounts.id),
      ),
    );
}

export function listPremiseAccounts(
  db: Db,
  organizationId: string,
  premiseId: string,
): Promise<AccountRow[]> {
  return selectAccounts(db)
    .where(
      and(eq(personalAccounts.organizationId, organizationId), eq(personalAccounts.premiseId, premiseId)),
    )
    .orderBy(asc(personalAccounts.number));
}

export async function findAccount(
  db: Db,
  organizationId: string,
  id: string,
): Promise<AccountRow | undefined> {
  const [row] = await selectAccounts(db).where(
    and(eq(personalAccounts.organizationId, organizationId), eq(personalAccounts.id, id)),
  );
  return row;
}

export async function insertAccount(
  db: Db,
  organizationId: string,
  premiseId: string,
  values: AccountValues,
  staffId: string | null,
) {
  const [row] = await db
    .insert(personalAccounts)
    .values({ organizationId, premiseId, ...values, createdBy: staffId, updatedBy: staffId })
    .returning({ id: personalAccounts.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateAccount(
  db: Db,
  organizationId: string,
  id: string,
  values: AccountValues,
  staffId: string | null,
) {
  await db
    .update(personalAccounts)
    .set({ ...values, updatedBy: staffId, updatedAt: new Date() })
    .where(and(eq(personalAccounts.organizationId, organizationId), eq(personalAccounts.id, id)));
}

/** what is bound to the account (charges, meter readings) goes with it by ON DELETE CASCADE. */
export async function deleteAccount(db: Db, organizationId: string, id: string) {
  await db
    .delete(personalAccounts)
    .where(and(eq(personalAccounts.organizationId, organizationId), eq(personalAccounts.id, id)));
}

/**
 * An ЕЛС belongs to one premise (ГИС ЖКХ): the address of another premise whose account already
 * has it, if any. Accounts of several legal entities on one premise may share it.
 */
export async function premiseWithEls(
  db: Db,
  organizationId: string,
  els: string,
  premiseId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ premise: premises })
    .from(personalAccounts)
    .innerJoin(
      premises,
      and(
        eq(premises.organizationId, personalAccounts.organizationId),
        eq(premises.id, personalAccounts.premiseId),
      ),
    )
    .where(
      and(
        eq(personalAccounts.organizationId, organizationId),
        eq(personalAccounts.els, els),
        ne(personalAccounts.premiseId, premiseId),
      ),
    )
    .limit(1);
  return row && formatPremiseAddress(row.premise.type as PremiseType, row.premise);
}

/**
 * Issue 17: transaction-scoped locks on the organisation's ЕЛС buckets, taken in the order given
 * (held to the transaction's end).
 */
export async function lockElsBuckets(db: Db, organizationId: string, buckets: readonly number[]) {
  if (buckets.length === 0) return;
  const keys = JSON.stringify(buckets.map((b) => `els:${organizationId}:${b}`));
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(${keys}::jsonb) as k`,
  );
}
