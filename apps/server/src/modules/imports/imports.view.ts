// R-3 for an import's preview, result and list of changes: the clients they name, masked for a
// role without their personal data (GET /api/imports lists every file to a role that sees premises).
import type { ImportChanges, ImportJob } from '@domovoy/contract';
import { maskChange } from '../../platform/history.view';
import { type PiiAccess, showName } from '../../platform/pii';

type Outcome = NonNullable<ImportJob['preview']>;

const seesAll = (access: PiiAccess) => access.name && access.contacts;

/**
 * The preview as stored: the outcome, with the list of changes kept beside it under `changes`
 * (issue 15), which the API gives apart (`ImportJob.changes`): the preview is the outcome the
 * apply's result is compared with.
 */
export function splitPreview(stored: unknown): { preview: Outcome | null; changes: ImportChanges | null } {
  if (!stored) return { preview: null, changes: null };
  const { changes = null, ...preview } = stored as Outcome & { changes?: ImportChanges };
  return { preview, changes };
}

export function maskOutcome(outcome: Outcome | null, access: PiiAccess): Outcome | null {
  if (!outcome?.deletions || seesAll(access)) return outcome;
  const { deletions } = outcome;
  return {
    ...outcome,
    deletions: {
      ...deletions,
      items: deletions.items.map((item) => ({
        ...item,
        clientName: showName(item.clientName, access),
        dependents: item.dependents.map((d) => ({ ...d, clientName: showName(d.clientName, access) })),
      })),
    },
  };
}

export function maskChanges(changes: ImportChanges | null, access: PiiAccess): ImportChanges | null {
  if (!changes || seesAll(access)) return changes;
  return {
    ...changes,
    items: changes.items.map((item) => ({
      ...item,
      clientName: showName(item.clientName, access),
      changes: item.changes.map((change) => maskChange(change, access)),
    })),
  };
}
