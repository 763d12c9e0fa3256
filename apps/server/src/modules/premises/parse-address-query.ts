/**
 * Splitting a free-text address query into street – house – корпус – premise – room
 * (SPEC P-2; docs: shared reference ru-validation.md §7 "Splitting a free-text query").
 *
 * Rules:
 * 1. Normalise with normalizeText (lower case, ё→е, punctuation → spaces; '12/2', '103-105', '2-я',
 *    'м/м', 'пр-кт', 'кв-л' kept). A marker glued to a number is split off ('кв15' → 'кв 15',
 *    'д10' → 'д 10', '10к2' → '10 к 2', '14стр4' → '14 стр 4'); house letters stay ('10а', '4б', '1н').
 *    A lone letter after a number is that number's letter ('10 а' → '10а'), unless it is a marker
 *    followed by a number ('10 к 2' → корпус 2).
 * 2. Markers (a marker takes the number right after it):
 *    house д, дом, вл, влд, владение, двлд, домовладение, зд, здание;
 *    корпус к, корп, корпус; строение с, стр, строение; литера лит, литер, литера (takes a letter too);
 *    premise кв, квартира, пом, помещ, помещение, оф, офис, м/м, мм, машиноместо, а/м, автоместо, кл,
 *    кладовая, апарт, ап, уч, участок, з/у, нп; room ком, комн, комната.
 *    строение and литера are not separate fields: they are appended to the house as
 *    '<house>с<N>' / '<house>лит<X>' (the form normalizeNumber gives '5 стр 2'), and dropped when
 *    there is no house.
 * 3. Street: the leading run of words. Also part of it: ordinals ('1-я', '2-й', '8-го') anywhere in
 *    that run, a number followed by a word while the street has no name word yet ('8 Марта',
 *    '50 лет Октября'), a number after street-type words only ('мкр 5'), and a marker that is not
 *    followed by a number ('д Ивановка'). The street is returned through normalizeStreet.
 *    "After street-type words only" means микрорайон / квартал words (мкр, мкрн, микрорайон, кв-л,
 *    квартал): 'ул Набережная 3' is street 'набережная', house 3.
 * 4. Bare numbers (not taken by a marker) fill, left to right, the slots house < корпус < premise
 *    < room that lie between the explicit markers around them; when there are fewer numbers than
 *    free slots the slots are chosen in the priority house, premise, корпус, room. So:
 *    'Ленина 10' → house; 'Ленина 10 15', '10 15' → house, premise; 'Ленина 10 2 15' → house,
 *    корпус, premise; 'Ленина 10 кв 15' → house 10; 'д 10 15' → premise 15; 'кв 15 3' → room 3.
 *    Numbers beyond the free slots are left in `rest` only.
 * 5. A single bare number with no street and nothing else ('15', '1н') is a premise number.
 * 6. An explicit marker always wins over position: 'кв 15' → premise only, 'д 10' → house only.
 *    If a slot is marked twice the first one counts.
 * 7. A word after the street that is not a marker ('подъезд', 'этаж') stays in `rest` only, and so
 *    does the number right after it ('Ленина 10 этаж 3' → house 10, no premise).
 * 8. Text in parentheses is a comment (an old address, a parking level '(1 ур.)'): it is not
 *    parsed, but stays in `rest`.
 * 9. '10-15' is one token (a twin house '103-105'), so it is read as a house number.
 * 10. A premise marker that names a type narrows the search to it: 'кв' — flats and rooms, 'м/м',
 *    'мм', 'а/м' — parking spaces, 'кл' — storerooms, 'оф', 'нп' — non-residential, 'апарт', 'ап' —
 *    apartments, 'уч', 'з/у' — plots; 'пом' names no type.
 */
import type { PremiseType } from '@domovoy/contract';
import {
  isOrdinalToken,
  isStreetTypeWord,
  normalizeNumber,
  normalizeStreet,
  normalizeText,
} from './normalize-address';

export type AddressQuery = {
  street?: string;
  house?: string;
  building?: string;
  number?: string;
  room?: string;
  /**
   * The premise types the number's marker word names («кв 15» — a flat or a room, «м/м 15» — a
   * parking space); absent for a bare number or a word that names no type («пом 15»).
   */
  types?: PremiseType[];
  rest: string;
  raw: string;
};

/** Marker words of the premise number that name its type (issue 17: «кв 15» is not «уч. 15»). */
const TYPE_OF_NUMBER_MARKER: Readonly<Record<string, readonly PremiseType[]>> = {
  кв: ['flat', 'room'],
  квартира: ['flat', 'room'],
  'м/м': ['parking'],
  мм: ['parking'],
  машиноместо: ['parking'],
  'а/м': ['parking'],
  автоместо: ['parking'],
  кл: ['storage'],
  кладовая: ['storage'],
  оф: ['commercial'],
  офис: ['commercial'],
  нп: ['commercial'],
  апарт: ['apartment'],
  ап: ['apartment'],
  уч: ['plot'],
  участок: ['plot'],
  'з/у': ['plot'],
};

type Slot = 'house' | 'building' | 'number' | 'room';
type MarkerKind = Slot | 'structure' | 'litera';
type Event =
  | { type: 'bare'; value: string }
  | { type: 'slot'; slot: Slot; value: string; marker: string }
  | { type: 'part'; kind: 'structure' | 'litera'; value: string };

const SLOTS: readonly Slot[] = ['house', 'building', 'number', 'room'];
const SLOT_PRIORITY: readonly Slot[] = ['house', 'number', 'building', 'room'];

const MARKER_WORDS: Readonly<Record<MarkerKind, readonly string[]>> = {
  house: ['д', 'дом', 'вл', 'влд', 'владение', 'двлд', 'домовладение', 'зд', 'здание'],
  building: ['к', 'корп', 'корпус'],
  structure: ['с', 'стр', 'строение'],
  litera: ['лит', 'литер', 'литера'],
  number: [
    ...['кв', 'квартира', 'пом', 'помещ', 'помещение', 'оф', 'офис', 'м/м', 'мм', 'машиноместо'],
    ...['а/м', 'автоместо', 'кл', 'кладовая', 'апарт', 'ап', 'уч', 'участок', 'з/у', 'нп'],
  ],
  room: ['ком', 'комн', 'комната'],
};

const MARKERS: ReadonlyMap<string, MarkerKind> = new Map(
  Object.entries(MARKER_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as MarkerKind] as const)),
);

/** Planning areas named by a number: 'мкр 5', 'квартал 3'. */
const NUMBERED_AREA_WORDS: ReadonlySet<string> = new Set(['мкр', 'мкрн', 'микрорайон', 'кв-л', 'квартал']);

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const ALL_MARKERS = [...MARKERS.keys()].sort(byLengthDesc);
/** Markers that may be glued between two numbers: '10к2', '14стр4', '10кв15'. */
const INFIX_MARKERS = ALL_MARKERS.filter((m) => {
  const kind = MARKERS.get(m);
  return kind !== 'house' && kind !== 'litera';
});
const PREFIX_GLUE = new RegExp(`^(${ALL_MARKERS.join('|')})(\\d.*)$`);
const INFIX_GLUE = new RegExp(`^(\\d[\\d/-]*[а-я]?)(${INFIX_MARKERS.join('|')})(\\d.*)$`);

export function parseAddressQuery(input: string): AddressQuery {
  const raw = input.trim();
  const rest = normalizeText(input);
  const tokens = normalizeText(input.replace(/\([^)]*\)?/g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap(splitGlued);
  const streetEnd = findStreetEnd(tokens);
  const street = normalizeStreet(tokens.slice(0, streetEnd).join(' '));
  const events = readEvents(tokens, streetEnd);
  const slots = assignSlots(events, street !== '');
  const result: AddressQuery = { rest, raw };
  if (street) result.street = street;
  const house = composeHouse(slots.get('house'), events);
  if (house) result.house = house;
  for (const slot of ['building', 'number', 'room'] as const) {
    const value = slots.get(slot);
    if (value !== undefined) result[slot] = normalizeNumber(value);
  }
  // The first marked number is the one that counts (rule 6), and so is its type word.
  const marked = events.find((e) => e.type === 'slot' && e.slot === 'number');
  const types = marked?.type === 'slot' ? TYPE_OF_NUMBER_MARKER[marked.marker] : undefined;
  if (types && result.number !== undefined) result.types = [...types];
  return result;
}

function splitGlued(token: string): string[] {
  if (MARKERS.has(token)) return [token];
  const prefix = PREFIX_GLUE.exec(token);
  if (prefix?.[1] && prefix[2]) return [prefix[1], ...splitGlued(prefix[2])];
  const infix = INFIX_GLUE.exec(token);
  if (infix?.[1] && infix[2] && infix[3]) return [infix[1], infix[2], ...splitGlued(infix[3])];
  return [token];
}

const isNumber = (token: string | undefined): boolean => token !== undefined && /^\d/.test(token);
const isLetter = (token: string | undefined): boolean => token !== undefined && /^\p{L}$/u.test(token);

function isMarkerAt(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const kind = MARKERS.get(token);
  if (kind === undefined) return false;
  const next = tokens[i + 1];
  return isNumber(next) || (kind === 'litera' && isLetter(next));
}

/** A street-name word: not a number, not a lone letter, not a marker word. */
function isWordAt(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && !isNumber(token) && !isLetter(token) && !MARKERS.has(token);
}

/** Index of the first token after the street (rule 3). */
function findStreetEnd(tokens: readonly string[]): number {
  let hasName = false;
  let hasArea = false;
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (isMarkerAt(tokens, i)) break;
    if (isNumber(token) && !isOrdinalToken(token)) {
      const startsName = !hasName && (isWordAt(tokens, i + 1) || hasArea);
      if (!startsName) break;
    }
    if (NUMBERED_AREA_WORDS.has(token)) hasArea = true;
    else if (!isStreetTypeWord(token)) hasName = true;
  }
  return i;
}

/** Reads a number starting at tokens[i] with an optional lone letter after it; returns [value, next index]. */
function readNumber(tokens: readonly string[], i: number): [string, number] {
  const value = tokens[i] ?? '';
  const next = tokens[i + 1];
  if (isLetter(next) && !isMarkerAt(tokens, i + 1)) return [`${value}${next}`, i + 2];
  return [value, i + 1];
}

function readEvents(tokens: readonly string[], start: number): Event[] {
  const events: Event[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    const kind = MARKERS.get(token);
    if (kind !== undefined && isMarkerAt(tokens, i)) {
      const [value, next] = readNumber(tokens, i + 1);
      events.push(
        kind === 'structure' || kind === 'litera'
          ? { type: 'part', kind, value }
          : { type: 'slot', slot: kind, value, marker: token },
      );
      i = next;
    } else if (isNumber(token) && !isOrdinalToken(token)) {
      const [value, next] = readNumber(tokens, i);
      events.push({ type: 'bare', value });
      i = next;
    } else {
      // A non-marker word (or a marker without a number) hides the number after it (rule 7).
      i = isNumber(tokens[i + 1]) && kind === undefined ? readNumber(tokens, i + 1)[1] : i + 1;
    }
  }
  return events;
}

/** Assigns bare numbers to the free slots between explicit markers (rules 4–6). */
function assignSlots(events: readonly Event[], hasStreet: boolean): Map<Slot, string> {
  const slots = new Map<Slot, string>();
  const only = events[0];
  if (!hasStreet && events.length === 1 && only?.type === 'bare') return slots.set('number', only.value);
  for (const event of events) {
    if (event.type === 'slot' && !slots.has(event.slot)) slots.set(event.slot, event.value);
  }
  let lowest = 0;
  let group: string[] = [];
  for (const event of events) {
    if (event.type === 'bare') {
      group.push(event.value);
      continue;
    }
    // строение / литера belong to the house: numbers before them can only be the house.
    const index = event.type === 'slot' ? SLOTS.indexOf(event.slot) : 0;
    fillGroup(slots, group, lowest, event.type === 'slot' ? index : 1);
    group = [];
    lowest = Math.max(lowest, index + 1);
  }
  fillGroup(slots, group, lowest, SLOTS.length);
  return slots;
}

function fillGroup(slots: Map<Slot, string>, group: readonly string[], from: number, to: number): void {
  const free = SLOTS.slice(from, Math.max(from, to)).filter((slot) => !slots.has(slot));
  const chosen = SLOT_PRIORITY.filter((slot) => free.includes(slot))
    .slice(0, group.length)
    .sort((a, b) => SLOTS.indexOf(a) - SLOTS.indexOf(b));
  chosen.forEach((slot, k) => {
    const value = group[k];
    if (value !== undefined) slots.set(slot, value);
  });
}

/** House with строение / литера appended: '5' + стр 2 → '5с2', '12' + лит а → '12лита'. */
function composeHouse(house: string | undefined, events: readonly Event[]): string | undefined {
  if (house === undefined) return undefined;
  const parts = events.flatMap((e) =>
    e.type === 'part' ? [e.kind === 'structure' ? `с${e.value}` : `лит${e.value}`] : [],
  );
  return normalizeNumber([house, ...parts].join(''));
}
