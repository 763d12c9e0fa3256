// I-2: what the watched folder leaves beside a file it has read: the file moved to `done/` or
// `failed/`, `<name>.report.json` (what happened, the counts, the first errors, the import to open
// in the CRM) and, when rows have errors, `<name>.errors.xlsx`.
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { FileOutcome } from './apply-premises-file';
import { type ErrorReportRow, writeErrorsXlsx } from './errors-xlsx';

export type FolderOutcome = 'applied' | 'held' | 'failed';

export type FolderReport = {
  file: string;
  status: FolderOutcome;
  message: string;
  importId: string | null;
  /** The import's page in the CRM. */
  crmUrl: string | null;
  rowCount: number | null;
  rowsWithErrors: number;
  refusedRows: number;
  counts: Pick<FileOutcome, 'premises' | 'accounts' | 'clients' | 'links'> | null;
  deletions: { total: number; kept: number; skipped: string | null } | null;
  problem: { code: string; message: string; detail?: string } | null;
  /** The first 100 row errors (all of them are in the .xlsx). */
  errors: ErrorReportRow[];
  finishedAt: string;
};

const exists = (file: string) =>
  lstat(file).then(
    () => true,
    () => false,
  );

/** A name in `dir` not taken yet: `name.xml`, else `name-2.xml`, `name-3.xml`… (with its reports). */
async function freeStem(dir: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem}-${n}`;
    const names = [`${candidate}.xml`, `${candidate}.report.json`, `${candidate}.errors.xlsx`];
    const taken = await Promise.all(names.map((name) => exists(path.join(dir, name))));
    if (!taken.includes(true)) return candidate;
  }
}

/**
 * Moves the file into `done/` or `failed/` (unless it changed since it was read: then the next scan
 * reads the new version) and writes its report there.
 */
export async function fileReport(
  folder: string,
  fileName: string,
  read: { size: number; mtimeMs: number },
  report: FolderReport,
  errors: AsyncIterable<ErrorReportRow[]> | null,
): Promise<string> {
  const dir = path.join(folder, report.status === 'failed' ? 'failed' : 'done');
  await mkdir(dir, { recursive: true, mode: 0o750 });
  // A link put in place of done/ or failed/ would carry the files and reports out of the folder.
  if (!(await lstat(dir)).isDirectory()) throw new Error(`${dir} is not a directory`);
  const source = path.join(folder, fileName);
  const stem = await freeStem(dir, fileName.replace(/\.xml$/i, ''));
  const now = await lstat(source).catch(() => undefined);
  if (now?.isFile() && now.size === read.size && Math.round(now.mtimeMs) === read.mtimeMs)
    await rename(source, path.join(dir, `${stem}.xml`));
  // 'wx': never through a link (or over a file) that appeared under the report's name.
  await writeFile(path.join(dir, `${stem}.report.json`), `${JSON.stringify(report, null, 2)}\n`, {
    flag: 'wx',
  });
  if (errors) {
    const out = createWriteStream(path.join(dir, `${stem}.errors.xlsx`), { flags: 'wx' });
    await writeErrorsXlsx(out, errors, { positions: true });
    await finished(out);
  }
  return path.join(dir, `${stem}.xml`);
}
