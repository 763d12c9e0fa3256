/** Escapes LIKE wildcards so that user input matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for LIKE/ILIKE: the text matched literally anywhere (the one pattern every search uses). */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}

/** `text%` for LIKE: the text matched literally at the start. */
export function prefixPattern(value: string): string {
  return `${escapeLike(value)}%`;
}
