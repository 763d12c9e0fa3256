import { IMPORT_KINDS } from '@domovoy/contract';
import { AppError } from '../../platform/errors';
import { looseText } from './cell-parsers';
import {
  CLIENT_COLUMNS,
  type ImportColumn,
  LINK_COLUMNS,
  TEMPLATE_KINDS,
  type TemplateKind,
  templateColumns,
} from './columns';

/** A column of the file that the template knows. */
export type MatchedColumn = {
  key: string;
  /** The header as written in the file: what errors name. */
  header: string;
  /** 1-based column number in the sheet. */
  index: number;
  definition: ImportColumn<unknown>;
};

export type HeaderMatch = { columns: MatchedColumn[]; unknownColumns: string[] };

/** Header text → column key, with the aliases; a trailing «*» (required mark) does not count. */
function headerIndex(kind: TemplateKind): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, definition] of templateColumns(kind)) {
    for (const header of [definition.header, ...definition.aliases]) index.set(looseText(header), key);
  }
  return index;
}

const INDEXES = new Map(TEMPLATE_KINDS.map((kind) => [kind, headerIndex(kind)]));
const keyOf = (index: Map<string, string>, header: string) =>
  index.get(looseText(header).replace(/\s*\*$/, ''));

/** The key of a column as a row error names it (the file's header, or the key of a column it lacks). */
export function columnKeyOf(kind: TemplateKind, header: string): string | undefined {
  const index = INDEXES.get(kind) ?? headerIndex(kind);
  const key = keyOf(index, header);
  if (key) return key;
  return templateColumns(kind).some(([k]) => k === header) ? header : undefined;
}
const quoted = (names: string[]) => names.map((name) => `«${name}»`).join(', ');

/** The consolidated template's own columns: a client and the client's role in the premise. */
const CLIENT_KEYS = new Set([...Object.keys(CLIENT_COLUMNS), ...Object.keys(LINK_COLUMNS)]);
/** Client headers named back when a file of clients is uploaded as premises. */
const WRONG_KIND_LISTED = 5;

/**
 * A file of the other kind is refused rather than read with half its columns skipped: a premises
 * upload with the consolidated template's client name column (which that template requires), or a
 * consolidated upload with premise columns and no client column at all.
 */
function assertKind(kind: TemplateKind, headers: string[], matched: MatchedColumn[]) {
  const again = (other: TemplateKind) =>
    `Выберите вид загрузки «${IMPORT_KINDS[other]}» и загрузите файл снова`;
  if (kind === 'premises') {
    const consolidated = INDEXES.get('consolidated') ?? headerIndex('consolidated');
    const clientHeaders = headers.filter((h) => CLIENT_KEYS.has(keyOf(consolidated, h) ?? ''));
    const named = headers.some((h) => keyOf(consolidated, h) === 'clientFullName');
    if (named) {
      const listed = clientHeaders.slice(0, WRONG_KIND_LISTED);
      const more = clientHeaders.length > listed.length ? ' и другие' : '';
      throw new AppError('IMPORT_WRONG_KIND', {
        detail: `Похоже, это сводный файл (помещения и клиенты): в нём есть колонки клиентов — ${quoted(listed)}${more}. ${again('consolidated')}`,
      });
    }
  }
  if (kind === 'consolidated' && matched.length > 0 && !matched.some((c) => CLIENT_KEYS.has(c.key))) {
    throw new AppError('IMPORT_WRONG_KIND', {
      detail: `Похоже, это файл помещений с лицевыми счетами: в нём нет ни одной колонки клиентов («${CLIENT_COLUMNS.clientFullName.header}», «${LINK_COLUMNS.role.header}» и других). ${again('premises')}`,
    });
  }
}

/**
 * Matches the header row to the template's columns. Refuses two columns of the same data and a
 * missing required column; columns it does not know are listed, not refused.
 */
export function matchHeaders(
  kind: TemplateKind,
  headers: readonly (string | null)[],
  requiredColumns = true,
): HeaderMatch {
  const index = INDEXES.get(kind) ?? headerIndex(kind);
  const definitions = new Map(templateColumns(kind));
  const columns: MatchedColumn[] = [];
  const unknownColumns: string[] = [];
  const byKey = new Map<string, MatchedColumn>();
  headers.forEach((raw, i) => {
    const header = raw?.replace(/\s+/g, ' ').trim();
    if (!header) return;
    const key = keyOf(index, header);
    const definition = key && definitions.get(key);
    if (!key || !definition) {
      unknownColumns.push(header);
      return;
    }
    const twin = byKey.get(key);
    if (twin) {
      throw new AppError('IMPORT_DUPLICATE_COLUMN', {
        detail: `Колонки ${quoted([twin.header, header])} содержат одно и то же («${definition.header}»): оставьте одну из них`,
      });
    }
    const matched = { key, header, index: i + 1, definition };
    byKey.set(key, matched);
    columns.push(matched);
  });
  assertKind(kind, unknownColumns, columns);
  const missing = templateColumns(kind)
    .filter(
      ([key, definition]) =>
        definition.required &&
        !byKey.has(key) &&
        !definition.requiredUnless?.some((other) => byKey.has(other)) &&
        (definition.requiredIfAny?.some((other) => byKey.has(other)) ?? true),
    )
    .map(([, definition]) => definition.header);
  if (requiredColumns && missing.length > 0) {
    throw new AppError('IMPORT_COLUMN_MISSING', {
      detail:
        (missing.length === 1
          ? `В файле нет обязательной колонки ${quoted(missing)}.`
          : `В файле нет обязательных колонок: ${quoted(missing)}.`) +
        ' Заголовки должны быть в первой заполненной строке листа, каждый в своей ячейке.',
      fields: missing.map((header) => ({
        field: header,
        code: 'IMPORT_COLUMN_MISSING',
        message: 'Нет колонки',
      })),
    });
  }
  return { columns, unknownColumns };
}
