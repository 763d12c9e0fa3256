import { createHash } from 'node:crypto';
import type { Db } from '../../db/database';
import { lockElsBuckets } from './accounts.repository';

/**
 * ЕЛС are locked by bucket: an import locks ЕЛС page after page in one transaction, and a lock per
 * ЕЛС would fill PostgreSQL's lock table (a few thousand entries shared by all sessions); this bounds
 * a transaction to this many. Two ЕЛС in one bucket only wait for each other.
 */
export const ELS_LOCK_BUCKETS = 256;

const bucketOf = (els: string) => createHash('sha1').update(els).digest().readUInt16BE(0) % ELS_LOCK_BUCKETS;

/**
 * A-1 for the ЕЛС (issue 17): «no other premise has it» is checked and then written, so two
 * transactions saving one ЕЛС on two premises would both pass the check. Every writer of an ЕЛС —
 * the CRM, the integration API, the imports — calls this inside its transaction before the check:
 * the second writer of an ЕЛС waits for the first to commit, and its check (a new snapshot under
 * READ COMMITTED) then sees the first one's account. Buckets are locked in ascending order: two
 * transactions locking once each never wait for each other in a circle (two imports locking page
 * after page might; PostgreSQL then ends one of them).
 */
export async function lockEls(tx: Db, organizationId: string, els: Iterable<string | null>) {
  const buckets = new Set<number>();
  for (const e of els) if (e !== null) buckets.add(bucketOf(e));
  await lockElsBuckets(
    tx,
    organizationId,
    [...buckets].sort((a, b) => a - b),
  );
}
