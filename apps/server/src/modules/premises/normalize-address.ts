import { LATIN_CAPITAL_LOOKALIKES } from '@domovoy/contract';
import { boundedMemo } from '../../platform/bounded-memo';

/**
 * Normalisation of address parts for search and natural sorting (SPEC P-2).
 *
 * The same functions are applied to the stored search columns and to the user's query, so
 * their output only has to be consistent, not pretty. Nothing here depends on the locale:
 * `toLowerCase` (not `toLocaleLowerCase`) and plain code-point comparisons only.
 */

/**
 * Latin letters that look exactly like a Cyrillic letter, folded to Cyrillic inside numbers
 * ('10A' typed on a Latin keyboard must equal '10А'). The fold is case-aware, because a
 * letter is only a look-alike in one case for some pairs:
 * - upper case: A B C E H K M O P T X → А В С Е Н К М О Р Т Х;
 * - lower case: a c e o p x y → а с е о р х у.
 * Not folded: lower-case b, h, k, m, t (ь-like, н/к/м/т differ in shape) and upper-case Y (≠ У).
 */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  ...LATIN_CAPITAL_LOOKALIKES,
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

/** Abbreviations whose inner '/' or '-' must survive `normalizeText` (`кв-л` ≠ `кв`). */
const SEPARATED_ABBREVIATIONS = ['м/м', 'а/м', 'з/у', 'пр-кт', 'пр-т', 'пр-д', 'б-р', 'кв-л'] as const;

/** Street-type words and abbreviations removed by `normalizeStreet`. */
const STREET_TYPE_WORDS: ReadonlySet<string> = new Set([
  'ул',
  'улица',
  'пр-кт',
  'проспект',
  'просп',
  'пр-т',
  'пр',
  'пер',
  'переулок',
  'ш',
  'шоссе',
  'б-р',
  'бульвар',
  'пр-д',
  'проезд',
  'пл',
  'площадь',
  'наб',
  'набережная',
  'туп',
  'тупик',
  'ал',
  'аллея',
  'мкр',
  'мкрн',
  'микрорайон',
  'кв-л',
  'квартал',
]);

/** Type words that are also street names on their own ('ул. Набережная', 'Аллея'). */
const NAME_LIKE_TYPE_WORDS: ReadonlySet<string> = new Set([
  'проспект',
  'переулок',
  'шоссе',
  'бульвар',
  'проезд',
  'площадь',
  'набережная',
  'тупик',
  'аллея',
  'микрорайон',
  'квартал',
]);

/** Marker words dropped from the start of a stored number ('кв. 15' → '15', 'д. 10' → '10'). */
const LEADING_NUMBER_MARKERS: ReadonlySet<string> = new Set([
  'д',
  'дом',
  'к',
  'корп',
  'корпус',
  'кв',
  'квартира',
  'пом',
  'помещ',
  'помещение',
  'оф',
  'офис',
  'м/м',
  'мм',
  'машиноместо',
  'кл',
  'кладовая',
  'апарт',
  'ап',
  'уч',
  'участок',
  'нп',
  'ком',
  'комн',
  'комната',
]);

/** House-part words inside a house number, written the short way ('5 корп. 2' → '5к2'). */
const HOUSE_PART_WORDS: Readonly<Record<string, string>> = {
  корп: 'к',
  корпус: 'к',
  стр: 'с',
  строение: 'с',
  литер: 'лит',
  литера: 'лит',
};

const ORDINAL = /^\d+-(я|й|е|ая|яя|ой|ый|ий|ья|ое|ее|го|ого|его)$/;
const DASHES = /[\u2010-\u2015\u2212]/g;
const DIGIT_RUN = /\d+/g;

/** Folds Latin look-alike letters to Cyrillic (see LATIN_TO_CYRILLIC); other characters are kept. */
export function foldLatinLookalikes(s: string): string {
  return s.replace(/[A-Za-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
}

/** True for a street-type word or abbreviation such as 'ул', 'проспект', 'кв-л' (normalised input). */
export function isStreetTypeWord(word: string): boolean {
  return STREET_TYPE_WORDS.has(word);
}

/** True for an ordinal token that belongs to a street name: '1-я', '2-й', '8-го' (normalised input). */
export function isOrdinalToken(token: string): boolean {
  return ORDINAL.test(token);
}

/**
 * Lower-case, ё→е, punctuation → space, whitespace collapsed and trimmed.
 * '/' and '-' are kept only inside numbers (a digit on one side, a letter or digit on the other:
 * '12/2', '103-105', '12/а', '2-я') and inside the abbreviations 'м/м', 'а/м', 'з/у', 'пр-кт',
 * 'пр-т', 'пр-д', 'б-р', 'кв-л'; elsewhere they split words ('Римского-Корсакова' → 'римского корсакова').
 * Tokens that contain a digit get Latin look-alikes folded to Cyrillic ('10A' → '10а').
 */
export function normalizeText(s: string): string {
  const cleaned = s
    .normalize('NFC')
    .replace(/\p{M}/gu, '')
    .replace(DASHES, '-')
    .replace(/[^\p{L}0-9\s/-]/gu, ' ');
  return cleaned.split(/\s+/).map(normalizeToken).join(' ').replace(/\s+/g, ' ').trim();
}

function normalizeToken(token: string): string {
  const folded = /\d/.test(token) ? foldLatinLookalikes(token) : token;
  const lower = folded.toLowerCase().replaceAll('ё', 'е');
  const abbreviation = SEPARATED_ABBREVIATIONS.find(
    (a) => lower === a || (lower.startsWith(a) && /^\d/.test(lower.slice(a.length))),
  );
  if (abbreviation) return `${abbreviation} ${splitSeparators(lower.slice(abbreviation.length))}`;
  return splitSeparators(lower);
}

function splitSeparators(token: string): string {
  return token.replace(/[-/]/g, (sep: string, i: number) => (isInsideNumber(token, i) ? sep : ' '));
}

function isInsideNumber(token: string, i: number): boolean {
  const before = token[i - 1] ?? '';
  const after = token[i + 1] ?? '';
  const alnum = /^[\p{L}0-9]$/u;
  return alnum.test(before) && alnum.test(after) && (/\d/.test(before) || /\d/.test(after));
}

/**
 * Street name for matching: normalizeText, then street-type words removed wherever they stand
 * ('ул. Ленина', 'Ленина улица' → 'ленина'; 'Ленинский проспект' → 'ленинский').
 * If only type words remain, name-like ones are kept ('ул. Набережная' → 'набережная').
 * Adjective ordinals are moved to the end with a short suffix ('1-ая Парковая', 'Парковая 1-я' →
 * 'парковая 1-я'), so a prefix search for 'парковая' finds both spellings; '8-го Марта' stays as is.
 */
export function normalizeStreet(street: string): string {
  return streets(street);
}

// Issue 15: an import normalises the same few streets and numbers on every row.
const streets = boundedMemo(streetOf);

function streetOf(street: string): string {
  const words = normalizeText(street).split(' ').filter(Boolean);
  let kept = words.filter((w) => !STREET_TYPE_WORDS.has(w));
  if (kept.length === 0) kept = words.filter((w) => NAME_LIKE_TYPE_WORDS.has(w));
  const ordinals = kept.filter(isAdjectiveOrdinal).map(shortOrdinal);
  const names = kept.filter((w) => !isAdjectiveOrdinal(w));
  return [...names, ...ordinals].join(' ');
}

/** '1-я', '2-й', '3-е' (adjective-like, movable) but not '8-го' ('8-го Марта' keeps its order). */
function isAdjectiveOrdinal(token: string): boolean {
  return isOrdinalToken(token) && !token.endsWith('го');
}

function shortOrdinal(token: string): string {
  return token
    .replace(/-(ая|яя)$/, '-я')
    .replace(/-(ой|ый|ий)$/, '-й')
    .replace(/-(ое|ее)$/, '-е');
}

/**
 * House, корпус, premise or room number for exact matching: Latin look-alikes folded to Cyrillic,
 * normalizeText, a leading marker word dropped ('кв. 15' → '15'), корпус/строение/литера written
 * short ('5 корп. 2' → '5к2', '5 стр 2' → '5с2', '12 лит. А' → '12лита'), spaces removed
 * ('10 А' → '10а'), and a '/' or '-' between a digit and a letter dropped ('12/А', '10-а' → '12а', '10а').
 */
export function normalizeNumber(s: string): string {
  return numbers(s);
}

const numbers = boundedMemo(numberOf);

function numberOf(s: string): string {
  const words = normalizeText(foldLatinLookalikes(s)).split(' ').filter(Boolean);
  const first = words[0];
  if (words.length > 1 && first !== undefined && LEADING_NUMBER_MARKERS.has(first)) words.shift();
  return words
    .map((w) => HOUSE_PART_WORDS[w] ?? w)
    .join('')
    .replace(/(?<=\d)(корпус|корп)(?=\d)/g, 'к')
    .replace(/(?<=\d)(строение|стр)(?=\d)/g, 'с')
    .replace(/(?<=\d)[-/](?=\p{L})/gu, '');
}

/**
 * Sort key whose byte-wise (COLLATE "C") order is the natural order of the addresses:
 * each part normalizeText-ed, every digit run stripped of leading zeros and left-padded to
 * 10 digits, parts joined with '\u0001' (below any printable character, so a shorter part
 * sorts before a longer one: 'ленина' < 'ленина 2', and ['ленина', '10'] < ['ленина', '10', '1']).
 * Digit runs longer than 10 significant digits are kept whole and may sort out of order.
 */
export function naturalSortKey(parts: string[]): string {
  return parts.map(sortPart).join('\u0001');
}

const sortPart = boundedMemo((part) => normalizeText(part).replace(DIGIT_RUN, padDigits));

function padDigits(run: string): string {
  const significant = run.replace(/^0+(?=\d)/, '');
  return significant.padStart(10, '0');
}
