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
export async function claimQueued(db: Db, worker: string): Promise<ImportRow | undefined> {
  const [row] = await queryRows<{ organization_id: string; id: string }>(
    db,
    sql`update ${imports} set status = 'parsing', progress_stage = 'read', rows_done = 0, worker = ${worker},
        updated_at = now()
      where (organization_id, id) = (
        select organization_id, id from ${imports} where status = 'queued'
        order by created_at limit 1 for update skip locked)
      returning organization_id, id`,
  );
  return row ? findImport(db, row.organization_id, row.id) : undefined;
}

/**
 * After a crash: an import being read or applied is read again from the start, and an apply taken
 * up again (its transaction died with the process), by whichever process polls — at once when the
 * process that had it is known to be gone (`gone`: a server restarted on the same machine), else
 * when it has not moved for two minutes (the worker writes its progress after every 1,000 rows,
 * and a heartbeat while it previews or applies). `busy`: the imports this process is working on,
 * never taken back (with the embedded database the heartbeat waits behind the preview's or the
 * apply's transaction).
 */
export async function requeueStalled(
  db: Db,
  busy: readonly string[] = [],
  gone: (worker: string) => boolean = () => false,
) {
  const held = await queryRows<{ id: string; worker: string }>(
    db,
    sql`select id, worker from ${imports}
      where status in ('parsing', 'applying') and worker is not null
        and (status = 'parsing' or apply_claimed_at is not null)`,
  );
  const orphans = held.filter((row) => !busy.includes(row.id) && gone(row.worker)).map((row) => row.id);
  const ids = (list: readonly string[]) =>
    sql`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(list)}::jsonb))`;
  const stalled = sql`(updated_at < now() - interval '2 minutes' or id in ${ids(orphans)})
    and id not in ${ids(busy)}`;
  await db.execute(sql`
    with stalled as (
      update ${imports} set status = 'queued', rows_read = 0, rows_done = 0, progress_stage = null,
        row_count = null, error_count = null, worker = null,
        updated_at = now()
      where status = 'parsing' and ${stalled}
      returning organization_id, id)
    delete from ${importRows} r using stalled s
    where r.organization_id = s.organization_id and r.import_id = s.id`);
  await db.execute(sql`
    update ${imports} set apply_claimed_at = null, rows_done = 0, worker = null, updated_at = now()
    where status = 'applying' and apply_claimed_at is not null and ${stalled}`);
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
export async function claimApply(db: Db, worker: string): Promise<ImportRow | undefined> {
  const [row] = await queryRows<{ organization_id: string; id: string }>(
    db,
    sql`update ${imports} set apply_claimed_at = now(), worker = ${worker}, updated_at = now()
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

/** The worker's heartbeat: the import is being worked on, by `worker` (see `requeueStalled`). */
export async function touch(db: Db, row: ImportRow, worker: string) {
  await db
    .update(imports)
    .set({ worker, updatedAt: new Date() })
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

/** A line of an import's errors: a cell the file could not be read in, or a row the data refused. */
export type ErrorLine = ErrorReportRow & { kind: 'error' | 'refused' };

/** The rows the data refused (the preview's or the apply's, first 100), as its outcome keeps them. */
export type RefusedRows = readonly { row: number; message: string; column?: string; value?: string }[];

/** Where a page of lines starts after: a line's row, part (0 the file's errors, 1 refusals) and place. */
type LineKey = { row: number; part: number; ord: number };

/**
 * The errors of an import in row order: in each row the file's errors (in the order the row was
 * read, column by column), then what the data refused of it. One query for the report and the API.
 */
function errorLines(
  db: Db,
  organizationId: string,
  importId: string,
  refused: RefusedRows,
  page: { limit: number; offset?: number; after?: LineKey },
) {
  const { after } = page;
  return queryRows<{
    line_row: number;
    part: number;
    ord: number;
    col: string | null;
    val: string | null;
    message: string;
    line: number | null;
    char: number | null;
  }>(
    db,
    sql`select l.line_row, l.part, l.ord, l.col, l.val, l.message, l.line, l.char from (
        select r.row_number as line_row, 0 as part, e.ord::int as ord, e.error->>'column' as col,
          e.error->>'value' as val, e.error->>'message' as message,
          (e.error->>'line')::int as line, (e.error->>'char')::int as char
        from ${importRows} r cross join lateral jsonb_array_elements(r.errors) with ordinality as e(error, ord)
        where r.organization_id = ${organizationId} and r.import_id = ${importId} and r.errors is not null
          ${after ? sql`and r.row_number >= ${after.row}` : sql``}
        union all
        select (f.line->>'row')::int, 1, f.ord::int, f.line->>'column', f.line->>'value', f.line->>'message',
          null::int, null::int
        from jsonb_array_elements(${JSON.stringify(refused)}::jsonb) with ordinality as f(line, ord)
      ) l
      ${after ? sql`where (l.line_row, l.part, l.ord) > (${after.row}::int, ${after.part}::int, ${after.ord}::int)` : sql``}
      order by l.line_row, l.part, l.ord
      limit ${page.limit} offset ${page.offset ?? 0}`,
  );
}

/** A line as the API and the report give it: `line`, `char` only where the file's error has them (XML). */
function lineOf(r: Awaited<ReturnType<typeof errorLines>>[number]): ErrorLine {
  const line: ErrorLine = {
    row: r.line_row,
    column: r.col ?? '',
    value: r.val ?? '',
    message: r.message,
    kind: r.part === 0 ? 'error' : 'refused',
  };
  if (r.line !== null) line.line = r.line;
  if (r.char !== null) line.char = r.char;
  return line;
}

/** One page of an import's errors (GET /api/imports/:id/errors), with their number. */
export async function errorPage(
  db: Db,
  organizationId: string,
  importId: string,
  refused: RefusedRows,
  limit: number,
  offset: number,
): Promise<{ items: ErrorLine[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    errorLines(db, organizationId, importId, refused, { limit, offset }),
    queryRows<{ n: number }>(
      db,
      sql`select coalesce(sum(jsonb_array_length(errors)), 0)::int as n from ${importRows}
        where organization_id = ${organizationId} and import_id = ${importId} and errors is not null`,
    ),
  ]);
  return { items: rows.map(lineOf), total: (count?.n ?? 0) + refused.length };
}

/** The downloadable report of an import, a page at a time (the same lines as `errorPage`). */
export async function* errorReportPages(
  db: Db,
  organizationId: string,
  importId: string,
  refused: RefusedRows = [],
): AsyncGenerator<ErrorReportRow[]> {
  for (let after: LineKey | undefined; ; ) {
    const rows = await errorLines(db, organizationId, importId, refused, { limit: 1000, after });
    const last = rows[rows.length - 1];
    if (!last) break;
    yield rows.map((r) => {
      const { kind: _kind, ...line } = lineOf(r);
      return line;
    });
    after = { row: last.line_row, part: last.part, ord: last.ord };
  }
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

/** The batch an apply is writing (set as it opens, so that it can be undone if the apply stops). */
export async function setBatch(
  db: Db,
  row: Pick<ImportRow, 'organizationId' | 'id'>,
  batchId: string | null,
) {
  await db
    .update(imports)
    .set({ batchId })
    .where(and(eq(imports.organizationId, row.organizationId), eq(imports.id, row.id)));
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
