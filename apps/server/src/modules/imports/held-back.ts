// Issue 15: a refused row writes nothing, and a premise with a refused row stays as it was. A file
// is applied in a savepoint; when rows are refused whose premises were written, it is rolled back
// to it and applied again holding those premises' rows back, until nothing more is.
import { sql } from 'drizzle-orm';
import { isChunked } from '../../db/chunked-transaction';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import { historyRolledBack } from '../../platform/history';
import type { FileOutcome, Reason, Refusal } from './apply-premises-file';
import type { ImportRow } from './imports.repository';

/** One run over a file: what it did, and which rows it refused and wrote premises for. */
export type HeldBackRun = {
  outcome: FileOutcome;
  /** Each refused row's first refusal. */
  refusals: Map<number, Refusal>;
  /** Each row whose premise is in (written or found), with it. */
  rowPremise: Map<number, string>;
  /** Rows of a client alone (no premise): held back by themselves when refused. */
  alone: Set<number>;
};

/** The rows the preview held back (a preview made before it kept them: none). */
export function heldInPreview(job: ImportRow): [number, Reason][] {
  const stored = (job.preview as { heldBack?: Refusal[] } | null)?.heldBack ?? [];
  return stored.map(({ row, ...reason }) => [row, reason]);
}

/**
 * The rows a run refused that are not held back yet, with every row of their premises: a refused
 * row keeps its own reason, the others of its premise name it. A row refused whose premise was not
 * written (it was the premise that was refused) wrote nothing: it is not held.
 */
export function newlyHeld(run: HeldBackRun, held: Map<number, Reason>): Map<number, Reason> {
  const more = new Map<number, Reason>();
  const causes = new Map<string, number>();
  for (const { row, ...reason } of [...run.refusals.values()].sort((a, b) => a.row - b.row)) {
    if (held.has(row)) continue;
    const premiseId = run.rowPremise.get(row);
    if (premiseId) {
      more.set(row, reason);
      if (!causes.has(premiseId)) causes.set(premiseId, row);
    } else if (run.alone.has(row)) more.set(row, reason);
  }
  if (causes.size === 0) return more;
  for (const [row, premiseId] of run.rowPremise) {
    const cause = causes.get(premiseId);
    if (cause === undefined || held.has(row) || more.has(row)) continue;
    more.set(row, { message: `Помещение не загружено: строка ${cause} этого помещения отклонена` });
  }
  return more;
}

/**
 * Runs `once` in a savepoint until it refuses no row whose premise it wrote: each time it does, the
 * run is rolled back and those rows (with their premises' others) join `held`, which `once` refuses
 * with their reason without going through them. Returns the last run, the one kept.
 */
export async function applyHoldingBack<R extends HeldBackRun>(
  tx: Db,
  held: Map<number, Reason>,
  once: () => Promise<R>,
): Promise<R> {
  if (isChunked(tx)) {
    // An apply, committed page by page, cannot go back: it starts from the rows its preview held
    // back, on the data the preview saw, so it finds no more — unless the two no longer agree.
    const run = await once();
    if (newlyHeld(run, held).size > 0) throw new AppError('IMPORT_PREVIEW_STALE');
    return run;
  }
  for (;;) {
    await tx.execute(sql`savepoint held_back_rows`);
    const run = await once();
    const more = newlyHeld(run, held);
    if (more.size === 0) {
      await tx.execute(sql`release savepoint held_back_rows`);
      return run;
    }
    await tx.execute(sql`rollback to savepoint held_back_rows`);
    // The preview's list of changes forgets the run that was rolled back.
    historyRolledBack(tx);
    for (const [row, reason] of more) held.set(row, reason);
  }
}

/** What the preview keeps for the apply: the rows it held back, with their reasons. */
export const heldBackList = (held: Map<number, Reason>): Refusal[] =>
  [...held].map(([row, reason]) => ({ row, ...reason }));
