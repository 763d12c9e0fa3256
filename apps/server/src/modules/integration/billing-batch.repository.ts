import { and, eq, sql } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/database';
import { accountBalances, insurancePolicies, personalAccounts, premises } from '../../db/schema';

export type BalanceRow = typeof accountBalances.$inferSelect;
export type PolicyRow = typeof insurancePolicies.$inferSelect;
type AccountRef = { id: string; legalEntityId: string; number: string; externalId: string | null };

export const numberKey = (legalEntityId: string, number: string) => `${legalEntityId}\u0001${number}`;
export const policyKey = (premiseId: string, number: string) => `${premiseId}\u0001${number}`;

/** The organisation's accounts with these numbers or external ids, keyed both ways. */
export async function findAccounts(db: Db, organizationId: string, numbers: string[], externalIds: string[]) {
  const byNumber = new Map<string, AccountRef>();
  const byExternalId = new Map<string, AccountRef>();
  const columns = {
    id: personalAccounts.id,
    legalEntityId: personalAccounts.legalEntityId,
    number: personalAccounts.number,
    externalId: personalAccounts.externalId,
  };
  const org = eq(personalAccounts.organizationId, organizationId);
  if (numbers.length > 0) {
    const rows = await db
      .select(columns)
      .from(personalAccounts)
      .where(and(org, anyOf(personalAccounts.number, numbers)));
    for (const row of rows) byNumber.set(numberKey(row.legalEntityId, row.number), row);
  }
  if (externalIds.length > 0) {
    const rows = await db
      .select(columns)
      .from(personalAccounts)
      .where(and(org, anyOf(personalAccounts.externalId, externalIds)));
    for (const row of rows) byExternalId.set(row.externalId as string, row);
  }
  return { byNumber, byExternalId };
}

export async function balancesOf(db: Db, organizationId: string, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, BalanceRow>();
  const rows = await db
    .select()
    .from(accountBalances)
    .where(
      and(eq(accountBalances.organizationId, organizationId), anyOf(accountBalances.accountId, accountIds)),
    );
  return new Map(rows.map((row) => [row.accountId, row]));
}

export type BalanceValues = { accountId: string; amount: string; period: string; computedAt: string | null };

/** One statement for the batch: new rows inserted, existing ones replaced. */
export async function upsertBalances(db: Db, organizationId: string, values: BalanceValues[]) {
  if (values.length === 0) return;
  const json = JSON.stringify(
    values.map((v) => ({
      account_id: v.accountId,
      amount: v.amount,
      period: v.period,
      computed_at: v.computedAt,
    })),
  );
  await db.execute(sql`
    insert into ${accountBalances} (organization_id, account_id, amount, period, computed_at)
    select ${organizationId}::uuid, r.account_id, r.amount, r.period, r.computed_at
    from jsonb_to_recordset(${json}::jsonb) as r(account_id uuid, amount numeric, period date, computed_at timestamptz)
    on conflict (organization_id, account_id) do update
      set amount = excluded.amount, period = excluded.period, computed_at = excluded.computed_at,
          updated_at = now()`);
}

export async function premiseIdsByExternalId(db: Db, organizationId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: premises.id, externalId: premises.externalId })
    .from(premises)
    .where(and(eq(premises.organizationId, organizationId), anyOf(premises.externalId, externalIds)));
  return new Map(rows.map((row) => [row.externalId as string, row.id]));
}

export async function policiesOf(db: Db, organizationId: string, premiseIds: string[]) {
  if (premiseIds.length === 0) return new Map<string, PolicyRow>();
  const rows = await db
    .select()
    .from(insurancePolicies)
    .where(
      and(
        eq(insurancePolicies.organizationId, organizationId),
        anyOf(insurancePolicies.premiseId, premiseIds),
      ),
    );
  return new Map(rows.map((row) => [policyKey(row.premiseId, row.number), row]));
}

export type PolicyValues = {
  id: string;
  premiseId: string;
  insurer: string;
  number: string;
  validFrom: string;
  validTo: string;
};

/** One statement for the batch: a policy is the premise's number; a new one inserted, a known one replaced. */
export async function upsertPolicies(db: Db, organizationId: string, values: PolicyValues[]) {
  if (values.length === 0) return;
  const json = JSON.stringify(
    values.map((v) => ({
      id: v.id,
      premise_id: v.premiseId,
      insurer: v.insurer,
      number: v.number,
      valid_from: v.validFrom,
      valid_to: v.validTo,
    })),
  );
  await db.execute(sql`
    insert into ${insurancePolicies} (organization_id, id, premise_id, insurer, number, valid_from, valid_to)
    select ${organizationId}::uuid, r.id, r.premise_id, r.insurer, r.number, r.valid_from, r.valid_to
    from jsonb_to_recordset(${json}::jsonb)
      as r(id uuid, premise_id uuid, insurer text, number text, valid_from date, valid_to date)
    on conflict (organization_id, premise_id, number) do update
      set insurer = excluded.insurer, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
          updated_at = now()`);
}
