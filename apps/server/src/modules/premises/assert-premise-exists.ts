import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { premiseExists } from './premises.repository';

/** For the other parts of a premise card (accounts, documents, links): 404 unless it is the organisation's. */
export async function assertPremiseExists(db: Db, actor: Actor, premiseId: string): Promise<void> {
  if (!(await premiseExists(db, actor.organizationId, premiseId))) throw new AppError('NOT_FOUND');
}
