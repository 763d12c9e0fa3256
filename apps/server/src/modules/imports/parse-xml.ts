// I-2: reads an XML import file (docs/xml/README.md) as it streams in — saxes, a conformant
// streaming parser, never the whole document in memory — and yields its rows in chunks for
// `import_rows`: one per <client>, <premise>, <account> and <link>, numbered by the element's line.
import type { Readable } from 'node:stream';
import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../../platform/errors';
import { CELL_MAX_CHARS, formatCount, reportedValue, TAG_MAX_CHARS, XML_MAX_DEPTH } from './import-limits';
import {
  accountItem,
  clientItem,
  linkItem,
  premiseItem,
  type XmlGroup,
  type XmlRowValues,
} from './xml-items';
import { limitXmlText, XmlTooLong } from './xml-text-limit';
import { type RawElement, type RowProblem, rawElement } from './xml-values';

export const XML_NAMESPACE = 'urn:domovoy:import:1';
export const XML_MAX_ROWS = 1_000_000;

export type XmlRow = { rowNumber: number; values: XmlRowValues; errors: RowProblem[] };
export type XmlParseOptions = {
  chunkSize?: number;
  maxRows?: number;
  /** Called after each chunk with the rows read so far. */
  onProgress?: (rowsRead: number) => void;
};
export type XmlSummary = {
  /** The root's `source`: the accounting system the client external ids belong to. */
  source: string;
  rows: number;
  rowsWithErrors: number;
  /** Elements and attributes the format does not know: skipped, shown as a warning. */
  unknown: string[];
};

const TEXT_CHILDREN: Record<string, Set<string>> = {
  client: new Set([
    'fullName',
    'phone',
    'email',
    'inn',
    'snils',
    'birthDate',
    'passport',
    'regAddress',
    'regPostcode',
    'loyaltyCard',
    'note',
  ]),
  premise: new Set(['entrance', 'floor', 'rooms', 'totalArea', 'livingArea', 'onlinePayment', 'note']),
  link: new Set(['comment']),
};
const PART_CHILDREN: Record<string, Set<string>> = {
  premise: new Set(['address']),
  link: new Set(['ddu', 'act', 'certificate', 'contract']),
};
const ATTRIBUTES: Record<string, Set<string>> = {
  import: new Set(['version', 'source', 'generated']),
  premises: new Set(['objectId', 'legalEntityId']),
  client: new Set(['externalId', 'type']),
  premise: new Set(['externalId', 'type']),
  address: new Set(['street', 'house', 'building', 'number', 'room']),
  account: new Set(['number', 'els', 'externalId', 'hiddenFromResidents']),
  link: new Set(['client', 'role', 'owner', 'share', 'onlinePayment', 'keepOnSync']),
  document: new Set(['number', 'date']),
};

type Frame =
  | { kind: 'root' | 'clients' | 'links' | 'skip'; name: string }
  | { kind: 'premises'; name: string; group: XmlGroup }
  | { kind: 'client' | 'account' | 'link'; name: string; raw: RawElement; rowNumber: number }
  | {
      kind: 'premise';
      name: string;
      raw: RawElement;
      rowNumber: number;
      group: XmlGroup;
      hasLinks: boolean;
      children: { rowNumber: number; raw: RawElement; kind: 'account' | 'link' }[];
    }
  | { kind: 'text'; name: string; raw: RawElement; text: string }
  | { kind: 'part'; name: string };

const SAXES_MESSAGES: [RegExp, string][] = [
  [/^unclosed tag: (.+)$/, 'не закрыт элемент <$1>'],
  [/^unexpected close tag/, 'закрывающий тег не соответствует открытому'],
  [/^unmatched closing tag: (.+)$/, 'лишний закрывающий тег </$1>'],
  [/^text data outside of root node/, 'текст вне корневого элемента'],
  [/^document must contain a root element/, 'в файле нет корневого элемента'],
  [/^duplicate attribute: (.+)$/, 'атрибут $1 указан дважды'],
  [/^unbound namespace prefix/, 'не объявлен префикс пространства имён'],
  [/^disallowed character/, 'недопустимый символ'],
  [/^undefined entity/, 'неизвестная ссылка на символ (&…;)'],
];

function malformed(message: string): AppError {
  const [, line, text = message] = /^(\d+):\d+: (.*?)\.?$/.exec(message) ?? [];
  const found = SAXES_MESSAGES.find(([pattern]) => pattern.test(text));
  const what = found ? text.replace(found[0], found[1]) : 'ошибка разметки XML';
  return new AppError('IMPORT_XML_MALFORMED', { detail: `Строка ${line ?? '?'}: ${what}` });
}

const notXml = (detail: string) => new AppError('IMPORT_NOT_XML', { detail });

/** Yields the file's rows in chunks; a problem of the whole file is an AppError with an IMPORT_* code. */
export async function* parseXml(
  input: Readable,
  options: XmlParseOptions = {},
): AsyncGenerator<XmlRow[], XmlSummary, undefined> {
  const { chunkSize = 1000, maxRows = XML_MAX_ROWS } = options;
  const reader = xmlRowReader(maxRows);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let started = false;
  let yielded = 0;
  async function* texts() {
    for await (const chunk of input) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw notXml(`Строка ${reader.line()}: текст не в кодировке UTF-8`);
      }
      if (!started && text.replace(/^\uFEFF/, '').trim()) {
        started = true;
        if (
          !text
            .replace(/^\uFEFF/, '')
            .trimStart()
            .startsWith('<')
        )
          throw notXml('Файл не начинается с разметки XML (<?xml … ?> или <import …>)');
      }
      yield text;
    }
  }
  try {
    // The parser never holds a text node over the limit (one character over it is kept: the row's error).
    for await (const text of limitXmlText(texts(), { maxText: CELL_MAX_CHARS + 1, maxTag: TAG_MAX_CHARS })) {
      reader.write(text);
      while (reader.rows.length >= chunkSize) {
        yield reader.rows.splice(0, chunkSize);
        yielded += chunkSize;
        options.onProgress?.(yielded);
      }
    }
  } catch (error) {
    if (!(error instanceof XmlTooLong)) throw error;
    throw new AppError('IMPORT_XML_MALFORMED', {
      detail: `Строка ${error.line}: тег с атрибутами или комментарий длиннее ${formatCount(TAG_MAX_CHARS)} символов`,
    });
  }
  try {
    reader.write(decoder.decode());
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notXml(`Строка ${reader.line()}: текст не в кодировке UTF-8`);
  }
  if (!started) throw notXml('Файл пустой');
  reader.close();
  if (reader.summary.rows === 0) throw new AppError('IMPORT_XML_EMPTY');
  if (reader.rows.length > 0) yield reader.rows.splice(0);
  options.onProgress?.(reader.summary.rows);
  return reader.summary;
}

/** The parser and the state of the elements open at its position; rows pile up in `rows`. */
function xmlRowReader(maxRows: number) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const rows: XmlRow[] = [];
  const unknown = new Set<string>();
  const summary: XmlSummary = { source: '', rows: 0, rowsWithErrors: 0, unknown: [] };
  let startLine = 1;
  let lastRow = 0;

  const skip = (path: string) => {
    if (unknown.size < 50) unknown.add(reportedValue(path));
  };
  /** A row's number: its line, or one past the previous row when elements share a line. */
  const nextRowNumber = () => {
    lastRow = Math.max(startLine, lastRow + 1);
    return lastRow;
  };
  const emit = (
    rowNumber: number,
    built: { item: Record<string, unknown>; errors: RowProblem[] },
    values: object,
  ) => {
    if (++summary.rows > maxRows)
      throw new AppError('IMPORT_TOO_MANY_ROWS', {
        detail: `В файле больше ${maxRows.toLocaleString('ru-RU')} элементов: разделите его на несколько файлов`,
      });
    if (built.errors.length > 0) summary.rowsWithErrors++;
    const errors = built.errors.map((e) => ({ ...e, value: reportedValue(e.value) }));
    rows.push({ rowNumber, values: { ...values, item: built.item } as XmlRowValues, errors });
  };

  function attributesOf(tag: SaxesTagNS, known: Set<string>, path: string) {
    const out = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes) as SaxesAttributeNS[]) {
      if (attribute.uri !== '') continue; // xmlns, xsi:… and other namespaces' attributes
      if (known.has(attribute.local)) out.set(attribute.local, attribute.value.trim());
      else skip(`${path}/@${attribute.local}`);
    }
    return out;
  }

  /** The attributes the format gives this element, by name. */
  function own(tag: SaxesTagNS, kind: keyof typeof ATTRIBUTES) {
    return attributesOf(tag, ATTRIBUTES[kind] as Set<string>, tag.local);
  }

  function open(tag: SaxesTagNS): Frame {
    const parent = stack[stack.length - 1];
    const name = tag.local;
    const ours = tag.uri === XML_NAMESPACE;
    if (!parent) return openRoot(tag);
    if (parent.kind === 'text') {
      parent.raw.problems.push({
        column: parent.name,
        value: '',
        code: 'NESTED_ELEMENT',
        message: `Элемент <${parent.name}> содержит только текст, без вложенных элементов`,
      });
      return { kind: 'skip', name };
    }
    if (!ours || parent.kind === 'skip' || parent.kind === 'part') {
      if (parent.kind !== 'skip') skip(`${parent.name}/${name}`);
      return { kind: 'skip', name };
    }
    if (parent.kind === 'root' && name === 'clients') return { kind: 'clients', name };
    if (parent.kind === 'root' && name === 'premises') {
      const a = own(tag, 'premises');
      return {
        kind: 'premises',
        name,
        group: { objectId: a.get('objectId'), legalEntityId: a.get('legalEntityId') },
      };
    }
    if (parent.kind === 'clients' && name === 'client')
      return {
        kind: 'client',
        name,
        rowNumber: nextRowNumber(),
        raw: rawElement(startLine, own(tag, 'client')),
      };
    if (parent.kind === 'premises' && name === 'premise') {
      const raw = rawElement(startLine, own(tag, 'premise'));
      return {
        kind: 'premise',
        name,
        rowNumber: nextRowNumber(),
        raw,
        group: parent.group,
        hasLinks: false,
        children: [],
      };
    }
    if (parent.kind === 'premise' && name === 'account')
      return {
        kind: 'account',
        name,
        rowNumber: nextRowNumber(),
        raw: rawElement(startLine, own(tag, 'account')),
      };
    if (parent.kind === 'premise' && name === 'links') {
      if (parent.hasLinks) duplicate(parent.raw, name);
      parent.hasLinks = true;
      return { kind: 'links', name };
    }
    if (parent.kind === 'links' && name === 'link')
      return { kind: 'link', name, rowNumber: nextRowNumber(), raw: rawElement(startLine, own(tag, 'link')) };
    if ('raw' in parent && TEXT_CHILDREN[parent.kind]?.has(name)) {
      if (parent.raw.elements.has(name)) duplicate(parent.raw, name);
      return { kind: 'text', name, raw: parent.raw, text: '' };
    }
    if ('raw' in parent && PART_CHILDREN[parent.kind]?.has(name)) {
      if (parent.raw.parts.has(name)) duplicate(parent.raw, name);
      parent.raw.parts.set(name, own(tag, name === 'address' ? 'address' : 'document'));
      return { kind: 'part', name };
    }
    skip(`${parent.name}/${name}`);
    return { kind: 'skip', name };
  }

  function openRoot(tag: SaxesTagNS): Frame {
    if (tag.local !== 'import' || tag.uri !== XML_NAMESPACE) {
      const ns = tag.uri ? ` в пространстве имён «${tag.uri}»` : ' без пространства имён';
      throw new AppError('IMPORT_XML_ROOT', { detail: `Корневой элемент файла — <${tag.local}>${ns}` });
    }
    const a = attributesOf(tag, ATTRIBUTES.import as Set<string>, 'import');
    const version = a.get('version');
    if (version !== '1')
      throw new AppError('IMPORT_XML_VERSION', {
        detail:
          version === undefined ? 'У элемента <import> нет атрибута version' : `В файле version="${version}"`,
      });
    summary.source = a.get('source') ?? '';
    if (summary.source.length > 100)
      throw new AppError('IMPORT_XML_ROOT', { detail: 'Атрибут source длиннее 100 символов' });
    return { kind: 'root', name: 'import' };
  }

  function close(frame: Frame) {
    const parent = stack[stack.length - 1];
    if (frame.kind === 'text') closeText(frame);
    else if (frame.kind === 'client') emit(frame.rowNumber, clientItem(frame.raw), { entity: 'client' });
    else if (frame.kind === 'link' && parent?.kind === 'links') {
      const premise = stack[stack.length - 2];
      if (premise?.kind === 'premise') premise.children.push({ ...frame, kind: 'link' });
    } else if (frame.kind === 'account' && parent?.kind === 'premise')
      parent.children.push({ ...frame, kind: 'account' });
    else if (frame.kind === 'premise') closePremise(frame);
    else if (frame.kind === 'root') summary.unknown = [...unknown];
  }

  /** A text element's value; one over the limit gives no field, and the row an error. */
  function closeText(frame: Extract<Frame, { kind: 'text' }>) {
    if (frame.text.length <= CELL_MAX_CHARS) frame.raw.elements.set(frame.name, frame.text.trim());
    else
      frame.raw.problems.push({
        column: frame.name,
        value: frame.text,
        code: 'TEXT_TOO_LONG',
        message: `Текст элемента <${frame.name}> длиннее ${formatCount(CELL_MAX_CHARS)} символов`,
      });
  }

  /** A premise, then its accounts and links; they cannot load without it, so its errors are theirs. */
  function closePremise(frame: Extract<Frame, { kind: 'premise' }>) {
    const premise = premiseItem(frame.raw, frame.group);
    emit(frame.rowNumber, premise, { entity: 'premise', hasLinks: frame.hasLinks });
    const externalId =
      premise.errors.length === 0 ? (premise.item.externalId as string | undefined) : undefined;
    for (const child of frame.children) {
      const built =
        child.kind === 'account'
          ? accountItem(child.raw, externalId, frame.group)
          : linkItem(child.raw, externalId);
      if (premise.errors.length > 0 && built.errors.length === 0)
        built.errors.push({
          column: 'premise',
          value: '',
          code: 'PREMISE_INVALID',
          message: `Помещение (строка ${frame.rowNumber}) с ошибками: не загружается и эта строка`,
        });
      emit(child.rowNumber, built, { entity: child.kind, premiseRow: frame.rowNumber });
    }
  }

  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= XML_MAX_DEPTH)
      throw new AppError('IMPORT_XML_MALFORMED', {
        detail: `Строка ${parser.line}: элементы вложены глубже ${XML_MAX_DEPTH} уровней`,
      });
    stack.push(open(tag as SaxesTagNS));
  });
  // The format has no DTD: none is read, so no entity of one is expanded (billion laughs).
  parser.on('doctype', () => {
    throw new AppError('IMPORT_XML_MALFORMED', {
      detail: `Строка ${parser.line}: объявление <!DOCTYPE> не допускается: файл загрузки без DTD и своих сущностей`,
    });
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (frame) close(frame);
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    // Text split by comments or CDATA sections adds up: kept to one character over the limit.
    if (top?.kind === 'text' && top.text.length <= CELL_MAX_CHARS)
      top.text = (top.text + text).slice(0, CELL_MAX_CHARS + 1);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && decl.encoding.toLowerCase().replace('_', '-') !== 'utf-8')
      throw notXml(`В файле указана кодировка ${decl.encoding}: сохраните его в UTF-8`);
  });
  parser.on('error', (error) => {
    throw malformed(error.message);
  });

  function duplicate(raw: RawElement, name: string) {
    raw.problems.push({
      column: name,
      value: '',
      code: 'DUPLICATE',
      message: `Элемент <${name}> указан дважды`,
    });
  }

  return {
    rows,
    summary,
    line: () => parser.line,
    write: (text: string) => void parser.write(text),
    close: () => void parser.close(),
  };
}
