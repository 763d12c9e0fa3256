// I-2: where a malformed XML file goes wrong. saxes notices a problem where it can no longer go on,
// which is often far from where it starts: an element left open is noticed at the end of the file
// (or at the next close tag of its parent), a quote left open at the next «<», a stray «&» at the
// next «;». This reads the parser's failures together with the text around them and names the
// line (and the character in it) where the problem starts.

import type { Position } from './xml-values';

/** An element open at the time of a failure: its name and where its start tag begins. */
export type OpenTag = { name: string } & Position;

/** saxes' states this reads (saxes 5: `SaxesParser.state`, a private field). */
const STATE = {
  ENTITY: 14,
  OPEN_WAKA: 15,
  OPEN_WAKA_BANG: 16,
  COMMENT: [17, 19],
  CDATA: [20, 22],
  PI: [23, 33],
  DOCTYPE: [2, 12],
  TAG: [34, 42],
  ATTRIBUTE_VALUE_QUOTED: 40,
  CLOSE_TAG: [43, 44],
} as const;
export const ENTITY_STATE = STATE.ENTITY;
const within = (state: number, [from, to]: readonly [number, number]) => state >= from && state <= to;

/** What the parser's internals are when it fails (read, never written). */
export type ParserInternals = { state: number; name: string; q: number | null; entity: string };

/** One failure of saxes, with the reader's own state at that moment. */
export type Failure = {
  message: string;
  /** Where saxes noticed it: its line and column (the characters read on that line). */
  line: number;
  column: number;
  state: number;
  /** The attribute being read (in an attribute's value). */
  attribute: string;
  quote: number | null;
  /** The innermost element open, and the one closed last (saxes closes before it fails). */
  open: OpenTag | undefined;
  closed: OpenTag | undefined;
  /** The start tag being read. */
  tag: OpenTag | undefined;
};

/** An «&» this far from its «;» starts no reference a file without a DTD can have. */
export const ENTITY_MAX = 32;

/**
 * The text the parser read last (the chunk it reads and at least `keep` characters before it) and
 * where it begins: enough to find where a construct the parser fails in began (a tag or a comment
 * is at most TAG_MAX_CHARS long), without holding the file.
 */
export class XmlWindow {
  private chunks: { text: string; line: number; column: number }[] = [];
  private length = 0;
  private joined: string | undefined;

  constructor(private readonly keep: number) {}

  /** The chunk the parser is about to read, at saxes' line and column. */
  next(text: string, line: number, column: number) {
    this.chunks.push({ text, line, column });
    this.length += text.length;
    this.joined = undefined;
    for (let first = this.chunks[0]; first && this.chunks.length > 1; first = this.chunks[0]) {
      if (this.length - text.length - first.text.length < this.keep) break;
      this.chunks.shift();
      this.length -= first.text.length;
    }
  }

  get text(): string {
    this.joined ??= this.chunks.map((chunk) => chunk.text).join('');
    return this.joined;
  }

  private get start() {
    return this.chunks[0] ?? { line: 1, column: 0 };
  }

  /** The offset in `text` of the character saxes read last at `line`:`column`; -1 outside. */
  offsetOf(line: number, column: number): number {
    const text = this.text;
    const { line: startLine, column: startColumn } = this.start;
    if (line < startLine) return -1;
    let lineStart = -startColumn;
    for (let l = startLine; l < line; l++) {
      const newline = text.indexOf('\n', Math.max(lineStart, 0));
      if (newline === -1) return -1;
      lineStart = newline + 1;
    }
    const offset = lineStart + column - 1;
    return offset >= 0 && offset < text.length ? offset : text.length;
  }

  /** The line and character (from 1) of an offset in `text`. */
  positionOf(offset: number): Position {
    const text = this.text;
    let { line } = this.start;
    let lineStart = -this.start.column;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      line++;
      lineStart = at + 1;
    }
    return { line, char: offset - lineStart + 1 };
  }

  /** The position of the last `token` at or before saxes' `line`:`column` (there, when none). */
  back(token: string, line: number, column: number): Position {
    const offset = this.offsetOf(line, column);
    if (offset === -1) return { line };
    const found = this.text.lastIndexOf(token, offset);
    return this.positionOf(found === -1 ? Math.min(offset, Math.max(this.text.length - 1, 0)) : found);
  }

  /** Where the reference at or before `offset` starts: the first «&» after the last «;» (-1: none). */
  entityStart(offset: number): number {
    const text = this.text;
    const semicolon = text.lastIndexOf(';', offset - 1);
    const amp = text.indexOf('&', semicolon + 1);
    return amp !== -1 && amp <= offset ? amp : -1;
  }
}

export const placeText = (position: Position) =>
  position.char === undefined
    ? `Строка ${position.line}`
    : `Строка ${position.line}, символ ${position.char}`;

/** The name in the close tag that begins at `offset` («</name>»). */
function closeTagName(text: string, offset: number): string {
  return /^<\/\s*([^\s>]*)/.exec(text.slice(offset, offset + 300))?.[1] ?? '';
}

/** Messages of saxes for problems that are where it notices them. */
const SAXES_MESSAGES: [RegExp, string][] = [
  [/^unmatched closing tag: (.+)$/, 'лишний закрывающий тег </$1>'],
  [/^text data outside of root node/, 'текст вне корневого элемента'],
  [/^documents may contain only one root/, 'после корневого элемента — ещё один элемент'],
  [/^document must contain a root element/, 'в файле нет корневого элемента'],
  [/^duplicate attribute: (.+)$/, 'атрибут $1 указан дважды'],
  [/^unbound namespace prefix/, 'не объявлен префикс пространства имён'],
  [/^disallowed character/, 'недопустимый символ'],
  [/^undefined entity/, 'неизвестная ссылка на символ (&…;)'],
  [/^unquoted attribute value/, 'значение атрибута не в кавычках'],
  [/^attribute without value/, 'атрибут без значения (проверьте кавычки)'],
  [/^no whitespace between attributes/, 'между атрибутами нет пробела (проверьте кавычки)'],
];

function described(message: string): string {
  const text = message.replace(/\.$/, '');
  const found = SAXES_MESSAGES.find(([pattern]) => pattern.test(text));
  return found ? text.replace(found[0], found[1]) : 'ошибка разметки XML';
}

/**
 * The detail of IMPORT_XML_MALFORMED for the failures saxes reported in one piece of text (the
 * first is the problem; those after it tell how it went on), at the place the problem starts.
 */
export function malformedDetail(failures: Failure[], window: XmlWindow): string {
  const [first] = failures;
  if (!first) return 'Ошибка разметки XML';
  const text = window.text;
  const noticed = window.offsetOf(first.line, first.column);
  const noticedAt: Position =
    noticed === -1
      ? { line: first.line }
      : window.positionOf(Math.min(noticed, Math.max(text.length - 1, 0)));
  /** The position of the last `token` before where saxes noticed the problem; else that place. */
  const back = (token: string): Position => {
    const found = noticed === -1 ? -1 : text.lastIndexOf(token, noticed);
    return found === -1 ? noticedAt : window.positionOf(found);
  };
  const openedAt = (tag: OpenTag) => `элемент <${tag.name}>, открытый в строке ${tag.line},`;

  // The file ends inside a construct: it starts where that construct does.
  const endedInside = failures.some((f) => f.message.startsWith('unexpected end'));
  if (endedInside) {
    const inside = insideConstruct(first, window, noticed, back);
    if (inside) return `${placeText(inside.at)}: ${inside.what}`;
  }
  if (first.message.startsWith('unclosed tag') && first.open)
    return `${placeText(first.open)}: ${openedAt(first.open)} не закрыт`;
  if (first.message.startsWith('unexpected close tag') && first.closed) {
    const closeAt = noticed === -1 ? -1 : text.lastIndexOf('</', noticed);
    const name = closeAt === -1 ? '' : closeTagName(text, closeAt);
    const close = closeAt === -1 ? noticedAt : window.positionOf(closeAt);
    const matched = !failures.some((f) => f.message.startsWith('unmatched closing tag'));
    const closing = name ? `</${name}>` : 'закрывающий тег';
    // Closing an element further out: the one open inside it was left open, where it starts.
    if (matched)
      return `${placeText(first.closed)}: ${openedAt(first.closed)} не закрыт: в строке ${close.line} стоит ${closing}`;
    // Closing none of the open elements: a stray or mistyped close tag, where it is.
    return `${placeText(close)}: закрывающий тег ${closing} не соответствует открытому элементу <${first.closed.name}> (строка ${first.closed.line})`;
  }
  if (first.message.startsWith('unmatched closing tag'))
    return `${placeText(back('</'))}: ${described(first.message)}`;
  if (first.message.startsWith('text data outside of root node')) {
    // saxes tells text outside the root where the text ends: it starts after the last tag.
    const tagEnd = noticed === -1 ? -1 : text.lastIndexOf('>', noticed);
    const start = tagEnd === -1 ? -1 : text.slice(tagEnd + 1).search(/\S/);
    return `${placeText(start === -1 ? noticedAt : window.positionOf(tagEnd + 1 + start))}: ${described(first.message)}`;
  }
  if (/entity/.test(first.message)) {
    const amp = noticed === -1 ? -1 : window.entityStart(noticed);
    const place = amp === -1 ? noticedAt : window.positionOf(amp);
    if (first.message.startsWith('undefined entity'))
      return `${placeText(place)}: ${described(first.message)}`;
    return `${placeText(place)}: ${STRAY_AMPERSAND}`;
  }
  if (first.state === STATE.ATTRIBUTE_VALUE_QUOTED && first.message.startsWith('disallowed character'))
    return `${placeText(quoteStart(first, text, noticed, window) ?? noticedAt)}: ${openQuote(first, noticedAt)}`;
  if (first.message.startsWith('documents may contain only one root'))
    return `${placeText(back('<'))}: ${described(first.message)}`;
  return `${placeText(noticedAt)}: ${described(first.message)}`;
}

export const STRAY_AMPERSAND =
  'знак & не начинает ссылку на символ (&amp;, &lt;, &#1234;): сам знак пишется &amp;';

function openQuote(failure: Failure, noticedAt: Position) {
  return (
    `у атрибута ${failure.attribute} не закрыта кавычка (или в его значении знак «<», в строке ` +
    `${noticedAt.line}: он пишется &lt;)`
  );
}

/** Where the quoted value the parser is in began: its opening quote. */
function quoteStart(
  failure: Failure,
  text: string,
  noticed: number,
  window: XmlWindow,
): Position | undefined {
  if (noticed === -1 || failure.quote === null) return undefined;
  const found = text.lastIndexOf(String.fromCharCode(failure.quote), noticed);
  return found === -1 ? undefined : window.positionOf(found);
}

/** The construct the file ends inside (a comment, a tag, a reference…) and where it starts. */
function insideConstruct(
  first: Failure,
  window: XmlWindow,
  noticed: number,
  back: (token: string) => Position,
): { at: Position; what: string } | undefined {
  const { state } = first;
  if (within(state, STATE.COMMENT) || state === STATE.OPEN_WAKA_BANG)
    return { at: back('<!'), what: 'комментарий <!-- не закрыт (-->)' };
  if (within(state, STATE.CDATA)) return { at: back('<![CDATA['), what: 'раздел <![CDATA[ не закрыт (]]>)' };
  if (within(state, STATE.PI)) return { at: back('<?'), what: 'инструкция <? не закрыта (?>)' };
  if (within(state, STATE.DOCTYPE)) return { at: back('<!DOCTYPE'), what: 'объявление <!DOCTYPE не закрыто' };
  if (state === STATE.ENTITY) {
    const amp = noticed === -1 ? -1 : window.entityStart(noticed);
    return { at: amp === -1 ? back('&') : window.positionOf(amp), what: STRAY_AMPERSAND };
  }
  if (state === STATE.ATTRIBUTE_VALUE_QUOTED) {
    const quote = quoteStart(first, window.text, noticed, window);
    return { at: quote ?? back('<'), what: `у атрибута ${first.attribute} не закрыта кавычка` };
  }
  if (within(state, STATE.TAG))
    return first.tag
      ? { at: first.tag, what: `тег <${first.tag.name}> не закрыт знаком «>»` }
      : { at: back('<'), what: 'тег не закрыт знаком «>»' };
  if (within(state, STATE.CLOSE_TAG)) return { at: back('</'), what: 'закрывающий тег не закрыт знаком «>»' };
  if (state === STATE.OPEN_WAKA) return { at: back('<'), what: 'тег не закрыт знаком «>»' };
  return undefined;
}
