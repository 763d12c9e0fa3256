/**
 * Latin capitals that look exactly like Cyrillic ones: typed on the wrong keyboard layout,
 * «10A» or «75ДA533315» must mean the Cyrillic letter.
 */
export const LATIN_CAPITAL_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};
