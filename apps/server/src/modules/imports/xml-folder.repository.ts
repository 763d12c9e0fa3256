import { and, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/database';
import { imports, xmlFolderFiles, xmlFolders } from '../../db/schema';

export type XmlFolderRow = typeof xmlFolders.$inferSelect;
export type FolderFileStatus = 'pending' | 'finishing' | 'applied' | 'held' | 'failed';

export async function findFolder(db: Db, organizationId: string) {
  const [row] = await db.select().from(xmlFolders).where(eq(xmlFolders.organizationId, organizationId));
  return row;
}

/** Switches the organisation's folder on (the row is the switch; the server chooses the folder). */
export async function saveFolder(db: Db, organizationId: string, staffId: string | null) {
  const [row] = await db
    .insert(xmlFolders)
    .values({ organizationId, updatedBy: staffId })
    .onConflictDoUpdate({
      target: xmlFolders.organizationId,
      set: { updatedBy: staffId, updatedAt: new Date() },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export async function deleteFolder(db: Db, organizationId: string) {
  await db.delete(xmlFolders).where(eq(xmlFolders.organizationId, organizationId));
}

/** The poller's list: the organisations watching their folders. */
export function allFolders(db: Db) {
  return db.select().from(xmlFolders);
}

/**
 * Takes a file to read unless it was taken before with this size and modification time: true when
 * this call took it (a new file, or a changed one). Two processes scanning at once take it once.
 */
export async function takeFile(
  db: Db,
  organizationId: string,
  fileName: string,
  size: number,
  mtimeMs: number,
) {
  const rows = await queryRows<{ file_name: string }>(
    db,
    sql`insert into ${xmlFolderFiles} (organization_id, file_name, size, mtime_ms, status)
      values (${organizationId}, ${fileName}, ${size}, ${mtimeMs}, 'pending')
      on conflict (organization_id, file_name) do update
        set size = excluded.size, mtime_ms = excluded.mtime_ms, status = 'pending', import_id = null,
          updated_at = now()
        where (${xmlFolderFiles.size}, ${xmlFolderFiles.mtimeMs}) is distinct from (excluded.size, excluded.mtime_ms)
      returning file_name`,
  );
  return rows.length > 0;
}

const fileWhere = (organizationId: string, fileName: string) =>
  and(eq(xmlFolderFiles.organizationId, organizationId), eq(xmlFolderFiles.fileName, fileName));

/** A file taken but not read (it vanished or changed while copied): the next scan takes it again. */
export async function forgetFile(db: Db, organizationId: string, fileName: string) {
  await db.delete(xmlFolderFiles).where(fileWhere(organizationId, fileName));
}

export async function setFileImport(db: Db, organizationId: string, fileName: string, importId: string) {
  await db
    .update(xmlFolderFiles)
    .set({ importId, updatedAt: new Date() })
    .where(fileWhere(organizationId, fileName));
}

export async function setFileStatus(
  db: Db,
  organizationId: string,
  fileName: string,
  status: FolderFileStatus,
) {
  await db
    .update(xmlFolderFiles)
    .set({ status, updatedAt: new Date() })
    .where(fileWhere(organizationId, fileName));
}

/** Files whose import has been read (ready or failed), of organisations still watching their folder. */
export function settledFiles(db: Db) {
  return db
    .select({
      organizationId: xmlFolderFiles.organizationId,
      fileName: xmlFolderFiles.fileName,
      size: xmlFolderFiles.size,
      mtimeMs: xmlFolderFiles.mtimeMs,
      importId: imports.id,
    })
    .from(xmlFolderFiles)
    .innerJoin(
      imports,
      and(eq(imports.organizationId, xmlFolderFiles.organizationId), eq(imports.id, xmlFolderFiles.importId)),
    )
    .innerJoin(xmlFolders, eq(xmlFolders.organizationId, xmlFolderFiles.organizationId))
    .where(and(eq(xmlFolderFiles.status, 'pending'), sql`${imports.status} not in ('queued', 'parsing')`));
}

/** The finishing of a settled file is one process's: true when this call took it. */
export async function takeFinish(db: Db, organizationId: string, fileName: string) {
  const rows = await db
    .update(xmlFolderFiles)
    .set({ status: 'finishing', updatedAt: new Date() })
    .where(and(fileWhere(organizationId, fileName), eq(xmlFolderFiles.status, 'pending')))
    .returning({ fileName: xmlFolderFiles.fileName });
  return rows.length > 0;
}
