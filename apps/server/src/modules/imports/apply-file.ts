import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { applyConsolidatedFile, consolidatedFingerprint } from './apply-consolidated-file';
import { applyPremisesKind, type FileOutcome, premisesFingerprint } from './apply-premises-file';
import { applyXmlFile, xmlFingerprint } from './apply-xml-file';
import type { ImportRow } from './imports.repository';

/**
 * I-2, I-3: what each kind of file writes, and the state its preview depends on. The preview is
 * `apply` in a transaction that is rolled back; the apply refuses when `fingerprint` has moved.
 */
type FileKind = {
  /** The batch kind recorded for rollback. */
  batchKind: string;
  /** `onRows`: data rows gone through, after each page (`passes` times over each row in all). */
  apply: (tx: Db, actor: Actor, job: ImportRow, onRows?: (rows: number) => void) => Promise<FileOutcome>;
  passes: number;
  fingerprint: (tx: Db, job: ImportRow) => Promise<string>;
};

const KINDS: Record<string, FileKind> = {
  premises: {
    batchKind: 'xlsx.premises',
    apply: applyPremisesKind,
    passes: 1,
    fingerprint: premisesFingerprint,
  },
  // Premises and accounts, then clients and links: two passes over the rows.
  consolidated: {
    batchKind: 'xlsx.consolidated',
    apply: applyConsolidatedFile,
    passes: 2,
    fingerprint: consolidatedFingerprint,
  },
  // Each element is a row of its own kind, read once.
  xml: { batchKind: 'xml', apply: applyXmlFile, passes: 1, fingerprint: xmlFingerprint },
};

export function fileKind(kind: string): FileKind {
  const found = KINDS[kind];
  if (!found) throw new Error(`no apply for import kind ${kind}`);
  return found;
}

/** The batch's summary: what the file created, changed and refused, all entities together. */
export function outcomeSummary(outcome: FileOutcome): Record<string, number> {
  const parts = [outcome.premises, outcome.accounts, outcome.clients, outcome.links].filter(
    (counts) => counts !== undefined,
  );
  const sum = (key: 'created' | 'updated' | 'unchanged') =>
    parts.reduce((total, counts) => total + counts[key], 0);
  return {
    created: sum('created'),
    updated: sum('updated'),
    merged: outcome.clients?.merged ?? 0,
    unchanged: sum('unchanged'),
    deleted: outcome.deletions?.skipped ? 0 : (outcome.deletions?.total ?? 0),
    error: outcome.refusedRows,
  };
}
