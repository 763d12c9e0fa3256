// saxes (the import's and ExcelJS's) gathers a whole text node before it reports it: a 100 MB cell
// is 100 MB in memory, twice, before any rule sees it. This pass-through sees the XML text on its
// way to the parser and keeps at most `maxText` characters of each text node (a CDATA section is
// one too), dropping the rest up to the next tag; the parser never holds more, and each cut is
// reported. A tag with its attributes, a comment or a processing instruction cannot be cut without
// breaking the document: one longer than `maxTag` stops the reading (XmlTooLong).
import { StringDecoder } from 'node:string_decoder';

export class XmlTooLong extends Error {
  constructor(readonly line: number) {
    super(`XML markup longer than the limit at line ${line}`);
  }
}

export type TextCut = {
  line: number;
  /** The latest start tag (as written, its first 300 characters) of each watched element. */
  open: Record<string, string>;
  /** The cut is the element's `unit` limit, not one text node's. */
  unit: boolean;
};

export type XmlTextLimits = {
  /** Characters kept of one text node (an entity counts as one). */
  maxText: number;
  maxTag: number;
  /** Elements whose latest start tag a cut reports (a sheet's `c` and `row`: where it is). */
  watch?: readonly string[];
  /** Characters kept of all the text inside one element, counted from its start tag. */
  unit?: { name: string; maxText: number };
  onCut?: (cut: TextCut) => void;
};

const HEAD = 300;
const CDATA = '<![CDATA[';
const COMMENT = '<!--';
/** Longer than any entity's name: an «&» this far from a «;» starts none. */
const ENTITY_MAX = 32;

type State = 'text' | 'opening' | 'tag' | 'cdata' | 'comment';

/** Newlines in `text` before `to`. */
function newlines(text: string, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The «;» ending an entity whose «&» is at `amp`, when it is near enough and before `to`. */
function semicolonOf(text: string, amp: number, to: number): number {
  const end = Math.min(to, amp + ENTITY_MAX);
  for (let i = amp + 1; i < end; i++) if (text.charCodeAt(i) === 59) return i;
  return -1;
}

/**
 * Where `terminator` ends (its last character) in `chunk` from `from`, counting a beginning of it
 * at the end of the previous chunk (`tail`); -1 when it does not.
 */
function terminatorEnd(chunk: string, from: number, terminator: string, tail: string): number {
  if (from === 0)
    for (let k = 1; k < terminator.length; k++)
      if (tail.endsWith(terminator.slice(0, k)) && chunk.startsWith(terminator.slice(k)))
        return terminator.length - k - 1;
  const at = chunk.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length - 1;
}

/** Passes XML text through, cut as `limits` say; bytes are decoded as UTF-8 (a letter split between chunks kept whole). */
export async function* limitXmlText(
  chunks: AsyncIterable<string | Buffer>,
  limits: XmlTextLimits,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const watch = new Set(limits.watch ?? []);
  const open: Record<string, string> = {};
  const unitMax = limits.unit?.maxText ?? Number.POSITIVE_INFINITY;
  let state: State = 'text';
  let line = 1;
  let head = '';
  let tagLength = 0;
  let run = 0;
  let unit = 0;
  let entity = 0; // characters of an entity begun in the previous chunk, 0 outside one
  let dropping = false;
  let tail = '';
  // Where the tag or comment being read starts: its index in this chunk, else (-1) its line.
  let tagAt = -1;
  let tagLine = 1;

  const unitName = limits.unit?.name;
  /**
   * The start tag just read, `text[from, to)` (at most its first HEAD characters): a watched
   * element's is kept, a unit's resets its count. Read in place, not sliced out: a sheet has
   * four tags a cell.
   */
  function closeTag(text: string, from: number, to: number) {
    run = 0;
    entity = 0;
    if (watch.size === 0 && unitName === undefined) return;
    let start = from + 1; // after the prefix's «:», if any
    let end = from + 1;
    for (; end < to; end++) {
      const c = text.charCodeAt(end);
      if (c <= 32 || c === 62 || c === 47) break;
      if (c === 58) start = end + 1;
    }
    const name = text.slice(start, end);
    if (watch.has(name)) open[name] = text.slice(from, to);
    if (name === unitName) unit = 0;
  }

  /**
   * Counts the text `chunk[from, to)` (with `entities`, an entity as one character: it counts at its
   * «&»); returns where it has to be cut, or -1. A cut never splits an entity or a surrogate pair.
   */
  function count(chunk: string, from: number, to: number, entities: boolean): number {
    let i = from;
    if (entities && entity > 0) {
      // The end of an entity begun in the previous chunk.
      const reach = i + ENTITY_MAX - entity;
      const semicolon = semicolonOf(chunk, i - 1, Math.min(to, reach));
      if (semicolon !== -1) i = semicolon + 1;
      else if (to === chunk.length && to < reach) {
        entity += to - i;
        return -1;
      }
      entity = 0;
    }
    const allowance = Math.min(limits.maxText - run, unitMax - unit);
    let counted = 0;
    if (to - i <= allowance) {
      // Within the allowance even counted raw: only the entities to take off.
      counted = to - i;
      for (let amp = entities ? ampAfter(chunk, i) : -1; amp !== -1 && amp < to; ) {
        const semicolon = semicolonOf(chunk, amp, to);
        if (semicolon !== -1) counted -= semicolon - amp;
        else if (to === chunk.length && to < amp + ENTITY_MAX) {
          entity = to - amp;
          counted -= entity - 1;
        }
        amp = ampAfter(chunk, Math.max(semicolon, amp) + 1);
      }
      run += counted;
      unit += counted;
      return -1;
    }
    for (; i < to; i++) {
      if (counted >= allowance) {
        run += counted;
        unit += counted;
        const high = chunk.charCodeAt(i - 1);
        return high >= 0xd800 && high <= 0xdbff ? i - 1 : i;
      }
      counted++;
      if (entities && chunk.charCodeAt(i) === 38 /* & */) {
        const semicolon = semicolonOf(chunk, i, to);
        if (semicolon !== -1) i = semicolon;
        else if (to === chunk.length && to < i + ENTITY_MAX) {
          entity = to - i;
          break;
        }
      }
    }
    run += counted;
    unit += counted;
    return -1;
  }

  // The next «&» of the chunk, looked up once per «&» rather than once per text node.
  let ampAt = -2; // -2: not looked up in this chunk
  function ampAfter(chunk: string, from: number): number {
    if (ampAt === -2 || (ampAt !== -1 && ampAt < from)) ampAt = chunk.indexOf('&', from);
    return ampAt;
  }

  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? raw : decoder.write(raw);
    const kept: string[] = [];
    let from = 0; // start of the slice of `chunk` being kept
    let changed = dropping;
    ampAt = -2;
    // Reported at the line the tag or comment starts on, not where it went over the limit.
    const tooLong = () => new XmlTooLong(tagAt === -1 ? tagLine : line + newlines(chunk, tagAt));
    const cut = (at: number) => {
      kept.push(chunk.slice(from, at));
      dropping = true;
      changed = true;
      limits.onCut?.({ line: line + newlines(chunk, at), open: { ...open }, unit: run < limits.maxText });
    };
    let i = 0;
    while (i < chunk.length) {
      if (state === 'text') {
        const lt = chunk.indexOf('<', i);
        const end = lt === -1 ? chunk.length : lt;
        if (!dropping) {
          const at = count(chunk, i, end, true);
          if (at !== -1) cut(at);
        }
        if (lt === -1) break;
        if (dropping) {
          from = lt;
          dropping = false;
        }
        head = '';
        tagLength = 0;
        tagAt = lt;
        i = lt;
        // What it is, from its first characters; split between chunks, one at a time.
        if (chunk.length - lt < CDATA.length) state = 'opening';
        else if (chunk.charCodeAt(lt + 1) !== 33 /* ! */) state = 'tag';
        else if (chunk.startsWith(CDATA, lt)) {
          state = 'cdata';
          i = lt + CDATA.length;
        } else if (chunk.startsWith(COMMENT, lt)) {
          state = 'comment';
          i = lt + COMMENT.length;
        } else state = 'tag';
      } else if (state === 'opening') {
        head += chunk[i++];
        tagLength++;
        if (head === CDATA) state = 'cdata';
        else if (head === COMMENT) state = 'comment';
        else if (head.endsWith('>')) {
          closeTag(head, 0, head.length);
          state = 'text';
        } else if (!CDATA.startsWith(head) && !COMMENT.startsWith(head)) state = 'tag';
      } else if (state === 'tag') {
        const gt = chunk.indexOf('>', i);
        const end = gt === -1 ? chunk.length : gt + 1;
        tagLength += end - i;
        if (head === '' && gt !== -1) {
          // The whole tag is in this chunk: read in place.
          if (tagLength > limits.maxTag) throw tooLong();
          closeTag(chunk, i, Math.min(end, i + HEAD));
          i = end;
          state = 'text';
          continue;
        }
        if (head === '') head = chunk.slice(i, Math.min(end, i + HEAD));
        else if (head.length < HEAD) head += chunk.slice(i, Math.min(end, i + HEAD - head.length));
        if (tagLength > limits.maxTag) throw tooLong();
        i = end;
        if (gt === -1) break;
        closeTag(head, 0, head.length);
        state = 'text';
      } else {
        const terminator = state === 'cdata' ? ']]>' : '-->';
        const last = terminatorEnd(chunk, i, terminator, tail);
        const end = last === -1 ? chunk.length : last + 1;
        if (state === 'comment') {
          tagLength += end - i;
          if (tagLength > limits.maxTag) throw tooLong();
        } else if (!dropping) {
          const contentEnd = last === -1 ? chunk.length : Math.max(i, last + 1 - terminator.length);
          const at = count(chunk, i, contentEnd, false);
          if (at !== -1) cut(at);
        }
        i = end;
        if (last === -1) break;
        if (dropping) {
          kept.push(terminator);
          from = end;
          dropping = false;
        }
        state = 'text'; // the text node goes on after a CDATA section or a comment
      }
    }
    if (tagAt !== -1 && state !== 'text') tagLine = line + newlines(chunk, tagAt);
    tagAt = -1;
    line += newlines(chunk, chunk.length);
    tail = chunk.slice(-2);
    if (!changed) {
      if (chunk) yield chunk;
      continue;
    }
    if (!dropping) kept.push(chunk.slice(from));
    const text = kept.join('');
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
