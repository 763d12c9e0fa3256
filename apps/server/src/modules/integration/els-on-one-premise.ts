import { formatPremiseAddress, type ItemResult, type PremiseType } from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { lockEls } from '../accounts/lock-els';
import { failure } from './batch';
import * as repo from './premises-batch.repository';

/** What the ЕЛС rule needs of an account plan: the account it updates (none for a new one). */
export type ElsFacts = {
  item: { index: number; externalId: string | null };
  premiseId: string;
  number: string;
  els: string | null;
  accountId: string | null;
  /** Whether the plan sets the ЕЛС or the premise anew (an account left as it is is not re-judged). */
  changesEls: boolean;
};

const refusal = (plan: ElsFacts, detail: string) =>
  failure(
    plan.item.index,
    plan.item.externalId,
    'ELS_TAKEN',
    new AppError('ELS_TAKEN', { detail, fields: [{ field: 'els', code: 'ELS_TAKEN', message: detail }] }),
  );

/**
 * A-1 for the ЕЛС, as the CRM's accounts service has it (issue 17): an ЕЛС belongs to one premise
 * (ГИС ЖКХ). An account that would carry an ЕЛС another premise's account has — stored, or earlier
 * in the same batch — is refused with ELS_TAKEN naming that premise. Accounts of several legal
 * entities on one premise may share it. One query for the batch's ЕЛС and their premises, after
 * the locks on the ЕЛС the batch sets (lock-els.ts).
 */
export async function refuseElsOfOtherPremises<P>(
  tx: Db,
  organizationId: string,
  planned: P[],
  factsOf: (plan: P) => ElsFacts,
): Promise<{ kept: P[]; refused: ItemResult[] }> {
  const plans = planned.map(factsOf);
  const withEls = plans.filter((p) => p.els !== null);
  if (withEls.length === 0) return { kept: planned, refused: [] };
  // Simultaneous writers of the same ЕЛС (another batch, the CRM) wait here for each other.
  await lockEls(
    tx,
    organizationId,
    withEls.filter((p) => p.changesEls).map((p) => p.els),
  );
  const stored = await repo.accountsWithEls(tx, organizationId, [
    ...new Set(withEls.map((p) => p.els as string)),
  ]);
  const premiseIds = [...new Set(withEls.map((p) => p.premiseId))];
  const addresses = new Map(
    [...stored.map((s) => s.premise), ...(await repo.premisesById(tx, organizationId, premiseIds))].map(
      (p) => [p.id, formatPremiseAddress(p.type as PremiseType, p)],
    ),
  );
  const addressOf = (premiseId: string) => addresses.get(premiseId) ?? premiseId;
  // An account is never in conflict with itself (it may move to another premise with its ЕЛС);
  // a batch that moves an ЕЛС from one account to another is refused, to be done in two loads.
  const storedOn = (els: string, plan: ElsFacts) =>
    stored.find((s) => s.els === els && s.id !== plan.accountId && s.premiseId !== plan.premiseId)?.premiseId;
  const claimed = new Map<string, ElsFacts>();
  const kept: P[] = [];
  const refused: ItemResult[] = [];
  for (const [i, plan] of plans.entries()) {
    const original = planned[i] as P;
    const els = plan.els;
    if (els === null) {
      kept.push(original);
      continue;
    }
    const storedPremise = plan.changesEls ? storedOn(els, plan) : undefined;
    const earlier = claimed.get(els);
    if (storedPremise !== undefined) {
      refused.push(
        refusal(
          plan,
          `ЕЛС ${els} уже указан у счёта помещения «${addressOf(storedPremise)}»: ЕЛС принадлежит одному помещению`,
        ),
      );
    } else if (earlier && earlier.premiseId !== plan.premiseId) {
      refused.push(
        refusal(
          plan,
          `ЕЛС ${els} уже указан в этой загрузке у счёта ${earlier.number} помещения «${addressOf(earlier.premiseId)}»: ЕЛС принадлежит одному помещению`,
        ),
      );
    } else {
      if (!earlier) claimed.set(els, plan);
      kept.push(original);
    }
  }
  return { kept, refused };
}
