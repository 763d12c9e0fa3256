import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { importRows, imports, legalEntities, objects } from '../../db/schema';
import type { ErrorReportRow } from './errors-xlsx';

export type ImportRow = typeof imports.$inferSelect;

export async function insertImport(
  db: Db,
  values: Pick<
    typeof imports.$inferInsert,
    | 'organizationId'
    | 'kind'
    | 'legalEntityId'
    | 'objectId'
    | 'fileName'
    | 'fileKey'
    | 'size'
    | 'createdBy'
    | 'actorName'
  >,
) {
  const [row] = await db.insert(imports).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findImport(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.organizationId, organizationId), eq(imports.id, id)));
  return row;
}

export async function listImports(db: Db, organizationId: string, limit: number, offset: number) {
  const where = eq(imports.organizationId, organizationId);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(imports)
      .where(where)
      .orderBy(desc(imports.createdAt), asc(imports.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(imports).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function referencesExist(
  db: Db,
  organizationId: string,
  legalEntityId: string,
  objectId: string,
) {
  const [legalEntity] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(and(eq(legalEntities.organizationId, organizationId), eq(legalEntities.id, legalEntityId)));
  const [object] = await db
    .select({ id: objects.id })
    .from(objects)
    .where(and(eq(objects.organizationId, organizationId), eq(objects.id, objectId)));
  return { legalEntity: legalEntity !== undefined, object: object !== undefined };
}

/**
 * The worker's claim: the oldest queued import of any organisation, taken so that another
 * process polling at the same moment skips it (FOR UPDATE SKIP LOCKED).
 */
export async function claimQueued(db: Db): Promise<ImportRow | undefined> {
  const [row] = await queryRows<{ organization_id: string; id: string }>(
    db,
    sql`update ${imports} set status = 'parsing', progress_stage = 'read', rows_done = 0, updated_at = now()
      where (organization_id, id) = (
        select organization_id, id from ${imports} where status = 'queued'
        order by created_at limit 1 for update skip locked)
      returning organization_id, id`,
  );
  return row ? findImport(db, row.organization_id, row.id) : undefined;
}

/**
 * After a crash: an import whose reading has not moved for two minutes (the worker writes its
 * progress after every 1,000 rows, and a heartbeat while it previews or applies) is read again from
 * the start, and an apply is taken up again (its transaction died with the process), by whichever
 * process polls. `busy`: the imports this process is working on, never taken back (with the
 * embedded database the heartbeat waits behind the preview's or the apply's transaction).
 */
export async function requeueStalled(db: Db, busy: readonly string[] = []) {
  const busyIds = sql`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(busy)}::jsonb))`;
  await db.execute(sql`
    with stalled as (
      update ${imports} set status = 'queued', rows_read = 0, rows_done = 0, progress_stage = null,
        row_count = null, error_count = null,
        updated_at = now()
      where status = 'parsing' and updated_at < now() - interval '2 minutes' and id not in ${busyIds}
      returning organization_id, id)
    delete from ${importRows} r using stalled s
    where r.organization_id = s.organization_id and r.import_id = s.id`);
  await db.execute(sql`
    update ${imports} set apply_claimed_at = null, rows_done = 0, updated_at = now()
    where status = 'applying' and apply_claimed_at is not null
      and updated_at < now() - interval '2 minutes' and id not in ${busyIds}`);
}

/** An apply asked for: the worker takes it (`claimApply`), unless `claimed` (the caller applies it). */
export async function requestApply(
  db: Db,
  row: ImportRow,
  actor: { staffId: string | null; name: string },
  validOnly: boolean,
  claimed = false,
) {
  const [updated] = await db
    .update(imports)
    .set({
      status: 'applying',
      progressStage: 'apply',
      rowsDone: 0,
      applyRequestedBy: actor.staffId,
      applyActorName: actor.name,
      applyValidOnly: validOnly,
      applyClaimedAt: claimed ? new Date() : null,
      applyProblem: null,
      updatedAt: new Date(),
    })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)))
    .returning();
  if (!updated) throw new Error('import vanished');
  return updated;
}

/** The worker's claim of the oldest apply asked for that no process has taken. */
export async function claimApply(db: Db): Promise<ImportRow | undefined> {
  const [row] = await queryRows<{ organization_id: string; id: string }>(
    db,
    sql`update ${imports} set apply_claimed_at = now(), updated_at = now()
      where (organization_id, id) = (
        select organization_id, id from ${imports} where status = 'applying' and apply_claimed_at is null
        order by updated_at limit 1 for update skip locked)
      returning organization_id, id`,
  );
  return row ? findImport(db, row.organization_id, row.id) : undefined;
}

/** The apply could not be done: the file is ready again, with the reason. */
export async function applyFailed(db: Db, row: ImportRow, problem: NonNullable<ImportRow['applyProblem']>) {
  await db
    .update(imports)
    .set({
      status: 'ready',
      progressStage: null,
      rowsDone: 0,
      applyClaimedAt: null,
      applyProblem: problem,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(imports.organizationId, row.organizationId),
        eq(imports.id, row.id),
        eq(imports.status, 'applying'),
      ),
    );
}

/** The preview's or the apply's progress (written beside its transaction, so never lower than before). */
export async function setRowsDone(db: Db, row: ImportRow, stage: 'preview' | 'apply', rowsDone: number) {
  await db.execute(sql`
    update ${imports} set rows_done = greatest(rows_done, ${rowsDone}), updated_at = now()
    where organization_id = ${row.organizationId} and id = ${row.id} and progress_stage = ${stage}`);
}

/** Reading is done: the preview starts (the rows' count is known: its progress is of them). */
export async function startPreview(db: Db, row: ImportRow, counts: { rowCount: number; errorCount: number }) {
  await db
    .update(imports)
    .set({ ...counts, progressStage: 'preview', rowsDone: 0, updatedAt: new Date() })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)));
}

/** The worker's heartbeat: the import is being worked on (see `requeueStalled`). */
export async function touch(db: Db, row: ImportRow) {
  await db
    .update(imports)
    .set({ updatedAt: new Date() })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)));
}

export async function setProgress(db: Db, row: ImportRow, rowsRead: number, rowsEstimated: number | null) {
  await db
    .update(imports)
    .set({ rowsRead, rowsEstimated, updatedAt: new Date() })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)));
}

export async function insertRows(
  db: Db,
  row: ImportRow,
  rows: { rowNumber: number; values: Record<string, unknown>; errors: unknown[] }[],
) {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      row_number: r.rowNumber,
      values: r.values,
      errors: r.errors.length > 0 ? r.errors : null,
    })),
  );
  await db.execute(sql`
    insert into ${importRows} (organization_id, import_id, row_number, values, errors)
    select ${row.organizationId}, ${row.id}, v.row_number, v.values, v.errors
    from jsonb_to_recordset(${json}::jsonb) as v(row_number int, values jsonb, errors jsonb)`);
}

export async function finish(
  db: Db,
  row: ImportRow,
  values: Pick<ImportRow, 'status' | 'rowCount' | 'errorCount' | 'unknownColumns' | 'problem' | 'rowsRead'> &
    Partial<Pick<ImportRow, 'preview' | 'fingerprint' | 'source' | 'rowsEstimated'>>,
) {
  await db
    .update(imports)
    .set({ ...values, progressStage: null, finishedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)));
}

export async function deleteRows(db: Db, row: ImportRow) {
  await db
    .delete(importRows)
    .where(and(eq(importRows.organizationId, row.organizationId), eq(importRows.importId, row.id)));
}

/** The rows with problems, a page at a time in row order (for the errors report). */
export function errorRowsPage(
  db: Db,
  organizationId: string,
  importId: string,
  afterRow: number,
  limit: number,
) {
  return db
    .select({ rowNumber: importRows.rowNumber, errors: importRows.errors })
    .from(importRows)
    .where(
      and(
        eq(importRows.organizationId, organizationId),
        eq(importRows.importId, importId),
        sql`${importRows.errors} is not null`,
        sql`${importRows.rowNumber} > ${afterRow}`,
      ),
    )
    .orderBy(asc(importRows.rowNumber))
    .limit(limit);
}

/**
 * The downloadable report of an import, a page at a time: the rows the file could not be read in,
 * then the rows the data refused (`refused`: the preview's or the apply's, first 100).
 */
export async function* errorReportPages(
  db: Db,
  organizationId: string,
  importId: string,
  refused: readonly { row: number; message: string; column?: string; value?: string }[] = [],
): AsyncGenerator<ErrorReportRow[]> {
  for (let after = 0; ; ) {
    const rows = await errorRowsPage(db, organizationId, importId, after, 1000);
    if (rows.length === 0) break;
    yield rows.flatMap((r) =>
      (r.errors ?? []).map((e) => ({
        row: r.rowNumber,
        column: e.column,
        value: e.value,
        message: e.message,
      })),
    );
    after = rows[rows.length - 1]?.rowNumber ?? after;
  }
  if (refused.length > 0)
    yield refused.map((r) => ({
      row: r.row,
      column: r.column ?? '',
      value: r.value ?? '',
      message: r.message,
    }));
}

export async function lockImport(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.organizationId, organizationId), eq(imports.id, id)))
    .for('update');
  return row;
}

export async function markApplied(db: Db, row: ImportRow, result: object, batchId: string | null) {
  const [updated] = await db
    .update(imports)
    .set({
      status: 'applied',
      progressStage: null,
      applyClaimedAt: null,
      applyProblem: null,
      result: result as Record<string, unknown>,
      batchId,
      appliedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)))
    .returning();
  if (!updated) throw new Error('import vanished');
  return updated;
}

export async function markRolledBack(db: Db, row: ImportRow) {
  const [updated] = await db
    .update(imports)
    .set({ status: 'rolled_back', updatedAt: new Date() })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)))
    .returning();
  if (!updated) throw new Error('import vanished');
  return updated;
}
