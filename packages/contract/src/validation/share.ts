import type { Check } from './result';

/** A share in common ownership (доля в праве), always stored reduced, 0 < share ≤ 1. */
export type Share = { numerator: number; denominator: number };

// Keeps numerator and denominator far inside Number.MAX_SAFE_INTEGER, so sums and
// cross-products of two shares stay exact in BigInt and convertible back.
const MAX_DENOMINATOR = 1_000_000_000n;

// Longer input cannot be a sensible share and would only make BigInt work harder.
const MAX_INPUT_LENGTH = 64;

// Unicode vulgar fractions people paste from documents or phone keyboards.
const VULGAR_FRACTIONS: Record<string, string> = {
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅖': '2/5',
  '⅗': '3/5',
  '⅘': '4/5',
  '⅙': '1/6',
  '⅚': '5/6',
  '⅐': '1/7',
  '⅛': '1/8',
  '⅜': '3/8',
  '⅝': '5/8',
  '⅞': '7/8',
  '⅑': '1/9',
  '⅒': '1/10',
};

const FRACTION_RE = /^([-+]?)(\d+)\/(\d+)$/;
// Integer part optional so ",5" / ".5" work; at least one digit is checked separately.
const DECIMAL_RE = /^([-+]?)(\d*)(?:[.,](\d+))?(%?)$/;

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const reduce = (n: bigint, d: bigint): [bigint, bigint] => {
  const g = gcd(n, d);
  return g === 0n ? [n, d] : [n / g, d / g];
};

const toShare = (n: bigint, d: bigint): Share => {
  const [rn, rd] = reduce(n, d);
  const numerator = Number(rn);
  const denominator = Number(rd);
  // Only reachable through arithmetic on already-bounded shares with huge coprime denominators.
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError('Share is too large to represent exactly');
  }
  return { numerator, denominator };
};

/** Parses free user input into an exact [numerator, denominator], or null if unreadable. */
const parseRational = (text: string): [bigint, bigint] | null => {
  const fraction = FRACTION_RE.exec(text);
  if (fraction) {
    const [, sign = '', n = '', d = ''] = fraction;
    const den = BigInt(d);
    if (den === 0n) return null;
    return [sign === '-' ? -BigInt(n) : BigInt(n), den];
  }
  const decimal = DECIMAL_RE.exec(text);
  if (decimal) {
    const [, sign = '', int = '', frac = '', percent = ''] = decimal;
    if (int === '' && frac === '') return null;
    // Exact conversion of what was typed: 0,333 is 333/1000, not 1/3.
    const n = BigInt(`${int}${frac}` || '0');
    const d = 10n ** BigInt(frac.length) * (percent ? 100n : 1n);
    return [sign === '-' ? -n : n, d];
  }
  return null;
};

/**
 * Parses an ownership share as users type it: '1/2', ' 1 / 4 ', '0,5', '0.25',
 * '50%', '33,3%', '½', '1/2 доли', '1'. Returns the reduced fraction.
 */
export function parseShare(input: string): Check<Share> {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, code: 'SHARE_FORMAT' };
  const text = input
    .toLowerCase()
    // "1/2 доли", "½ доля в праве" — the word adds nothing to the number.
    .replace(/\s*(?:доля|доли|долей)(?:\s+в\s+праве)?\.?\s*$/u, '')
    .replace(/[⁄∕]/g, '/') // fraction slash / division slash from pasted text
    .replace(/[−–]/g, '-') // typographic minus, so a negative share reports SHARE_RANGE
    .replace(/\s+/g, '');
  // Only a lone glyph: "1½" would otherwise turn into "11/2".
  const parsed = parseRational(VULGAR_FRACTIONS[text] ?? text);
  if (!parsed) return { ok: false, code: 'SHARE_FORMAT' };
  const [n, d] = reduce(...parsed);
  if (n <= 0n || n > d) return { ok: false, code: 'SHARE_RANGE' };
  if (d > MAX_DENOMINATOR) return { ok: false, code: 'SHARE_FORMAT' };
  return { ok: true, value: toShare(n, d) };
}

/** Exact sum, e.g. to check that the shares of one premises do not exceed 1. */
export function addShares(a: Share, b: Share): Share {
  const n = BigInt(a.numerator) * BigInt(b.denominator) + BigInt(b.numerator) * BigInt(a.denominator);
  return toShare(n, BigInt(a.denominator) * BigInt(b.denominator));
}

/** Exact comparison by cross-multiplication (denominators are positive). */
export function compareShares(a: Share, b: Share): -1 | 0 | 1 {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Display form as in ЕГРН extracts: '1/2', '2/11'; a whole share is '1'. */
export function formatShare(s: Share): string {
  const { numerator, denominator } = toShare(BigInt(s.numerator), BigInt(s.denominator));
  return denominator === 1 ? String(numerator) : `${numerator}/${denominator}`;
}
