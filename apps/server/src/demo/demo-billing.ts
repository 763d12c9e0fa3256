import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { clients, insurancePolicies, legalEntities, premiseLinks } from '../db/schema';
import { DEMO_RESIDENT_PHONE } from './demo-people';

/**
 * APP-2, APP-3 in the demo: the payment pages of the legal entities, a sum due on every account
 * (as the accounting system sends them: last month, a few paid up or paid in advance) and an
 * insurance policy on the README resident's flat.
 */
export async function seedBilling(tx: Db, organizationId: string, { policy = true } = {}) {
  await tx
    .update(legalEntities)
    .set({
      paymentUrlTemplate: sql`'https://pay.example.ru/' || ${legalEntities.inn} || '?ls={account}&sum={sum}'`,
    })
    .where(eq(legalEntities.organizationId, organizationId));
  // Deterministic sums from the account number: ~10% nothing due, ~5% paid in advance.
  await tx.execute(sql`
    insert into account_balances (organization_id, account_id, amount, period, computed_at)
    select a.organization_id, a.id,
      case when h % 20 = 0 then -(h % 1500)::numeric / 10
           when h % 10 = 1 then 0
           else (1500 + h % 900000 / 100.0)::numeric(14, 2) end,
      (date_trunc('month', now()) - interval '1 month')::date,
      date_trunc('month', now()) + interval '2 days'
    from (select organization_id, id, abs(hashtext(number)) as h from personal_accounts
          where organization_id = ${organizationId}) a`);
  const [home] = await tx
    .select({ premiseId: premiseLinks.premiseId })
    .from(clients)
    .innerJoin(
      premiseLinks,
      and(eq(premiseLinks.organizationId, clients.organizationId), eq(premiseLinks.clientId, clients.id)),
    )
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, DEMO_RESIDENT_PHONE)))
    .orderBy(premiseLinks.createdAt)
    .limit(1);
  if (!home || !policy) return;
  const year = new Date().getFullYear();
  await tx.insert(insurancePolicies).values({
    organizationId,
    premiseId: home.premiseId,
    insurer: 'АО «СК Домашний очаг»',
    number: `ИМ-${year}-004217`,
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
  });
}
