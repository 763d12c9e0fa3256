// I-2: the rows of an XML import as its apply reads them, and what the apply's passes share.

import type { ItemResult } from '@domovoy/contract';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { checkpoint } from '../../db/chunked-transaction';
import type { Db } from '../../db/database';
import { importRows } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { type FileOutcome, pageRows } from './apply-premises-file';
import type { ImportRow } from './imports.repository';
import type { XmlEntity } from './xml-items';

export type XmlRow = { rowNumber: number; values: { item: Record<string, unknown>; [key: string]: unknown } };

/** What the passes share: the rows refused, and each premise row's premise. */
export type XmlApply = {
  tx: Db;
  actor: Actor;
  job: ImportRow;
  source: string;
  outcome: FileOutcome;
  refuse: (row: number, message: string) => void;
  /** Premise row → the premise it loaded into. */
  premiseIds: Map<number, string>;
  /** Rows gone through, after each page. */
  onRows?: (rows: number) => void;
  /** The planner's statistics kept up with the tables as they grow (after each page). */
  refreshStats: () => Promise<void>;
};

/** The clean rows of one kind of element, a page at a time in file order. */
export async function* xmlRows(
  db: Db,
  job: ImportRow,
  entity: XmlEntity,
  onRows?: (rows: number) => void,
  afterPage?: () => Promise<void>,
): AsyncGenerator<XmlRow[]> {
  for (let after = 0; ; ) {
    // A chunked apply commits what the pages before wrote (see `readPage`).
    await checkpoint(db);
    const page = await db
      .select({ rowNumber: importRows.rowNumber, values: importRows.values })
      .from(importRows)
      .where(
        and(
          eq(importRows.organizationId, job.organizationId),
          eq(importRows.importId, job.id),
          isNull(importRows.errors),
          gt(importRows.rowNumber, after),
          sql`${importRows.values}->>'entity' = ${entity}`,
        ),
      )
      .orderBy(asc(importRows.rowNumber))
      .limit(pageRows(db));
    if (page.length === 0) return;
    after = page[page.length - 1]?.rowNumber ?? after;
    yield page as XmlRow[];
    onRows?.(page.length);
    await afterPage?.();
  }
}

/** Why a core refused an item, in the words nearest to the row: the field's problem, else the code's. */
export const refusal = (result: ItemResult, fallback: string) =>
  result.errors?.[0]?.message ?? result.message ?? fallback;
