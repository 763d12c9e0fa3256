// How much of an imported file the server takes in (I-2, I-3). A small file can unpack into a huge
// one (a zip bomb, one 100 MB cell): these bounds hold while the file streams in, before anything
// is stored, so an import's memory and its stored rows stay small whatever the file claims.

/** One cell of a sheet, one shared string or one XML text node; a longer one is a row error. */
export const CELL_MAX_CHARS = 10_000;
/** All the text of one sheet row; a longer one is a row error. */
export const ROW_MAX_CHARS = 100_000;
/** One tag with its attributes, a comment or a processing instruction: longer refuses the file. */
export const TAG_MAX_CHARS = 100_000;
/** XML elements open at once (the format nests 6 deep). */
export const XML_MAX_DEPTH = 64;
/**
 * A workbook unpacked: 200,000 rows (IMPORT_MAX_ROWS) of the full consolidated template are
 * ~240 MB of sheet XML (measured: 20,000 rows × 38 columns = 24 MB), so a real file stays below.
 */
export const XLSX_MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
/** The shared strings table, which ExcelJS keeps in memory whole (a full file's is ~60 MB). */
export const XLSX_MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024;
/** Any other part of a workbook (its list of sheets, styles, theme): kilobytes in a real one. */
export const XLSX_MAX_OTHER_PART_BYTES = 20 * 1024 * 1024;
/** What an error report quotes of a value. */
const REPORTED_CHARS = 200;

/** A value as an error report quotes it: its beginning, when it is long. */
export function reportedValue(value: string): string {
  return value.length > REPORTED_CHARS ? `${value.slice(0, REPORTED_CHARS)}…` : value;
}

export const formatCount = (n: number) => n.toLocaleString('ru-RU');
