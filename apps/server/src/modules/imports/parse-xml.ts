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
import {
  ENTITY_MAX,
  ENTITY_STATE,
  type Failure,
  malformedDetail,
  type OpenTag,
  type ParserInternals,
  placeText,
  STRAY_AMPERSAND,
  XmlWindow,
} from './xml-malformed';
import { limitXmlText, XmlTooLong } from './xml-text-limit';
import { type Position, positionAt, type RawElement, type RowProblem, rawElement } from './xml-values';

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
    'extraPhone',
    'email',
    'inn',
    'kpp',
    'ogrn',
    'snils',
    'birthDate',
    'passport',
    'regAddress',
    'regPostcode',
    'loyaltyCard',
    'note',
  ]),
  premise: new Set([
    'entrance',
    'floor',
    'rooms',
    'totalArea',
    'livingArea',
    'cadastralNumber',
    'registeredResidents',
    'onlinePayment',
    'note',
  ]),
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
  | { kind: 'premises'; name: string; group: XmlGroup; at: Map<string, Position> }
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
  // Where things are, for the rows' errors and for a malformed file's line.
  const window = new XmlWindow(TAG_MAX_CHARS + ENTITY_MAX);
  const failures: Failure[] = [];
  const tags: OpenTag[] = [];
  let closed: OpenTag | undefined;
  /** The start tag being read (from its name to its «>»), and the lines of its attributes. */
  let tagStart: OpenTag | undefined;
  /** Where that tag starts (line and character), and its line alone (its attributes' place). */
  let tagPosition: Position = { line: 1 };
  let tagLine: Position = { line: 1 };
  const attributeLines = new Map<string, number>();
  const internals = parser as unknown as ParserInternals;

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
    raw: RawElement,
    built: { item: Record<string, unknown>; errors: RowProblem[] },
    values: object,
  ) => {
    if (++summary.rows > maxRows)
      throw new AppError('IMPORT_TOO_MANY_ROWS', {
        detail: `В файле больше ${maxRows.toLocaleString('ru-RU')} элементов: разделите его на несколько файлов`,
      });
    if (built.errors.length > 0) summary.rowsWithErrors++;
    // Each problem at its element or attribute, in the order they are written in the file (an
    // attribute, whose character saxes does not tell, just after its start tag's beginning).
    const start = positionAt(raw, '');
    const order = (p: Position) => p.char ?? (p.line === start.line ? (start.char ?? 0) + 0.5 : 0);
    const errors =
      built.errors.length === 0
        ? []
        : built.errors
            .map((e) => ({ ...e, value: reportedValue(e.value), ...positionAt(raw, e.column) }))
            .sort((a, b) => a.line - b.line || order(a) - order(b));
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

  /** Where the start tag being read is, and (`prefix`: its column's) each of its attributes. */
  function placed(at: Map<string, Position>, prefix: string, attributes: Map<string, string>) {
    at.set(prefix, tagPosition);
    for (const name of attributes.keys()) {
      const line = attributeLines.get(name);
      at.set(
        `${prefix ? `${prefix}/` : ''}@${name}`,
        line === undefined || line === tagLine.line ? tagLine : { line },
      );
    }
  }
  const here = (): Position => tagPosition;

  /** A row's element, at its start tag; one inside a premise also knows where the premise is. */
  function element(attributes: Map<string, string>, premise?: Extract<Frame, { kind: 'premise' }>) {
    const raw = rawElement(here(), attributes);
    placed(raw.at, '', attributes);
    if (premise) {
      raw.at.set('premise', positionAt(premise.raw, ''));
      raw.at.set('premise/@externalId', positionAt(premise.raw, '@externalId'));
      for (const column of ['premises', 'premises/@objectId', 'premises/@legalEntityId'])
        raw.at.set(column, positionAt(premise.raw, column));
    }
    return raw;
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
      const at = new Map<string, Position>();
      placed(at, 'premises', a);
      return {
        kind: 'premises',
        name,
        group: { objectId: a.get('objectId'), legalEntityId: a.get('legalEntityId') },
        at,
      };
    }
    if (parent.kind === 'clients' && name === 'client')
      return { kind: 'client', name, rowNumber: nextRowNumber(), raw: element(own(tag, 'client')) };
    if (parent.kind === 'premises' && name === 'premise') {
      const raw = element(own(tag, 'premise'));
      for (const [column, position] of parent.at) raw.at.set(column, position);
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
      return { kind: 'account', name, rowNumber: nextRowNumber(), raw: element(own(tag, 'account'), parent) };
    if (parent.kind === 'premise' && name === 'links') {
      if (parent.hasLinks) duplicate(parent.raw, name);
      parent.hasLinks = true;
      return { kind: 'links', name };
    }
    if (parent.kind === 'links' && name === 'link') {
      const premise = stack[stack.length - 2];
      const raw = element(own(tag, 'link'), premise?.kind === 'premise' ? premise : undefined);
      return { kind: 'link', name, rowNumber: nextRowNumber(), raw };
    }
    if ('raw' in parent && TEXT_CHILDREN[parent.kind]?.has(name)) {
      if (parent.raw.elements.has(name)) duplicate(parent.raw, name);
      parent.raw.at.set(name, here());
      return { kind: 'text', name, raw: parent.raw, text: '' };
    }
    if ('raw' in parent && PART_CHILDREN[parent.kind]?.has(name)) {
      if (parent.raw.parts.has(name)) duplicate(parent.raw, name);
      const attributes = own(tag, name === 'address' ? 'address' : 'document');
      parent.raw.parts.set(name, attributes);
      placed(parent.raw.at, name, attributes);
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
    else if (frame.kind === 'client')
      emit(frame.rowNumber, frame.raw, clientItem(frame.raw), { entity: 'client' });
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
    emit(frame.rowNumber, frame.raw, premise, { entity: 'premise', hasLinks: frame.hasLinks });
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
      emit(child.rowNumber, child.raw, built, { entity: child.kind, premiseRow: frame.rowNumber });
    }
  }

  // Once saxes has failed, the file fails: the rest of the text it reads only tells how it went on.
  const failed = () => failures.length > 0;
  parser.on('opentagstart', (tag) => {
    if (failed()) return;
    // saxes is past the name and the character after it: a newline when the attributes are below.
    const { line, column } = parser;
    const char = column - tag.name.length - 1;
    tagStart = column === 0 ? { name: tag.name, line: line - 1 } : { name: tag.name, line, char };
    startLine = tagStart.line;
    tagLine = { line: startLine };
    tagPosition = column === 0 ? tagLine : { line, char };
    if (attributeLines.size > 0) attributeLines.clear();
  });
  parser.on('attribute', (attribute) => {
    if (!failed()) attributeLines.set(attribute.name, parser.line);
  });
  parser.on('opentag', (tag) => {
    if (failed()) return;
    if (stack.length >= XML_MAX_DEPTH)
      throw new AppError('IMPORT_XML_MALFORMED', {
        detail: `Строка ${here().line}: элементы вложены глубже ${XML_MAX_DEPTH} уровней`,
      });
    stack.push(open(tag as SaxesTagNS));
    tags.push(tagStart ?? { name: tag.name, line: startLine });
    tagStart = undefined;
  });
  // The format has no DTD: none is read, so no entity of one is expanded (billion laughs).
  parser.on('doctype', () => {
    if (failed()) return;
    throw new AppError('IMPORT_XML_MALFORMED', {
      detail: `Строка ${window.back('<!DOCTYPE', parser.line, parser.column).line}: объявление <!DOCTYPE> не допускается: файл загрузки без DTD и своих сущностей`,
    });
  });
  parser.on('closetag', () => {
    if (failed()) return;
    closed = tags.pop();
    const frame = stack.pop();
    if (frame) close(frame);
  });
  const onText = (text: string) => {
    if (failed()) return;
    const top = stack[stack.length - 1];
    // Text split by comments or CDATA sections adds up: kept to one character over the limit.
    if (top?.kind === 'text' && top.text.length <= CELL_MAX_CHARS)
      top.text = (top.text + text).slice(0, CELL_MAX_CHARS + 1);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('xmldecl', (decl) => {
    if (failed()) return;
    if (decl.encoding && decl.encoding.toLowerCase().replace('_', '-') !== 'utf-8')
      throw notXml(`В файле указана кодировка ${decl.encoding}: сохраните его в UTF-8`);
  });
  // Each failure with the state it happened in; the text read so far then says where it started.
  parser.on('error', (error) => {
    if (failures.length >= 20) return;
    const [, line = parser.line, column = parser.column] =
      /^(\d+):(\d+): /.exec(error.message)?.map(Number) ?? [];
    failures.push({
      message: error.message.replace(/^\d+:\d+: /, ''),
      line,
      column,
      state: internals.state,
      attribute: internals.name,
      quote: internals.q,
      open: tags[tags.length - 1],
      closed,
      tag: tagStart,
    });
  });
  const malformed = () => new AppError('IMPORT_XML_MALFORMED', { detail: malformedDetail(failures, window) });

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
    write: (text: string) => {
      window.next(text, parser.line, parser.column);
      parser.write(text);
      if (failed()) throw malformed();
      // A «&» never ended by a «;»: saxes would read the rest of the file as its name.
      if (internals.state === ENTITY_STATE) {
        const amp = window.entityStart(window.text.length);
        if (amp !== -1 && window.text.length - amp > ENTITY_MAX)
          throw new AppError('IMPORT_XML_MALFORMED', {
            detail: `${placeText(window.positionOf(amp))}: ${STRAY_AMPERSAND}`,
          });
      }
    },
    close: () => {
      parser.close();
      if (failed()) throw malformed();
    },
  };
}
